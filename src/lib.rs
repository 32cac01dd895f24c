//! The Nanjing–Stuttgart exhibit: a Yew single-page app.
//!
//! The code flows in one direction: `content` (the curated facts, checked at build time) and
//! `i18n` (languages and interface strings), neither knowing Yew →
//! `state` (where the visitor is, one reducer) → `app`, `pages` and `components` (the views).

pub mod app;
pub mod charts;
pub mod components;
pub mod content;
pub mod crash;
pub mod embedded;
pub mod i18n;
pub mod kiosk;
pub mod pages;
pub mod route;
pub mod state;
pub mod timeline;

/// Starts the exhibit in the browser: installs the crash notice, then renders the app.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crash::install_panic_hook();
    register_service_worker();
    yew::Renderer::<app::App>::new().render();
}

/// Registers `sw.js` (written by the build), which keeps every file for offline starts.
#[cfg(target_arch = "wasm32")]
fn register_service_worker() {
    use wasm_bindgen::JsValue;
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Not on plain http outside localhost, nor in some private windows: then online-only.
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|value| !value.is_undefined() && !value.is_null());
    if available {
        // A failed registration is not a crash: caught here, so it never reaches the
        // "unhandled rejection" notice.
        let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = navigator.service_worker().register("/sw.js").catch(&ignore);
        ignore.forget();
    }
}
