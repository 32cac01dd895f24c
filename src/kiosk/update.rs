//! New builds reach a kiosk safely, through the service worker's own lifecycle
//! (scripts/write-sw.mjs writes the worker). The kiosk asks the browser to look for a new
//! worker at every idle reset and every hour. A new worker precaches the whole new build, each
//! file checked against the hash the build wrote for it; a missing file or a wrong hash fails
//! its install, the running version stays, and the next look tries again. A worker that
//! installed waits: the kiosk tells it to take over only in the attract phase, never during a
//! visit, and then starts over at its start address on the new build. Chromium may park a
//! takeover (a request of the page interrupting it); a build still waiting at the next attract
//! step is handed over by starting the kiosk over (at most once in two minutes), and a build
//! that took over by itself is noticed (a change of worker, or the page's own start script no
//! longer in the worker's cache) and started on at the next attract step.
//!
//! The browser calls live here, at the edge; on the host every call does nothing.

/// How often a kiosk looks for a new build besides its idle resets, in seconds.
pub const CHECK_EVERY_SECS: u32 = 3600;

/// The message the page sends the worker that runs it (scripts/write-sw.mjs answers it): let a
/// new build that installed completely take over.
pub const SWITCH: &str = "switch-if-ready";
/// The message a waiting worker takes over on.
pub const TAKE_OVER: &str = "skip-waiting";
/// The least time between two restarts that hand a parked build over, in milliseconds.
pub const RESTART_AT_MOST_EVERY_MS: f64 = 2.0 * 60.0 * 1000.0;
/// Where a kiosk notes when it last restarted to hand a parked build over (`sessionStorage`).
pub const RESTARTED_KEY: &str = "exhibit-update-restart";
/// The least time between two restarts of a page whose build its worker no longer keeps.
pub const STALE_AT_MOST_EVERY_MS: f64 = 2.0 * 60.0 * 1000.0;
/// Where a kiosk notes when it last restarted for that (`sessionStorage`).
pub const STALE_KEY: &str = "exhibit-update-stale";

#[cfg(target_arch = "wasm32")]
pub use browser::{look_for_update, switch_if_ready, watch_switch};

#[cfg(not(target_arch = "wasm32"))]
/// Asks the browser to look for a new build (on the host: nothing).
pub fn look_for_update() {}

#[cfg(not(target_arch = "wasm32"))]
/// Lets a new build that installed take over (on the host: nothing).
pub fn switch_if_ready(_start: &str) {}

#[cfg(not(target_arch = "wasm32"))]
/// Notes when a new build takes over this page's worker (on the host: nothing).
pub fn watch_switch() -> Option<gloo_events::EventListener> {
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
        /// Whether a waiting worker was told to take over at an earlier attract step.
        static PARKED: Cell<bool> = const { Cell::new(false) };
        /// Whether a new build has taken over this page's worker: the page starts over on it.
        static NEW_BUILD: Cell<bool> = const { Cell::new(false) };
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
    /// waiting worker itself. A build still waiting at the next call was asked and has
    /// parked (Chromium abandons a takeover that a request of the page interrupts, and does
    /// not try again by itself): the kiosk then starts over at `start`, since a navigation
    /// lets a waiting worker that was told to take over do so first. At most once in two
    /// minutes, and only in the attract phase, so a build that never takes over restarts
    /// nothing more than a highlight of the loop.
    pub fn switch_if_ready(start: &str) {
        if NEW_BUILD.with(Cell::get) {
            restart(start);
            return;
        }
        if tell_worker(super::SWITCH) {
            ASKED.with(|asked| asked.set(true));
        }
        let start = start.to_string();
        let Some(container) = container() else {
            return;
        };
        let registration = container.get_registration();
        yew::platform::spawn_local(async move {
            let found = JsFuture::from(registration).await.ok();
            let Some(registration) =
                found.and_then(|found| found.dyn_into::<ServiceWorkerRegistration>().ok())
            else {
                return;
            };
            if let Some(waiting) = registration.waiting() {
                if PARKED.with(Cell::get)
                    && may_restart(super::RESTARTED_KEY, super::RESTART_AT_MOST_EVERY_MS)
                {
                    restart(&start);
                } else if waiting
                    .post_message(&JsValue::from_str(super::TAKE_OVER))
                    .is_ok()
                {
                    ASKED.with(|asked| asked.set(true));
                    // Still waiting at the next call means parked.
                    PARKED.with(|parked| parked.set(true));
                }
                return;
            }
            // No build waits. A build that took over while this page loaded sends this page no
            // word (it was its worker from the start); its worker then no longer keeps the
            // page's own files, which tells.
            let settled = registration.active().is_some() && registration.installing().is_none();
            if settled
                && !runs_kept_build().await
                && may_restart(super::STALE_KEY, super::STALE_AT_MOST_EVERY_MS)
            {
                restart(&start);
            }
        });
    }

    fn restart(start: &str) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(start);
        }
    }

    /// Whether the worker's cache still holds the start script this page runs (any doubt:
    /// yes, so that nothing restarts for a reason not seen).
    async fn runs_kept_build() -> bool {
        let Some(window) = web_sys::window() else {
            return true;
        };
        let own = window
            .document()
            .and_then(|document| {
                document
                    .query_selector("script[type=module][src*='/start-']")
                    .ok()
                    .flatten()
            })
            .and_then(|script| script.get_attribute("src"));
        let (Some(own), Ok(caches)) = (own, window.caches()) else {
            return true;
        };
        match JsFuture::from(caches.match_with_str(&own)).await {
            Ok(found) => !found.is_undefined(),
            Err(_) => true,
        }
    }

    /// Whether the last restart noted under `key` lies at least `at_most_every_ms` back; notes
    /// this one.
    fn may_restart(key: &str, at_most_every_ms: f64) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let now = js_sys::Date::now();
        let Ok(Some(storage)) = window.session_storage() else {
            return false;
        };
        let last = storage
            .get_item(key)
            .ok()
            .flatten()
            .and_then(|text| text.parse::<u64>().ok());
        if last.is_some_and(|last| now - (last as f64) < at_most_every_ms) {
            return false;
        }
        storage.set_item(key, &(now as u64).to_string()).is_ok()
    }

    /// Notes when a new build has taken over this page's worker: one this page asked for, or
    /// one that took over on its own (a parked build does, once the worker it replaces is
    /// idle, or during the restart that hands it over). The page then starts over at the
    /// next attract step (`switch_if_ready`), never during a visit. A page that started
    /// without a worker sees its first worker take over too: that is the same build.
    pub fn watch_switch() -> Option<EventListener> {
        let container = container()?;
        let started_controlled = container.controller().is_some();
        Some(EventListener::new(
            &container,
            "controllerchange",
            move |_| {
                if started_controlled || ASKED.with(Cell::get) {
                    NEW_BUILD.with(|new_build| new_build.set(true));
                }
            },
        ))
    }
}
