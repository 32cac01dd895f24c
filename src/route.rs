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
    /// `/embed/de/chart/<chart>`: one chart alone, for another website to frame (a press
    /// article, the city's pages). `chart` is a chart's id (its group, or its series' id) or
    /// the id of a series drawn in it; an unknown one shows a message inside the frame.
    EmbedChart { lang: Lang, chart: String },
    /// `/embed/de/event/<id>`: one event's card alone, for another website to frame.
    EmbedEvent { lang: Lang, id: String },
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
        // Embeds name "embed" first, so a server can tell them apart by the path's start
        // (they alone may be framed by other sites).
        if let ["embed", code, kind, id] = segments[..] {
            return match (code.parse::<Lang>(), kind) {
                (Ok(lang), "chart") if !id.is_empty() => Route::EmbedChart {
                    lang,
                    chart: id.to_string(),
                },
                (Ok(lang), "event") if !id.is_empty() => Route::EmbedEvent {
                    lang,
                    id: id.to_string(),
                },
                _ => Route::NotFound,
            };
        }
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
            Route::EmbedChart { lang, chart } => format!("{EMBED_PREFIX}{lang}/chart/{chart}"),
            Route::EmbedEvent { lang, id } => format!("{EMBED_PREFIX}{lang}/event/{id}"),
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
            | Route::Page { lang, .. }
            | Route::EmbedChart { lang, .. }
            | Route::EmbedEvent { lang, .. } => Some(*lang),
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
            Route::EmbedChart { chart, .. } => Route::EmbedChart {
                lang,
                chart: chart.clone(),
            },
            Route::EmbedEvent { id, .. } => Route::EmbedEvent {
                lang,
                id: id.clone(),
            },
        }
    }

    /// Whether this is an embed: shown alone, without the site's frame, and the only kind of
    /// address other sites may frame.
    pub fn is_embed(&self) -> bool {
        matches!(self, Route::EmbedChart { .. } | Route::EmbedEvent { .. })
    }

    /// The full view an embed shows a part of (the event on the timeline, the charts page),
    /// where its "open in the exhibit" link and its canonical address lead; `None` for
    /// every other view.
    pub fn full_view(&self) -> Option<Route> {
        match self {
            Route::EmbedChart { lang, .. } => Some(Route::Charts { lang: *lang }),
            Route::EmbedEvent { lang, id } => Some(Route::Event {
                lang: *lang,
                id: id.clone(),
            }),
            _ => None,
        }
    }
}

/// Where every embed's address starts: servers frame-allow this path (and below a sub-path
/// build, the base plus this path) and nothing else.
pub const EMBED_PREFIX: &str = "/embed/";

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

    /// A small deterministic generator of routes with odd ids: any characters a path segment
    /// can carry (letters, digits, punctuation, Chinese, percent signs), never `/`, `?`, `#`.
    struct Cases(u64);

    impl Cases {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) % n
        }

        fn id(&mut self) -> String {
            const PIECES: [&str; 14] = [
                "a",
                "z",
                "0",
                "9",
                "-",
                "_",
                ".",
                "~",
                "%20",
                "南京",
                "ü",
                "x-1",
                "stuttgart",
                "'",
            ];
            let length = 1 + self.below(6);
            (0..length)
                .map(|_| PIECES[self.below(PIECES.len() as u64) as usize])
                .collect()
        }

        fn route(&mut self) -> Route {
            let lang = Lang::ALL[self.below(3) as usize];
            match self.below(8) {
                0 => Route::Root,
                1 => Route::Timeline { lang },
                2 => Route::Charts { lang },
                3 => Route::About { lang },
                4 => Route::Page {
                    lang,
                    page: PageId::ALL[self.below(PageId::ALL.len() as u64) as usize],
                },
                5 => Route::Event {
                    lang,
                    id: self.id(),
                },
                6 => Route::EmbedChart {
                    lang,
                    chart: self.id(),
                },
                _ => Route::EmbedEvent {
                    lang,
                    id: self.id(),
                },
            }
        }
    }

    #[test]
    fn every_generated_route_comes_back_from_its_address() {
        let mut cases = Cases(7);
        let mut embeds = 0;
        for _ in 0..5_000 {
            let route = cases.route();
            let path = route.to_path();
            assert_eq!(Route::recognize(&path), route, "{path}");
            assert_eq!(Route::recognize(&format!("{path}/")), route, "{path}/");
            if route.is_embed() {
                embeds += 1;
                assert!(path.starts_with(EMBED_PREFIX), "{path}");
                let full = route.full_view().expect("an embed has a full view");
                assert!(!full.is_embed() && full.lang() == route.lang(), "{path}");
                // An embed in another language stays the same embed.
                let other = route.in_lang(Lang::Zh);
                assert!(other.is_embed() && other.lang() == Some(Lang::Zh), "{path}");
            } else {
                assert!(!path.starts_with(EMBED_PREFIX), "{path}");
                assert_eq!(route.full_view(), None);
            }
        }
        assert!(embeds > 1_000, "{embeds} embeds generated");
    }

    #[test]
    fn embed_addresses_parse_and_odd_ones_are_not_found() {
        assert_eq!(
            Route::recognize("/embed/de/chart/trade-volume"),
            Route::EmbedChart {
                lang: Lang::De,
                chart: "trade-volume".into()
            }
        );
        assert_eq!(
            Route::recognize("/embed/zh/event/stuttgart-nanjing-1995/"),
            Route::EmbedEvent {
                lang: Lang::Zh,
                id: "stuttgart-nanjing-1995".into()
            }
        );
        // An unknown chart or event is still an embed: the frame says it is missing, in the
        // embed's language, instead of staying blank.
        assert_eq!(
            Route::recognize("/embed/en/chart/no-such-series"),
            Route::EmbedChart {
                lang: Lang::En,
                chart: "no-such-series".into()
            }
        );
        for path in [
            "/embed",
            "/embed/",
            "/embed/de",
            "/embed/de/chart",
            "/embed/de/chart/",
            "/embed/de/event/",
            "/embed/fr/chart/x",
            "/embed/DE/chart/x",
            "/embed/de/charts/x",
            "/embed/de/picture/x",
            "/embed/de/chart/x/y",
            "/embed//chart/x",
            "/de/embed/chart/x",
            "/de/embed",
        ] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path}");
        }
    }
}
