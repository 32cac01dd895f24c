fn main() {
    #[cfg(target_arch = "wasm32")]
    nanjing_stuttgart::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The exhibit runs in a browser: see README.md for the command that serves it.");
}
