//! Keeps the document's `lang` attribute and title in step with the view and its language:
//! the same title the prerendered page has, so a screen reader announces where a visitor is.

use yew::prelude::*;

use crate::content_file::content;
use crate::meta::page_meta;
use crate::route::Route;
use crate::state::{use_lang, use_route};

/// Renders nothing; sets `<html lang>` and `<title>` whenever the view or language changes.
#[component]
pub fn DocumentMeta() -> Html {
    let lang = use_lang();
    let route = use_route();
    use_effect_with((lang, route), |(lang, route)| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            // Only when it changes: writing `lang` on the root, even the same value, makes the
            // browser restyle the whole page (`:lang()` rules), which with 500 events cost
            // about 10 ms on every tap.
            if let Some(root) = document.document_element() {
                if root.get_attribute("lang").as_deref() != Some(lang.html_lang()) {
                    let _ = root.set_attribute("lang", lang.html_lang());
                }
            }
            let route = match route {
                // `/` moves on at once; its title is the language's start page.
                Route::Root => Route::Timeline { lang: *lang },
                other => other.clone(),
            };
            // The title only after the frame is painted: no one sees it change within it.
            crate::after_paint::after_paint(move || {
                document.set_title(&page_meta(&route, content()).title)
            });
        }
    });
    Html::default()
}
