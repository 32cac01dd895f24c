//! `/`: sends the visitor on to their language.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::{ui, Lang};
use crate::route::{Route, ViewQuery};
use crate::router::{use_history, use_location};

/// Offers the three languages; once the app runs it moves on by itself to the configured
/// language (`/?lang=zh`, as a kiosk is set up), else the browser's preferred exhibit language,
/// else German.
#[component]
pub fn RootPage() -> Html {
    let history = use_history();
    let location = use_location().unwrap_or_default();
    use_effect_with((), move |_| {
        if let Some(history) = history {
            let route = Route::Timeline {
                lang: preferred_lang(),
            };
            // A kiosk's setup (`?mode=kiosk&idle=…`) goes along to every address.
            let query = ViewQuery::parse(location.query_str());
            history.replace_with_query(&route, &query.pairs());
        }
    });
    html! {
        <article class="page page-root">
            <h1>{ ui(Lang::default()).site_title }</h1>
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

/// The configured language, else the first exhibit language among the browser's, else German.
fn preferred_lang() -> Lang {
    let configured = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .and_then(|search| configured_lang(&search));
    if let Some(lang) = configured {
        return lang;
    }
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

/// The `lang` parameter of a query string such as `?mode=kiosk&lang=zh`.
pub fn configured_lang(search: &str) -> Option<Lang> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "lang")
        .and_then(|(_, value)| value.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_configured_language_comes_from_the_query() {
        assert_eq!(configured_lang("?mode=kiosk&lang=zh"), Some(Lang::Zh));
        assert_eq!(configured_lang("?lang=en"), Some(Lang::En));
        assert_eq!(configured_lang("?lang=fr"), None);
        assert_eq!(configured_lang(""), None);
        assert_eq!(configured_lang("?lang"), None);
    }
}
