//! The exhibit's addresses. The language is the first path segment, so a shared link opens in
//! the language it was shared in.

use std::collections::BTreeSet;

use crate::content::SPAN;
use crate::i18n::Lang;
use crate::kiosk::KioskConfig;
use crate::percent::query_string;
use crate::timeline::TimeWindow;

/// Every view the exhibit has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: picks a language (browser preference, else German) and moves on.
    Root,
    /// `/de`: the timeline, the exhibit's home.
    Timeline { lang: Lang },
    /// `/de/event/<id>`: one event, by its stable id.
    Event { lang: Lang, id: String },
    /// `/de/charts`: trade and investment charts.
    Charts { lang: Lang },
    /// `/de/about`: about the exhibit and every source it uses.
    About { lang: Lang },
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
            Route::NotFound => "/404".into(),
        }
    }

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

/// The part of the view that lives in the address's query:
/// `?from=2011&to=2015&cat=business&year=2013&mode=kiosk`.
/// Read leniently: a value that makes no sense is ignored, never an error.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewQuery {
    pub from: Option<f64>,
    pub to: Option<f64>,
    pub cat: Option<String>,
    /// The year marked on the timeline and in the data (the year cursor).
    pub year: Option<i32>,
    /// The exhibit runs on a kiosk (`mode=kiosk`), set up as the address says.
    pub kiosk: Option<KioskConfig>,
}

impl ViewQuery {
    /// The query for a window and a filter; the whole span and "all categories" are left out.
    pub fn from_view(window: &TimeWindow, categories: Option<&BTreeSet<String>>) -> Self {
        // To a thousandth of a year (under 9 hours): the view snaps to what the address says
        // (so a reload shows the very same years), and at this precision the snap moves the
        // timeline by less than a pixel even zoomed in to a single year.
        let round = |year: f64| (year * 1000.0).round() / 1000.0;
        let (from, to) = if window.is_whole() {
            (None, None)
        } else {
            (Some(round(window.start)), Some(round(window.end)))
        };
        let cat = categories.map(|shown| shown.iter().cloned().collect::<Vec<_>>().join(","));
        Self {
            from,
            to,
            cat,
            ..Self::default()
        }
    }

    /// Reads `from`, `to` and `cat` from a query string (with or without the `?`).
    pub fn parse(query: &str) -> Self {
        let mut parsed = Self::default();
        let pairs = || {
            query
                .trim_start_matches('?')
                .split('&')
                .filter_map(|pair| pair.split_once('='))
        };
        if pairs().any(|(key, value)| key == "mode" && value == "kiosk") {
            let mut config = KioskConfig::default();
            for (key, value) in pairs() {
                config.apply(key, value);
            }
            parsed.kiosk = Some(config);
        }
        for pair in query.trim_start_matches('?').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let number = value.parse::<f64>().ok().filter(|v| v.is_finite());
            match key {
                "from" => parsed.from = number,
                "to" => parsed.to = number,
                "cat" => {
                    let ids: Vec<&str> = value
                        .split(',')
                        .filter(|id| {
                            !id.is_empty()
                                && id.bytes().all(|b| {
                                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
                                })
                        })
                        .collect();
                    parsed.cat = Some(ids.join(","));
                }
                "year" => {
                    parsed.year = value
                        .parse::<i32>()
                        .ok()
                        .filter(|year| (SPAN.0..=SPAN.1).contains(year))
                }
                _ => {}
            }
        }
        parsed
    }

    /// The query as key–value pairs, for the router.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let (Some(from), Some(to)) = (self.from, self.to) {
            pairs.push(("from", from.to_string()));
            pairs.push(("to", to.to_string()));
        }
        if let Some(cat) = &self.cat {
            pairs.push(("cat", cat.clone()));
        }
        if let Some(year) = self.year {
            pairs.push(("year", year.to_string()));
        }
        if let Some(kiosk) = &self.kiosk {
            pairs.extend(kiosk.pairs());
        }
        pairs
    }

    /// The query string without `?`; empty for the default view.
    pub fn to_query_string(&self) -> String {
        query_string(&self.pairs())
    }

    /// The window the query names, if it names a sensible one.
    pub fn window(&self) -> Option<TimeWindow> {
        match (self.from, self.to) {
            (Some(from), Some(to)) if to > from => {
                Some(TimeWindow::around((from + to) / 2.0, to - from))
            }
            (None, None) => Some(TimeWindow::whole()),
            _ => None,
        }
    }

    /// The categories the query shows; `None` for all.
    pub fn categories(&self) -> Option<BTreeSet<String>> {
        self.cat.as_ref().map(|cat| {
            cat.split(',')
                .filter(|id| !id.is_empty())
                .map(String::from)
                .collect()
        })
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
    fn odd_queries_are_ignored_not_fatal() {
        let query = ViewQuery::parse("?from=abc&to=NaN&cat=<script>,business&x=1");
        assert_eq!(
            query.window(),
            Some(TimeWindow::whole()),
            "nonsense shows the whole span"
        );
        assert_eq!(query.categories(), Some(["business".to_string()].into()));
        assert_eq!(ViewQuery::parse("from=2030&to=2010").window(), None);
        let far = ViewQuery::parse("from=1800&to=1802")
            .window()
            .expect("a window");
        assert!((far.start - 1986.0).abs() < 1e-9, "clamped into the span");
    }

    #[test]
    fn the_year_cursor_and_kiosk_mode_travel_in_the_query() {
        let query = ViewQuery::parse("?year=2013&mode=kiosk&idle=30");
        assert_eq!(query.year, Some(2013));
        assert_eq!(query.kiosk.as_ref().map(|k| k.idle_secs), Some(30));
        assert_eq!(query.to_query_string(), "year=2013&mode=kiosk&idle=30");
        for odd in [
            "year=1900",
            "year=20x3",
            "year=",
            "mode=Kiosk",
            "mode=kiosk2",
        ] {
            let query = ViewQuery::parse(odd);
            assert_eq!((query.year, query.kiosk), (None, None), "{odd}");
        }
    }

    #[test]
    fn the_public_address_is_encoded_once_and_read_back() {
        let query = ViewQuery::parse("mode=kiosk&public=https%3A%2F%2Fexhibit.example.org");
        let written = query.to_query_string();
        assert_eq!(
            written,
            "mode=kiosk&public=https%3A%2F%2Fexhibit.example.org"
        );
        assert_eq!(ViewQuery::parse(&written), query);
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
