//! New builds reach a kiosk safely, through the service worker's own lifecycle
//! (scripts/write-sw.mjs writes the worker). The kiosk asks the browser to look for a new
//! worker at every idle reset and every hour. A new worker precaches the whole new build, each
//! file checked against the hash the build wrote for it; a missing file or a wrong hash fails
//! its install, the running version stays, and the next look tries again. A worker that
//! installed waits: the kiosk lets it take over only in the attract phase, never during a
//! visit, and then starts over at its start address on the new build.
//!
//! The browser calls live here, at the edge; on the host every call does nothing.

/// How often a kiosk looks for a new build besides its idle resets, in seconds.
pub const CHECK_EVERY_SECS: u32 = 3600;

/// The message that tells a waiting worker to take over (scripts/write-sw.mjs listens for it).
pub const TAKE_OVER: &str = "skip-waiting";

#[cfg(target_arch = "wasm32")]
pub use browser::{look_for_update, switch_if_ready, watch_switch};

#[cfg(not(target_arch = "wasm32"))]
/// Asks the browser to look for a new build (on the host: nothing).
pub fn look_for_update() {}

#[cfg(not(target_arch = "wasm32"))]
/// Lets a new build that installed take over (on the host: nothing).
pub fn switch_if_ready() {}

#[cfg(not(target_arch = "wasm32"))]
/// Starts over at `start` once a new build took over (on the host: nothing).
pub fn watch_switch(_start: String) -> Option<gloo_events::EventListener> {
    None
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::Cell;

    use gloo_events::EventListener;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

    thread_local! {
        /// Whether this page asked a waiting worker to take over: only then does a change of
        /// worker restart the page (a first install's worker also takes over, and must not).
        static ASKED: Cell<bool> = const { Cell::new(false) };
    }

    fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Not on plain http outside localhost, nor in some private windows.
        let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
            .is_ok_and(|value| !value.is_undefined() && !value.is_null());
        available.then(|| navigator.service_worker())
    }

    /// Runs `then` with the page's registration, if there is one; a failure is ignored (it
    /// must never reach the "unhandled rejection" notice).
    fn with_registration(then: impl FnOnce(ServiceWorkerRegistration) + 'static) {
        let Some(container) = container() else {
            return;
        };
        let mut then = Some(then);
        let found = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
            if let (Ok(registration), Some(then)) =
                (value.dyn_into::<ServiceWorkerRegistration>(), then.take())
            {
                then(registration);
            }
        });
        let failed = ignore();
        let _ = container.get_registration().then2(&found, &failed);
        found.forget();
        failed.forget();
    }

    /// A handler for a failure nobody needs to hear of. Kept for good (`forget`): a few bytes
    /// per look, at most a few times an hour.
    fn ignore() -> Closure<dyn FnMut(JsValue)> {
        Closure::new(|_: JsValue| {})
    }

    /// Asks the browser to fetch the worker script again; a changed one installs in the
    /// background (and fails there if the new build is incomplete).
    pub fn look_for_update() {
        with_registration(|registration| {
            if let Ok(looking) = registration.update() {
                let ignore = ignore();
                let _ = looking.catch(&ignore);
                ignore.forget();
            }
        });
    }

    /// Lets a new worker that installed completely take over (call only in the attract phase).
    pub fn switch_if_ready() {
        with_registration(|registration| {
            if let Some(waiting) = registration.waiting() {
                ASKED.with(|asked| asked.set(true));
                let _ = waiting.post_message(&JsValue::from_str(super::TAKE_OVER));
            }
        });
    }

    /// Starts over at `start` when the worker this page asked to take over has done so: the
    /// page then loads the new build from the new worker's cache.
    pub fn watch_switch(start: String) -> Option<EventListener> {
        let container = container()?;
        Some(EventListener::new(
            &container,
            "controllerchange",
            move |_| {
                if ASKED.with(Cell::get) {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().replace(&start);
                    }
                }
            },
        ))
    }
}
