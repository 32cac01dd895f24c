//! The address's query: the one place that writes and reads it.
//!
//! `?from=2011&to=2015&cat=business,culture&year=2013&mode=kiosk&idle=30&lang=zh&orientation=portrait&public=https%3A%2F%2F…`
//!
//! Every value is percent-encoded when written and decoded when read; a list (`cat`) is its
//! items, each encoded, joined by a plain comma. Reading is lenient: a value that makes no sense
//! is ignored, never an error, so an odd or old link still opens the exhibit.

use crate::sorted::SortedSet;

use crate::content::SPAN;
use crate::i18n::Lang;
use crate::kiosk::{is_pin, KioskConfig, Orientation, DEFAULT_IDLE_SECS, IDLE_RANGE};
use crate::percent::{percent_decode, percent_encode};
use crate::time_axis::TimeWindow;

/// The part of the visitor's place that lives in the address's query.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewQuery {
    /// The visible stretch of the timeline, in thousandths of a year; `None` for the whole span.
    pub window: Option<(i64, i64)>,
    /// The categories shown; `None` shows all, an empty set none.
    pub categories: Option<SortedSet<String>>,
    /// The year marked on the timeline and in the data (the year cursor).
    pub year: Option<i32>,
    /// The exhibit runs on a kiosk (`mode=kiosk`), set up as the address says.
    pub kiosk: Option<KioskConfig>,
    /// The language asked for where the address names none (`/?lang=zh`: where the start
    /// page moves on to). On a kiosk, `lang` is its setup's `home` instead.
    pub lang: Option<Lang>,
}

/// Thousandths of a year: under nine hours, less than a pixel even zoomed in to one year, so
/// a reload or a shared link shows the same years the visitor saw.
const PER_YEAR: f64 = 1000.0;

impl ViewQuery {
    /// The window as the address keeps it: `None` for the whole span.
    pub fn window_of(window: &TimeWindow) -> Option<(i64, i64)> {
        let thousandths = |year: f64| (year * PER_YEAR).round() as i64;
        (!window.is_whole()).then(|| (thousandths(window.start), thousandths(window.end)))
    }

    /// The window the query names, clamped into the span; the whole span when it names none.
    pub fn time_window(&self) -> TimeWindow {
        match self.window {
            Some((from, to)) => {
                let (from, to) = (from as f64 / PER_YEAR, to as f64 / PER_YEAR);
                TimeWindow::around((from + to) / 2.0, to - from)
            }
            None => TimeWindow::whole(),
        }
    }

    /// Reads a query string, with or without its `?`.
    pub fn parse(query: &str) -> Self {
        let pairs: Vec<(String, &str)> = query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(key, value)| (decode(key), value))
            .collect();
        let value = |name: &str| {
            pairs
                .iter()
                .rev()
                .find(|(key, _)| key == name)
                .map(|(_, value)| *value)
        };
        let number = |name: &str| {
            value(name)
                .and_then(|v| crate::decimal::parse(&decode(v)))
                .filter(|v| v.is_finite() && v.abs() < 1e6)
        };
        let window = match (number("from"), number("to")) {
            (Some(from), Some(to)) if to > from => Some((
                (from * PER_YEAR).round() as i64,
                (to * PER_YEAR).round() as i64,
            )),
            _ => None,
        };
        let categories = value("cat").map(|list| {
            list.split(',')
                .filter(|item| !item.is_empty())
                .map(decode)
                .collect()
        });
        let year = value("year")
            .and_then(|v| decode(v).parse::<i32>().ok())
            .filter(|year| (SPAN.0..=SPAN.1).contains(year));
        let lang = value("lang").and_then(|v| decode(v).parse::<Lang>().ok());
        let kiosk = (value("mode").map(decode).as_deref() == Some("kiosk")).then(|| {
            let mut config = KioskConfig::default();
            if let Some(secs) = value("idle").and_then(|v| decode(v).parse::<u32>().ok()) {
                config.idle_secs = secs.clamp(IDLE_RANGE.0, IDLE_RANGE.1);
            }
            if let Some(lang) = lang {
                config.home = lang;
            }
            config.orientation = match value("orientation").map(decode).as_deref() {
                Some("portrait") => Orientation::Portrait,
                Some("landscape") => Orientation::Landscape,
                _ => Orientation::Auto,
            };
            config.public = value("public").map(decode).filter(|a| is_web_address(a));
            config.staff_pin = value("staff").map(decode).filter(|pin| is_pin(pin));
            config
        });
        ViewQuery {
            window,
            categories,
            year,
            lang: lang.filter(|_| kiosk.is_none()),
            kiosk,
        }
    }

    /// The query string without `?`; empty for the default view.
    pub fn encode(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        let mut put = |key: &str, value: &str| pairs.push(format!("{key}={value}"));
        if let Some((from, to)) = self.window {
            put("from", &(from as f64 / PER_YEAR).to_string());
            put("to", &(to as f64 / PER_YEAR).to_string());
        }
        if let Some(categories) = &self.categories {
            let list: Vec<String> = categories.iter().map(|id| percent_encode(id)).collect();
            put("cat", &list.join(","));
        }
        if let Some(year) = self.year {
            put("year", &year.to_string());
        }
        if let (Some(lang), None) = (self.lang, &self.kiosk) {
            put("lang", lang.code());
        }
        if let Some(kiosk) = &self.kiosk {
            put("mode", "kiosk");
            if kiosk.idle_secs != DEFAULT_IDLE_SECS {
                put("idle", &kiosk.idle_secs.to_string());
            }
            if kiosk.home != Lang::De {
                put("lang", kiosk.home.code());
            }
            match kiosk.orientation {
                Orientation::Auto => {}
                Orientation::Landscape => put("orientation", "landscape"),
                Orientation::Portrait => put("orientation", "portrait"),
            }
            if let Some(public) = &kiosk.public {
                put("public", &percent_encode(public));
            }
            if let Some(pin) = &kiosk.staff_pin {
                put("staff", pin);
            }
        }
        pairs.join("&")
    }

    /// Only what sets up a kiosk: the address a kiosk restarts at.
    pub fn kiosk_only(&self) -> ViewQuery {
        ViewQuery {
            kiosk: self.kiosk.clone(),
            ..ViewQuery::default()
        }
    }
}

/// A query value as text: percent escapes decoded, and `+` read as a space as forms write it
/// (the exhibit itself writes a space as `%20` and a plus as `%2B`).
fn decode(value: &str) -> String {
    percent_decode(&value.replace('+', " "))
}

/// Whether a kiosk's public address is one a phone can open: http or https, nothing that could
/// break out of an attribute. A trailing slash is left to the caller.
fn is_web_address(address: &str) -> bool {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"));
    let plain = !address
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/')) && plain
}

/// An address inside the exhibit: a view and its query.
#[derive(Clone, Debug, PartialEq)]
pub struct Address {
    pub route: crate::route::Route,
    pub query: ViewQuery,
}

impl Address {
    /// Reads `/de/charts?year=2013` (a path and an optional query).
    pub fn parse(address: &str) -> Address {
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        Address {
            route: crate::route::Route::recognize(path),
            query: ViewQuery::parse(query),
        }
    }

    /// The address as a link writes it: `/de/charts?year=2013`.
    pub fn href(&self) -> String {
        let query = self.query.encode();
        if query.is_empty() {
            self.route.to_path()
        } else {
            format!("{}?{query}", self.route.to_path())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;

    /// A small deterministic generator (xorshift), so every run checks the same many cases.
    struct Cases(u64);

    impl Cases {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
        fn pick<T: Clone>(&mut self, items: &[T]) -> T {
            items[self.below(items.len() as u64) as usize].clone()
        }
        /// Text of awkward pieces: separators, escapes, spaces, non-Latin letters.
        fn text(&mut self, allow_space: bool) -> String {
            let pieces = [
                "a",
                "b",
                "z9",
                "-",
                ",",
                "+",
                "%",
                "%2C",
                "%ZZ",
                "&",
                "=",
                "?",
                "#",
                "/",
                ":",
                "南京",
                "斯图加特",
                "ü",
                "ß",
                "é",
                "😀",
                ".",
                "~",
                "_",
            ];
            let mut text = String::new();
            for _ in 0..self.below(6) {
                text.push_str(self.pick(&pieces));
                if allow_space && self.below(4) == 0 {
                    text.push(' ');
                }
            }
            text
        }
        fn query(&mut self) -> ViewQuery {
            let window = (self.below(3) > 0).then(|| {
                let from = 1_986_000 + self.below(40_000) as i64;
                (from, from + 1_000 + self.below(39_000) as i64)
            });
            let categories = (self.below(2) == 0).then(|| {
                (0..self.below(4))
                    .map(|_| self.text(true))
                    .filter(|id| !id.is_empty())
                    .collect()
            });
            let year = (self.below(2) == 0).then(|| SPAN.0 + self.below(40) as i32);
            let kiosk = (self.below(2) == 0).then(|| KioskConfig {
                idle_secs: self.pick(&[5, 30, 90, 3600]),
                home: self.pick(&Lang::ALL),
                orientation: self.pick(&[
                    Orientation::Auto,
                    Orientation::Landscape,
                    Orientation::Portrait,
                ]),
                public: (self.below(2) == 0).then(|| {
                    format!(
                        "{}exhibit{}.example{}",
                        self.pick(&["https://", "http://"]),
                        self.text(false),
                        self.text(false)
                    )
                }),
                staff_pin: (self.below(2) == 0).then(|| {
                    format!(
                        "{:0width$}",
                        self.below(10_000),
                        width = 4 + self.below(5) as usize
                    )
                }),
            });
            let lang = (kiosk.is_none() && self.below(3) == 0).then(|| self.pick(&Lang::ALL));
            ViewQuery {
                window,
                categories,
                year,
                kiosk,
                lang,
            }
        }
    }

    #[test]
    fn every_query_comes_back_the_same_after_writing_and_reading() {
        let mut cases = Cases(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5_000 {
            let query = cases.query();
            let written = query.encode();
            assert_eq!(ViewQuery::parse(&written), query, "written as {written}");
            assert_eq!(ViewQuery::parse(&format!("?{written}")), query);
            // Nothing in a value can end it early or start another pair.
            for pair in written.split('&').filter(|p| !p.is_empty()) {
                assert_eq!(pair.matches('=').count(), 1, "{pair} in {written}");
                assert!(!pair.contains(['#', ' ', '?']), "{pair} in {written}");
            }
        }
    }

    #[test]
    fn a_whole_address_comes_back_the_same() {
        let mut cases = Cases(42);
        let routes = [
            Route::Timeline { lang: Lang::Zh },
            Route::Charts { lang: Lang::De },
            Route::About { lang: Lang::En },
            Route::Event {
                lang: Lang::De,
                id: "stuttgart-nanjing-1995".into(),
            },
        ];
        for _ in 0..1_000 {
            let address = Address {
                route: cases.pick(&routes),
                query: cases.query(),
            };
            assert_eq!(Address::parse(&address.href()), address);
        }
    }

    #[test]
    fn a_list_of_categories_is_written_with_plain_commas() {
        let query = ViewQuery {
            categories: Some(["business".to_string(), "culture".to_string()].into()),
            ..ViewQuery::default()
        };
        assert_eq!(query.encode(), "cat=business,culture");
        assert_eq!(ViewQuery::parse("cat=business,culture"), query);
        let none = ViewQuery::parse("cat=");
        assert_eq!(
            none.categories,
            Some(SortedSet::new()),
            "every category hidden"
        );
        assert_eq!(none.encode(), "cat=");
    }

    #[test]
    fn odd_queries_are_ignored_not_fatal() {
        let query = ViewQuery::parse("?from=abc&to=NaN&cat=business&x=1&=&&year");
        assert_eq!(query.window, None, "nonsense shows the whole span");
        assert_eq!(query.categories, Some(["business".to_string()].into()));
        assert_eq!(ViewQuery::parse("from=2030&to=2010").window, None);
        assert_eq!(ViewQuery::parse("from=1e300&to=1e301").window, None);
        let far = ViewQuery::parse("from=1800&to=1802").time_window();
        assert!((far.start - 1986.0).abs() < 1e-9, "clamped into the span");
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
    fn the_staff_pin_travels_in_the_query_and_only_digits_count() {
        let query = ViewQuery::parse("mode=kiosk&idle=30&staff=0417");
        assert_eq!(
            query.kiosk.as_ref().and_then(|k| k.staff_pin.as_deref()),
            Some("0417")
        );
        assert_eq!(query.encode(), "mode=kiosk&idle=30&staff=0417");
        assert_eq!(query.kiosk_only().encode(), "mode=kiosk&idle=30&staff=0417");
        for odd in ["123", "123456789", "12a4", "%3Cb%3E", ""] {
            let kiosk = ViewQuery::parse(&format!("mode=kiosk&staff={odd}")).kiosk;
            assert_eq!(kiosk.and_then(|k| k.staff_pin), None, "{odd}");
        }
        // Not on the web.
        assert_eq!(ViewQuery::parse("staff=0417").kiosk, None);
    }

    #[test]
    fn the_kiosk_setup_travels_in_the_query() {
        let query = ViewQuery::parse("?year=2013&mode=kiosk&idle=30&lang=zh&orientation=portrait");
        assert_eq!(query.year, Some(2013));
        let kiosk = query.kiosk.clone().expect("a kiosk");
        assert_eq!(
            (kiosk.idle_secs, kiosk.home, kiosk.orientation),
            (30, Lang::Zh, Orientation::Portrait)
        );
        assert_eq!(
            query.encode(),
            "year=2013&mode=kiosk&idle=30&lang=zh&orientation=portrait"
        );
        assert_eq!(
            ViewQuery::parse("mode=kiosk&idle=0")
                .kiosk
                .unwrap()
                .idle_secs,
            5
        );
        assert_eq!(
            ViewQuery::parse("mode=kiosk&idle=999999")
                .kiosk
                .unwrap()
                .idle_secs,
            3600
        );
        assert_eq!(
            ViewQuery::parse("mode=kiosk&idle=abc&lang=fr&orientation=sideways").kiosk,
            Some(KioskConfig::default())
        );
        assert_eq!(
            query.kiosk_only().encode(),
            "mode=kiosk&idle=30&lang=zh&orientation=portrait"
        );
    }

    #[test]
    fn the_public_address_is_encoded_once_and_only_a_web_address_counts() {
        let query = ViewQuery::parse("mode=kiosk&public=https%3A%2F%2Fexhibit.example.org");
        assert_eq!(
            query.encode(),
            "mode=kiosk&public=https%3A%2F%2Fexhibit.example.org"
        );
        for bad in [
            "javascript%3Aalert(1)",
            "https%3A%2F%2F",
            "ftp%3A%2F%2Fx",
            "https%3A%2F%2Fa%20b",
            "https%3A%2F%2Fa%22b",
            "%ZZ",
        ] {
            let query = ViewQuery::parse(&format!("mode=kiosk&public={bad}"));
            assert_eq!(query.kiosk.unwrap().public, None, "{bad}");
        }
    }

    #[test]
    fn a_window_keeps_a_thousandth_of_a_year() {
        let window = TimeWindow::around(2013.123456, 2.0);
        let query = ViewQuery {
            window: ViewQuery::window_of(&window),
            ..ViewQuery::default()
        };
        assert_eq!(query.encode(), "from=2012.123&to=2014.123");
        let back = ViewQuery::parse(&query.encode()).time_window();
        assert!((back.start - window.start).abs() < 0.001);
        assert_eq!(ViewQuery::window_of(&TimeWindow::whole()), None);
    }
}
