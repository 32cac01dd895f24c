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
    yew::Renderer::<app::App>::new().render();
}
