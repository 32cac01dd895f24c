//! `/`: sends the visitor on to their language.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::{ui, Lang};
use crate::route::Route;

/// Offers the three languages; once the app runs it moves on by itself to the browser's
/// preferred exhibit language, else German.
#[component]
pub fn RootPage() -> Html {
    let navigator = use_navigator();
    use_effect_with((), move |_| {
        if let Some(navigator) = navigator {
            navigator.replace(&Route::Timeline {
                lang: preferred_lang(),
            });
        }
    });
    html! {
        <article class="page page-root">
            <ul class="language-choice">
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <li>
                        <RouteLink to={Route::Timeline { lang }} classes="teaser" lang={AttrValue::from(lang.html_lang())}>
                            <span class="teaser-title">{ lang.native_name() }</span>
                            <span class="teaser-text">{ ui(lang).choose_language }</span>
                        </RouteLink>
                    </li>
                }) }
            </ul>
        </article>
    }
}

/// The first exhibit language among the browser's languages, else German.
fn preferred_lang() -> Lang {
    let languages = web_sys::window()
        .map(|window| window.navigator().languages())
        .map(|list| {
            list.iter()
                .filter_map(|value| value.as_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    Lang::from_preferences(languages.iter().map(String::as_str)).unwrap_or_default()
}
