//! New builds reach a kiosk safely (scripts/write-sw.mjs writes the service worker). The
//! kiosk asks the browser to look for a new worker at every idle reset and every hour. A new
//! worker precaches the whole new build, each file checked against the hash the build wrote
//! for it; a missing file or a wrong hash fails its install, the running version stays, and the
//! next look tries again. A build that installed completely is recorded as the ready one (a
//! small record in Cache Storage), and every worker serves a kiosk the ready build, keeping the
//! files of the build before it for pages that still run it.
//!
//! So the page needs nothing of the workers' lifecycle (which Chromium may hold up for
//! minutes): in the attract phase, never during a visit, it reads the record, and when the
//! ready build is not the one it runs, it starts over at its start address, which loads the
//! ready build.
//!
//! The browser calls live here, at the edge; on the host every call does nothing.

/// How often a kiosk looks for a new build besides its idle resets, in seconds.
pub const CHECK_EVERY_SECS: u32 = 3600;
/// The cache that records which build is ready (written by scripts/write-sw.mjs).
pub const BUILDS_CACHE: &str = "exhibit-builds";
/// The record's address in that cache, below the exhibit's base path.
pub const READY_PATH: &str = "/exhibit-ready";
/// Whether a cache is one of this exhibit's builds, as scripts/write-sw.mjs names them:
/// `exhibit-<16 hex digits>` at the origin's root, `exhibit/ausstellung/nanjing-<16 hex>` below
/// a base path. Another exhibit on the same origin (another base) names its builds otherwise, so
/// the staff panel counts, and the worker removes, only this exhibit's.
pub fn is_build_cache(name: &str, base: &str) -> bool {
    name.strip_prefix("exhibit")
        .and_then(|rest| rest.strip_prefix(base))
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|hash| {
            hash.len() == 16 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
}

/// The least time between two restarts onto a new build, in milliseconds: should the restart
/// land on the old build again (a record the worker could not read), the kiosk tries once
/// more two minutes later instead of at every attract step.
pub const RESTART_AT_MOST_EVERY_MS: f64 = 2.0 * 60.0 * 1000.0;
/// Where a kiosk notes when it last restarted onto a new build (`sessionStorage`).
pub const RESTARTED_KEY: &str = "exhibit-update-restart";

/// Whether a page that loaded the `own` files (those of them some build's cache keeps) runs the
/// build whose cache holds `has`: every one is that build's. A page with none to compare is
/// taken to run the ready build.
pub fn runs_build(own: &[String], has: impl Fn(&str) -> bool) -> bool {
    own.iter().all(|file| has(file))
}

/// Whether a head element's reference is one of the app's own files that the worker keeps:
/// scripts, stylesheets and preloaded files of this origin (not the icon, the manifest or a
/// canonical address).
pub fn is_app_file(rel: Option<&str>, reference: &str) -> bool {
    let app_rel = match rel {
        None => true,
        Some(rel) => rel
            .split_ascii_whitespace()
            .any(|rel| matches!(rel, "stylesheet" | "modulepreload" | "preload")),
    };
    let same_origin = reference.starts_with('/') && !reference.starts_with("//");
    app_rel && same_origin && !reference.contains('?')
}

#[cfg(target_arch = "wasm32")]
pub use browser::{look_for_update, may_restart, start_on_ready_build};

#[cfg(not(target_arch = "wasm32"))]
/// Asks the browser to look for a new build (on the host: nothing).
pub fn look_for_update() {}

#[cfg(not(target_arch = "wasm32"))]
/// Starts the kiosk over on the ready build if it runs another (on the host: nothing).
pub fn start_on_ready_build(_start: &str) {}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Cache, CacheStorage, ServiceWorkerRegistration};

    /// Asks the browser to fetch the worker script again; a changed one installs in the
    /// background (and fails there if the new build is incomplete). A failed look (offline, a
    /// server error) is retried at the next one.
    pub fn look_for_update() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        // Not on plain http outside localhost, nor in some private windows.
        let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
            .is_ok_and(|value| !value.is_undefined() && !value.is_null());
        if !available {
            return;
        }
        let registration = navigator.service_worker().get_registration();
        yew::platform::spawn_local(async move {
            let Ok(found) = JsFuture::from(registration).await else {
                return;
            };
            if let Ok(registration) = found.dyn_into::<ServiceWorkerRegistration>() {
                if let Ok(looking) = registration.update() {
                    let _ = JsFuture::from(looking).await;
                }
            }
        });
    }

    /// In the attract phase: when a build other than the page's own is ready, the kiosk starts
    /// over at `start` (at most once in two minutes).
    pub fn start_on_ready_build(start: &str) {
        let start = start.to_string();
        yew::platform::spawn_local(async move {
            if ready_build_is_other().await.unwrap_or(false)
                && may_restart(super::RESTARTED_KEY, super::RESTART_AT_MOST_EVERY_MS)
            {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace(&start);
                }
            }
        });
    }

    /// Whether the ready build is not the one this page runs; any doubt (no record, a record
    /// naming a cache that is gone, no shell in it) answers no.
    async fn ready_build_is_other() -> Result<bool, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let caches: CacheStorage = window.caches()?;
        let builds: Cache = JsFuture::from(caches.open(super::BUILDS_CACHE))
            .await?
            .dyn_into()?;
        let record = format!("{}{}", crate::base::base(), super::READY_PATH);
        let Ok(record) = JsFuture::from(builds.match_with_str(&record))
            .await?
            .dyn_into::<web_sys::Response>()
        else {
            return Ok(false);
        };
        let record = JsFuture::from(record.json()?).await?;
        let Some(ready) = js_sys::Reflect::get(&record, &JsValue::from_str("current"))?.as_string()
        else {
            return Ok(false);
        };
        if !JsFuture::from(caches.has(&ready)).await?.is_truthy() {
            return Ok(false);
        }
        let ready: Cache = JsFuture::from(caches.open(&ready)).await?.dyn_into()?;
        let shell = crate::base::outward("/app.html");
        if JsFuture::from(ready.match_with_str(&shell))
            .await?
            .is_undefined()
        {
            return Ok(false);
        }
        // The page's own files that some build keeps (a file no worker keeps tells nothing),
        // and of those the ones the ready build has.
        let (mut own, mut kept) = (Vec::new(), Vec::new());
        for file in own_files(&window) {
            if !JsFuture::from(ready.match_with_str(&file))
                .await?
                .is_undefined()
            {
                kept.push(file.clone());
                own.push(file);
            } else if !JsFuture::from(caches.match_with_str(&file))
                .await?
                .is_undefined()
            {
                own.push(file);
            }
        }
        Ok(!super::runs_build(&own, |file| {
            kept.iter().any(|kept| kept == file)
        }))
    }

    /// The app's own files this page's head names (see `is_app_file`).
    fn own_files(window: &web_sys::Window) -> Vec<String> {
        let Some(head) = window.document().and_then(|document| document.head()) else {
            return Vec::new();
        };
        let Ok(elements) = head.query_selector_all("script[src], link[href]") else {
            return Vec::new();
        };
        (0..elements.length())
            .filter_map(|index| elements.item(index)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|element| {
                let reference = element
                    .get_attribute("src")
                    .or_else(|| element.get_attribute("href"))?;
                let rel = element.get_attribute("rel");
                super::is_app_file(rel.as_deref(), &reference).then_some(reference)
            })
            .collect()
    }

    /// Whether the last restart noted under `key` lies at least `at_most_every_ms` back
    /// (`f64::INFINITY`: none noted in this tab); notes this one.
    pub fn may_restart(key: &str, at_most_every_ms: f64) -> bool {
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
}

#[cfg(test)]
mod tests {
    use super::{is_app_file, is_build_cache, runs_build};

    #[test]
    fn a_build_cache_is_this_exhibits_own() {
        let root = "";
        let sub = "/ausstellung/nanjing";
        assert!(is_build_cache("exhibit-0123456789abcdef", root));
        assert!(is_build_cache(
            "exhibit/ausstellung/nanjing-0123456789abcdef",
            sub
        ));
        // The record of the ready build, and another exhibit's builds on the same origin.
        assert!(!is_build_cache("exhibit-builds", root));
        assert!(!is_build_cache(
            "exhibit/ausstellung/nanjing-0123456789abcdef",
            root
        ));
        assert!(!is_build_cache("exhibit-0123456789abcdef", sub));
        assert!(!is_build_cache(
            "exhibit/ausstellung/nanjing2-0123456789abcdef",
            sub
        ));
        assert!(!is_build_cache("exhibit/ausstellung-0123456789abcdef", sub));
        // Not a build's hash.
        assert!(!is_build_cache("exhibit-0123456789ABCDEF", root));
        assert!(!is_build_cache("exhibit-0123456789abcde", root));
        assert!(!is_build_cache("exhibit-0123456789abcdef0", root));
        assert!(!is_build_cache("other-0123456789abcdef", root));
    }

    #[test]
    fn the_app_files_are_its_scripts_stylesheets_and_preloads() {
        assert!(is_app_file(None, "/start-0123456789abcdef.js"));
        assert!(is_app_file(Some("stylesheet"), "/style-0123.css"));
        assert!(is_app_file(Some("modulepreload"), "/app-1.js"));
        assert!(is_app_file(Some("preload"), "/fonts/latin-1.woff2"));
        assert!(is_app_file(Some("preload prefetch"), "/content-1.bin"));
        assert!(!is_app_file(Some("icon"), "/icon.svg"));
        assert!(!is_app_file(Some("manifest"), "/manifest.json"));
        assert!(!is_app_file(Some("canonical"), "/de"));
        assert!(!is_app_file(
            Some("stylesheet"),
            "//elsewhere.example/style.css"
        ));
        assert!(!is_app_file(None, "https://elsewhere.example/app.js"));
        assert!(!is_app_file(None, "/live-reload.js?x=1"));
    }

    #[test]
    fn a_page_runs_the_build_that_holds_every_file_it_loaded() {
        let own: Vec<String> = ["/start-a.js", "/style-a.css", "/content-a.bin"]
            .map(String::from)
            .to_vec();
        assert!(runs_build(&own, |_| true));
        // A new content file and start script: another build.
        assert!(!runs_build(&own, |file| file == "/style-a.css"));
        assert!(!runs_build(&own, |file| file != "/content-a.bin"));
        assert!(runs_build(&[], |_| false));
    }
}
