//! The exhibit's addresses. The language is the first path segment, so a shared link opens in
//! the language it was shared in.

use crate::content::PageId;
use crate::i18n::Lang;

/// Every view the exhibit has.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Route {
    /// `/`: picks a language (browser preference, else German) and moves on.
    #[default]
    Root,
    /// `/de`: the timeline, the exhibit's home.
    Timeline { lang: Lang },
    /// `/de/event/<id>`: one event, by its stable id.
    Event { lang: Lang, id: String },
    /// `/de/charts`: trade and investment charts.
    Charts { lang: Lang },
    /// `/de/about`: about the exhibit and every source it uses.
    About { lang: Lang },
    /// `/de/imprint`, `/de/privacy`, `/de/accessibility`, `/de/contact`: the legal and contact
    /// pages.
    Page { lang: Lang, page: PageId },
    /// Any address the exhibit does not know, including an unknown language.
    NotFound,
}

impl Route {
    /// The view an address's path shows. One trailing slash is forgiven (`/de/` is `/de`);
    /// anything else the exhibit does not know is [`Route::NotFound`].
    pub fn recognize(path: &str) -> Route {
        let path = match path.strip_suffix('/') {
            Some(trimmed) if !trimmed.is_empty() => trimmed,
            _ => path,
        };
        if path == "/" {
            return Route::Root;
        }
        let Some(rest) = path.strip_prefix('/') else {
            return Route::NotFound;
        };
        let segments: Vec<&str> = rest.split('/').collect();
        let Some(lang) = segments.first().and_then(|code| code.parse::<Lang>().ok()) else {
            return Route::NotFound;
        };
        match segments[1..] {
            [] => Route::Timeline { lang },
            ["charts"] => Route::Charts { lang },
            ["about"] => Route::About { lang },
            [segment] if PageId::from_code(segment).is_some() => Route::Page {
                lang,
                page: PageId::from_code(segment).unwrap_or(PageId::Imprint),
            },
            ["event", id] if !id.is_empty() => Route::Event {
                lang,
                id: id.to_string(),
            },
            _ => Route::NotFound,
        }
    }

    /// The address's path of this view.
    pub fn to_path(&self) -> String {
        match self {
            Route::Root => "/".into(),
            Route::Timeline { lang } => format!("/{lang}"),
            Route::Event { lang, id } => format!("/{lang}/event/{id}"),
            Route::Charts { lang } => format!("/{lang}/charts"),
            Route::About { lang } => format!("/{lang}/about"),
            Route::Page { lang, page } => format!("/{lang}/{}", page.code()),
            Route::NotFound => "/404".into(),
        }
    }

    /// The language the address names, if it names one.
    pub fn lang(&self) -> Option<Lang> {
        match self {
            Route::Timeline { lang }
            | Route::Event { lang, .. }
            | Route::Charts { lang }
            | Route::About { lang }
            | Route::Page { lang, .. } => Some(*lang),
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
            Route::Page { page, .. } => Route::Page { lang, page: *page },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_parse_to_views() {
        assert_eq!(Route::recognize("/"), Route::Root);
        assert_eq!(Route::recognize("/zh"), Route::Timeline { lang: Lang::Zh });
        assert_eq!(Route::recognize("/zh/"), Route::Timeline { lang: Lang::Zh });
        assert_eq!(
            Route::recognize("/en/event/bw-jiangsu-1994"),
            Route::Event {
                lang: Lang::En,
                id: "bw-jiangsu-1994".into()
            }
        );
        assert_eq!(
            Route::recognize("/de/charts"),
            Route::Charts { lang: Lang::De }
        );
        assert_eq!(
            Route::recognize("/de/about/"),
            Route::About { lang: Lang::De }
        );
        for route in [
            Route::Root,
            Route::Timeline { lang: Lang::De },
            Route::Charts { lang: Lang::En },
            Route::About { lang: Lang::Zh },
            Route::Page {
                lang: Lang::De,
                page: PageId::Privacy,
            },
            Route::Event {
                lang: Lang::Zh,
                id: "x-1".into(),
            },
        ] {
            assert_eq!(Route::recognize(&route.to_path()), route);
        }
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        for path in [
            "/fr",
            "/fr/charts",
            "/de/nowhere",
            "/de/event",
            "/de/event/",
            "/de/event/a/b",
            "/404",
            "",
            "de",
            "/de//charts",
            "/DE",
        ] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path}");
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
