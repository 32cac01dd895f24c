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

/// The message the page sends the worker that runs it (scripts/write-sw.mjs answers it): let a
/// new build that installed completely take over.
pub const SWITCH: &str = "switch-if-ready";
/// The message a waiting worker takes over on.
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
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

    thread_local! {
        /// Whether this page asked for a waiting worker to take over: only then does a change
        /// of worker restart the page (a first install's worker also takes over, and must not).
        static ASKED: Cell<bool> = const { Cell::new(false) };
    }

    fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Not on plain http outside localhost, nor in some private windows.
        let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
            .is_ok_and(|value| !value.is_undefined() && !value.is_null());
        available.then(|| navigator.service_worker())
    }

    /// Tells the worker that runs the page (if any); it does the asynchronous part itself, so
    /// nothing here can fail loudly.
    fn tell_worker(message: &str) -> bool {
        let Some(worker) = container().and_then(|container| container.controller()) else {
            return false;
        };
        worker.post_message(&JsValue::from_str(message)).is_ok()
    }

    /// Runs `then` with the page's registration, once the browser has named it; no answer,
    /// or a failure, does nothing.
    fn with_registration(then: impl FnOnce(ServiceWorkerRegistration) + 'static) {
        let Some(container) = container() else {
            return;
        };
        let registration = container.get_registration();
        yew::platform::spawn_local(async move {
            let found = JsFuture::from(registration).await.ok();
            if let Some(registration) =
                found.and_then(|found| found.dyn_into::<ServiceWorkerRegistration>().ok())
            {
                then(registration);
            }
        });
    }

    /// Asks the browser to fetch the worker script again; a changed one installs in the
    /// background (and fails there if the new build is incomplete). The page asks, not the
    /// worker: a worker busy with its own update would hold up a waiting one's takeover.
    pub fn look_for_update() {
        with_registration(|registration| {
            if let Ok(looking) = registration.update() {
                yew::platform::spawn_local(async move {
                    // A failed look (offline, a server error) is retried at the next one.
                    let _ = JsFuture::from(looking).await;
                });
            }
        });
    }

    /// Lets a new worker that installed completely take over (call only in the attract phase).
    /// Two ways, so that one lost message does not keep a kiosk on its old build: the worker
    /// that runs the page relays the word to a waiting one, and the page also tells the
    /// waiting worker itself once the browser has named it.
    pub fn switch_if_ready() {
        if tell_worker(super::SWITCH) {
            ASKED.with(|asked| asked.set(true));
        }
        with_registration(|registration| {
            if let Some(waiting) = registration.waiting() {
                if waiting
                    .post_message(&JsValue::from_str(super::TAKE_OVER))
                    .is_ok()
                {
                    ASKED.with(|asked| asked.set(true));
                }
            }
        });
    }

    /// Starts over at `start` when the worker this page asked for has taken over: the page
    /// then loads the new build from the new worker's cache.
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
