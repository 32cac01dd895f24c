//! The Nanjing–Stuttgart exhibit: a Yew single-page app.
//!
//! The code flows in one direction: `calendar` (dates, knowing nothing else) → `i18n`
//! (languages, interface strings, dates and numbers written out) → `content` (the curated facts,
//! checked at build time, their texts keyed by language), neither knowing Yew →
//! `state` (where the visitor is, one reducer) → `app`, `pages` and `components` (the views).

pub mod after_paint;
pub mod app;
pub mod base;
pub mod calendar;
pub mod charts;
pub mod components;
pub mod content;
pub mod content_file;
pub mod crash;
pub mod decimal;
pub mod history;
pub mod i18n;
pub mod kiosk;
pub mod meta;
pub mod pages;
pub mod percent;
#[cfg(not(target_arch = "wasm32"))]
pub mod picture_sizes;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod preview;
pub mod query;
pub mod route;
pub mod sorted;
pub mod state;
pub mod time_axis;

/// Starts the exhibit in the browser: installs the crash notice, then renders the app.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crash::install_panic_hook();
    // An embed, framed by another website, installs nothing there: the exhibit's worker
    // belongs to visitors of the exhibit itself (and keeps kiosks running offline).
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    if !route::Route::recognize(&base::inward(&path)).is_embed() {
        register_service_worker();
    }
    let document = web_sys::window().and_then(|window| window.document());
    let Some(root) = document.as_ref().and_then(|d| d.get_element_by_id("app")) else {
        // A page without the app's root (an index.html edited by hand): the body, not nothing.
        yew::Renderer::<app::App>::with_props(app::AppProps {
            history: history::History::browser(),
            hydrating: false,
        })
        .render();
        return;
    };
    // A prerendered page (every address the build knows) is taken over as it is; the plain
    // shell (any other address) is rendered from scratch.
    let hydrating = root.child_element_count() > 0;
    let props = app::AppProps {
        history: history::History::browser(),
        hydrating,
    };
    let renderer = yew::Renderer::<app::App>::with_root_and_props(root, props);
    if hydrating {
        renderer.hydrate();
    } else {
        renderer.render();
    }
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
        // One worker for the web and for kiosks: it tells them apart itself (scripts/write-sw.mjs).
        let _ = navigator
            .service_worker()
            .register(&crate::base::outward("/sw.js"))
            .catch(&ignore);
        ignore.forget();
    }
}
