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
use crate::i18n::{Lang, UiText};

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

static UI: OnceLock<[UiText; 3]> = OnceLock::new();

/// The interface's texts in `lang`. They are content (`assets/content/interface.toml`): a
/// curator edits them like the rest, the content check names a missing one, and the browser
/// receives them in the content file instead of inside the WebAssembly. The prerenderer reads
/// the same content, so a prerendered page and the hydrated one say the same words.
pub fn ui(lang: Lang) -> &'static UiText {
    let [de, zh, en] = UI.get_or_init(|| {
        let texts = &content().interface;
        Lang::ALL.map(|lang| UiText::from_texts(texts.iter().map(|text| text.get(lang))))
    });
    match lang {
        Lang::De => de,
        Lang::Zh => zh,
        Lang::En => en,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_text_is_there_in_every_language() {
        for lang in Lang::ALL {
            let entries = ui(lang).entries();
            assert_eq!(entries.len(), UiText::KEYS.len());
            for (key, text) in entries {
                assert!(!text.trim().is_empty(), "{key} is empty in {lang}");
            }
        }
        assert_eq!(
            ui(Lang::De).site_tagline,
            "Zwei Städte und ihre Verbindungen"
        );
        assert_eq!(ui(Lang::Zh).close_card, "关闭");
        assert_eq!(ui(Lang::En).nav_timeline, "Timeline");
    }

    #[test]
    fn chinese_strings_are_not_left_in_another_language() {
        // A key copied over from German or English unchanged would contain no Han character.
        for (key, text) in ui(Lang::Zh).entries() {
            let has_han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(has_han, "zh.{key} has no Chinese text: {text}");
        }
    }
}
