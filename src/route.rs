//! The exhibit's addresses. The language is the first path segment, so a shared link opens in
//! the language it was shared in.

use yew_router::prelude::*;

use crate::i18n::Lang;

/// Every view the exhibit has.
#[derive(Routable, Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: picks a language (browser preference, else German) and moves on.
    #[at("/")]
    Root,
    /// The timeline, the exhibit's home.
    #[at("/:lang")]
    Timeline { lang: Lang },
    /// One event, by its stable id.
    #[at("/:lang/event/:id")]
    Event { lang: Lang, id: String },
    /// Trade and investment charts.
    #[at("/:lang/charts")]
    Charts { lang: Lang },
    /// About the exhibit and every source it uses.
    #[at("/:lang/about")]
    About { lang: Lang },
    /// Any address the exhibit does not know, including an unknown language.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The language the address names, if it names one.
    pub fn lang(&self) -> Option<Lang> {
        match self {
            Route::Timeline { lang }
            | Route::Event { lang, .. }
            | Route::Charts { lang }
            | Route::About { lang } => Some(*lang),
            Route::Root | Route::NotFound => None,
        }
    }

    /// The same view in another language: how the language switcher keeps the visitor's place.
    pub fn in_lang(&self, lang: Lang) -> Route {
        match self {
            Route::Timeline { .. } | Route::Root | Route::NotFound => Route::Timeline { lang },
            Route::Event { id, .. } => Route::Event {
                lang,
                id: id.clone(),
            },
            Route::Charts { .. } => Route::Charts { lang },
            Route::About { .. } => Route::About { lang },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_parse_to_views() {
        assert_eq!(Route::recognize("/"), Some(Route::Root));
        assert_eq!(
            Route::recognize("/zh"),
            Some(Route::Timeline { lang: Lang::Zh })
        );
        assert_eq!(
            Route::recognize("/en/event/bw-jiangsu-1994"),
            Some(Route::Event {
                lang: Lang::En,
                id: "bw-jiangsu-1994".into()
            })
        );
        assert_eq!(
            Route::recognize("/de/charts"),
            Some(Route::Charts { lang: Lang::De })
        );
        assert_eq!(
            Route::recognize("/de/about"),
            Some(Route::About { lang: Lang::De })
        );
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        for path in ["/fr", "/fr/charts", "/de/nowhere", "/de/event", "/404"] {
            assert_eq!(Route::recognize(path), Some(Route::NotFound), "{path}");
        }
    }

    #[test]
    fn switching_language_keeps_the_view() {
        let event = Route::Event {
            lang: Lang::De,
            id: "x".into(),
        };
        assert_eq!(
            event.in_lang(Lang::Zh),
            Route::Event {
                lang: Lang::Zh,
                id: "x".into()
            }
        );
        assert_eq!(
            Route::NotFound.in_lang(Lang::En),
            Route::Timeline { lang: Lang::En }
        );
    }

    #[test]
    fn routes_print_their_address() {
        assert_eq!(
            Route::Event {
                lang: Lang::Zh,
                id: "nanjing-day-2026".into()
            }
            .to_path(),
            "/zh/event/nanjing-day-2026"
        );
    }
}
