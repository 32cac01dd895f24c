//! Keeps the document's `lang` attribute and title in step with the visitor's language.

use yew::prelude::*;

use crate::i18n::ui;
use crate::state::use_lang;

/// Renders nothing; sets `<html lang>` and `<title>` whenever the language changes.
#[component]
pub fn DocumentMeta() -> Html {
    let lang = use_lang();
    use_effect_with(lang, |lang| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.html_lang());
            }
            document.set_title(ui(*lang).site_title);
        }
    });
    Html::default()
}
