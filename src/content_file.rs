//! The content as the app sees it: checked by build.rs, encoded compactly, decoded once on
//! first use.
//!
//! In the browser the content is not part of the WebAssembly: it travels as a file of its own
//! (`content-<hash>.bin`, written by the prerenderer), which the start script fetches while the
//! code downloads and hands over as `globalThis.exhibitContent`. So the code stays smaller, and
//! a curator's change to the content does not make every visitor download the code again.
//! On the host (prerenderer, tests, content check) the content is compiled in.

use std::sync::OnceLock;

use crate::content::Content;

/// The name of the global the start script puts the content's bytes in.
pub const GLOBAL_NAME: &str = "exhibitContent";

static CONTENT: OnceLock<Content> = OnceLock::new();

/// The checked content in its encoded form, as the browser receives it in its own file.
#[cfg(not(target_arch = "wasm32"))]
pub fn encoded() -> &'static [u8] {
    include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"))
}

/// The exhibit's content. build.rs refuses to build with invalid content, so decoding only
/// fails if the data was damaged or not delivered; then the exhibit shows no content rather
/// than a dead page (the start script does not start the app without its content).
pub fn content() -> &'static Content {
    CONTENT.get_or_init(|| decode(&delivered()))
}

static VERSION: OnceLock<String> = OnceLock::new();

/// The content's version: the hash its file is named after (`content-<hash>.bin`), so the
/// staff panel names the content a kiosk shows, which a curator's change alters.
pub fn version() -> &'static str {
    content();
    VERSION.get().map(String::as_str).unwrap_or("unknown")
}

/// Hands the content over before the app first asks for it (the browser tests do this; the
/// start script sets the global instead). Returns false if the content was already decoded.
pub fn install(bytes: &[u8]) -> bool {
    CONTENT.set(decode(bytes)).is_ok()
}

/// A stable 64-bit hash of a file's bytes: the prerenderer names the content file and the start
/// script with it.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn decode(bytes: &[u8]) -> Content {
    let _ = VERSION.set(format!("{:016x}", fnv1a(bytes)));
    postcard::from_bytes(bytes).unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn delivered() -> Vec<u8> {
    encoded().to_vec()
}

/// The bytes the start script left in the global, once; the global is cleared afterwards.
#[cfg(target_arch = "wasm32")]
fn delivered() -> Vec<u8> {
    use wasm_bindgen::{JsCast, JsValue};
    let global = js_sys::global();
    let key = JsValue::from_str(GLOBAL_NAME);
    let bytes = js_sys::Reflect::get(&global, &key)
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Uint8Array>().ok())
        .map(|array| array.to_vec())
        .unwrap_or_default();
    let _ = js_sys::Reflect::delete_property(&global, &key);
    bytes
}
