fn main() {
    #[cfg(target_arch = "wasm32")]
    nanjing_stuttgart::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The exhibit runs in a browser: see README.md for the command that serves it.");
}

/// For the end-to-end tests only: a panic inside the running exhibit, to prove that a kiosk
/// recovers by itself. Reachable from script (`window.wasmBindings.exhibit_test_fault()`),
/// which no visitor at a touch screen can run; nothing on the screen calls it.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn exhibit_test_fault() {
    panic!("a fault injected by an end-to-end test");
}
