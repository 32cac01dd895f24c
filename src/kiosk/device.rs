//! What the staff panel asks the kiosk's browser: whether it is online, what its offline cache
//! holds, a reload, and a download of the counts. The browser calls live here, at the edge; on
//! the host each answers as a browser without a network or cache would.

/// What the offline cache (the service worker's Cache Storage) holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CacheSummary {
    /// The caches' names (`exhibit-<version>`, below a base path `exhibit<base>-<version>`):
    /// the ready build, and the one before it until the next update.
    pub names: Vec<String>,
    /// The files in those caches.
    pub files: u32,
    /// What the origin stores in all, as the browser estimates it.
    pub bytes: u64,
}

/// The build this app was compiled from: (package version, commit, commit date).
pub fn build() -> (&'static str, &'static str, &'static str) {
    (
        env!("CARGO_PKG_VERSION"),
        env!("EXHIBIT_BUILD_COMMIT"),
        env!("EXHIBIT_BUILD_DATE"),
    )
}

#[cfg(target_arch = "wasm32")]
pub use browser::{cache_summary, download, online, reload};

#[cfg(not(target_arch = "wasm32"))]
/// Whether the browser has a network (on the host: no).
pub fn online() -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
/// What the offline cache holds (on the host: nothing).
pub async fn cache_summary() -> CacheSummary {
    CacheSummary::default()
}

#[cfg(not(target_arch = "wasm32"))]
/// Reloads the page (on the host: nothing).
pub fn reload() {}

#[cfg(not(target_arch = "wasm32"))]
/// Offers `text` as a file named `name` (on the host: nothing).
pub fn download(_name: &str, _mime: &str, _text: &str) {}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::CacheSummary;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    pub fn online() -> bool {
        web_sys::window().is_some_and(|window| window.navigator().on_line())
    }

    pub fn reload() {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }

    /// This exhibit's builds' caches: their names and files, and the bytes the origin
    /// stores. Anything the browser refuses (no Cache Storage on plain http) is an empty
    /// summary.
    pub async fn cache_summary() -> CacheSummary {
        summary().await.unwrap_or_default()
    }

    async fn summary() -> Result<CacheSummary, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let caches = window.caches()?;
        let names = js_sys::Array::from(&JsFuture::from(caches.keys()).await?);
        let mut summary = CacheSummary::default();
        // This exhibit's builds; not the small record of which one is ready, nor the builds of
        // another exhibit on the same origin (kiosk::update).
        let base = crate::base::base();
        let builds = names
            .iter()
            .filter_map(|name| name.as_string())
            .filter(|name| crate::kiosk::update::is_build_cache(name, base));
        for name in builds {
            let cache: web_sys::Cache = JsFuture::from(caches.open(&name)).await?.dyn_into()?;
            let requests = js_sys::Array::from(&JsFuture::from(cache.keys()).await?);
            summary.files += requests.length();
            summary.names.push(name);
        }
        // What the origin stores, as the browser counts it (the caches are nearly all of it):
        // adding up every cached file would read tens of megabytes whenever the panel opens.
        let estimate = JsFuture::from(window.navigator().storage().estimate()?).await?;
        let usage = js_sys::Reflect::get(&estimate, &JsValue::from_str("usage"))?;
        summary.bytes = usage.as_f64().unwrap_or(0.0).max(0.0) as u64;
        Ok(summary)
    }

    /// A download through a Blob URL (no data leaves the device: the browser writes the file).
    pub fn download(name: &str, mime: &str, text: &str) {
        let _ = try_download(name, mime, text);
    }

    fn try_download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
        let document = web_sys::window()
            .and_then(|window| window.document())
            .ok_or(JsValue::NULL)?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(name);
        link.set_hidden(true);
        let body = document.body().ok_or(JsValue::NULL)?;
        body.append_child(&link)?;
        link.click();
        link.remove();
        web_sys::Url::revoke_object_url(&url)?;
        Ok(())
    }
}
