//! Checks many kinds of file share: ids, web addresses, sources, currencies and scales.

use std::collections::HashMap;

use super::super::dates::parse_date;
use super::super::model::*;
use super::super::raw::RawSource;

/// How to name a source's kind.
const KIND_FIX: &str = "add kind = \"…\": official-statistics (a statistics office), government (a ministry, a city), company (about itself), news (a newspaper, broadcaster or agency), press-release, or copy (a mirror, kept beside the original)";
use super::{Cited, Loader, Place};
use toml::Spanned;

/// An id: lower-case letters and digits in words joined by single hyphens, as in addresses.
pub(super) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A full web address with a host a visitor's phone can open (no spaces, no quotes).
pub(super) fn is_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':');
    host_ok
        && !url
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
}

/// A TOML number as written, integer or decimal; `None` for text and anything else.
pub(super) fn number(value: &toml::Value) -> Option<f64> {
    match value {
        toml::Value::Integer(i) => Some(*i as f64),
        toml::Value::Float(f) => Some(*f),
        _ => None,
    }
}

/// What 1 in a value may stand for: one, a million, a billion.
const SCALES: [f64; 3] = [1.0, 1e6, 1e9];

impl Loader<'_> {
    /// Checks an id's form and that no other thing of this `kind` has it (`seen` holds the
    /// ids so far, with where each stands).
    pub(super) fn id(
        &mut self,
        place: Place,
        id: &Spanned<String>,
        seen: &mut HashMap<String, String>,
        kind: &str,
    ) {
        let line = place.line(id);
        let id = id.get_ref();
        if !is_id(id) {
            self.problem(
                place.file,
                line,
                "id",
                format!("\"{id}\" is not a valid id"),
                "use lower-case letters a–z, digits and single hyphens, like \"bosch-plant-2013\"",
            );
        }
        let here = format!("{}:{line}", place.file);
        if let Some(first) = seen.insert(id.to_string(), here) {
            self.problem(
                place.file,
                line,
                "id",
                format!("the {kind} id \"{id}\" is used twice (first at {first})"),
                "give each one its own id",
            );
        }
    }

    /// A source with title, publisher, web address, kind and, if given, a real date. `prefix`
    /// is the table's name in the file, for the field a problem names (`source.url`). Returns
    /// the source and its kind, `None` when the kind could not be read (a problem told already;
    /// the source's own `kind` is then a stand-in the checks across sources must not judge).
    pub(super) fn source(
        &mut self,
        place: Place,
        prefix: &str,
        raw: &Spanned<RawSource>,
    ) -> (Source, Option<SourceKind>) {
        let field = |name: &str| {
            if prefix.is_empty() {
                name.to_string()
            } else {
                format!("{prefix}.{name}")
            }
        };
        // A field not written is named at the source's table.
        let line = |value: &Option<Spanned<String>>| {
            value.as_ref().map_or(place.line(raw), |v| place.line(v))
        };
        let text = |value: &Option<Spanned<String>>| {
            value
                .as_ref()
                .map(|v| v.get_ref().trim())
                .unwrap_or_default()
                .to_string()
        };
        let required = |loader: &mut Self, name: &str, value: &Option<Spanned<String>>| {
            let written = text(value);
            if written.is_empty() {
                loader.problem(
                    place.file,
                    line(value),
                    &field(name),
                    format!("the source's {name} is missing"),
                    &format!("add {name} = \"…\" to the source"),
                );
            } else {
                loader.check_glyphs(place, line(value), &field(name), &written);
            }
            written
        };
        let source = raw.get_ref();
        let title = required(self, "title", &source.title);
        let publisher = required(self, "publisher", &source.publisher);
        let url = text(&source.url);
        if !is_url(&url) {
            let message = if url.is_empty() {
                "the source's url is missing".to_string()
            } else {
                format!("\"{url}\" is not a web address")
            };
            self.problem(
                place.file,
                line(&source.url),
                &field("url"),
                message,
                "give the full address of the page, starting with https:// or http://",
            );
        } else if !title.is_empty() {
            self.cited.push(Cited {
                url: url.clone(),
                title: title.clone(),
                file: place.file.to_string(),
                line: line(&source.title),
                field: field("title"),
            });
        }
        let date = source
            .date
            .as_ref()
            .and_then(|written| match parse_date(written.get_ref()) {
                Ok(date) => Some(date),
                Err(error) => {
                    self.problem(
                        place.file,
                        place.line(written),
                        &field("date"),
                        error.message,
                        &error.fix,
                    );
                    None
                }
            });
        let kind = match &source.kind {
            Some(written) => SourceKind::from_code(written.get_ref().trim()).or_else(|| {
                self.problem(
                    place.file,
                    place.line(written),
                    &field("kind"),
                    format!("\"{}\" is not a kind of source", written.get_ref()),
                    KIND_FIX,
                );
                None
            }),
            None => {
                self.problem(
                    place.file,
                    place.line(raw),
                    &field("kind"),
                    "the source's kind is missing".to_string(),
                    KIND_FIX,
                );
                None
            }
        };
        let checked = Source {
            title,
            publisher,
            url,
            date,
            // Reported above; the content is refused, so this value never reaches a screen.
            kind: kind.unwrap_or(SourceKind::Copy),
        };
        (checked, kind)
    }

    /// One web address is one page with one title: the same url under two titles anywhere in
    /// the content (events, series, key figures) is refused where it is cited the second time.
    pub(super) fn one_title_per_url(&mut self) {
        let cited = std::mem::take(&mut self.cited);
        let mut first: HashMap<&str, &Cited> = HashMap::new();
        for here in &cited {
            match first.get(here.url.as_str()) {
                Some(there) if there.title != here.title => self.problem(
                    &here.file,
                    here.line,
                    &here.field,
                    format!(
                        "{} is cited here as \"{}\" but as \"{}\" at {}:{}",
                        here.url, here.title, there.title, there.file, there.line
                    ),
                    "one address is one page with one title: write the title as the page shows it in both places, or correct the address if these are two pages",
                ),
                Some(_) => {}
                None => {
                    first.insert(&here.url, here);
                }
            }
        }
    }

    /// An ISO 4217 code, when a currency is given (counts have none).
    pub(super) fn currency(&mut self, place: Place, currency: &Option<Spanned<String>>) {
        if let Some(code) = currency {
            let line = place.line(code);
            let code = code.get_ref();
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                self.problem(
                    place.file,
                    line,
                    "currency",
                    format!("\"{code}\" is not a currency code"),
                    "use a three-letter ISO code like \"EUR\", \"USD\" or \"CNY\", or leave currency out for counts",
                );
            }
        }
    }

    /// One of the `SCALES`; 1 after reporting anything else.
    pub(super) fn scale(&mut self, place: Place, value: &Spanned<toml::Value>) -> f64 {
        match number(value.get_ref()) {
            Some(scale) if SCALES.contains(&scale) => scale,
            _ => {
                self.problem(
                    place.file,
                    place.line(value),
                    "scale",
                    format!("{} is not a scale the exhibit knows", value.get_ref()),
                    "use 1, 1000000 (million) or 1000000000 (billion)",
                );
                1.0
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, problems, run};
    use super::*;

    #[test]
    fn urls_need_a_scheme_and_a_host() {
        assert!(is_url("https://www.stuttgart.de/item/show/324134"));
        assert!(is_url("http://bw-i.cn/repraesentanz-Jiangsu.html"));
        assert!(!is_url("www.stuttgart.de"));
        assert!(!is_url("https://stuttgart"));
        assert!(!is_url("https://www.stuttgart.de/a b"));
        assert!(!is_url("javascript:alert(1)"));
        assert!(!is_url("ftp://example.org"));
    }

    #[test]
    fn ids_are_lower_case_words_with_hyphens() {
        assert!(is_id("bosch-plant-2013"));
        assert!(!is_id("Bosch"));
        assert!(!is_id("a--b"));
        assert!(!is_id("-a"));
        assert!(!is_id("a_b"));
        assert!(!is_id(""));
    }

    fn place(text: &str) -> Place<'_> {
        Place {
            file: "thing.toml",
            text,
        }
    }

    #[test]
    fn an_id_used_twice_names_the_first_place() {
        #[derive(serde::Deserialize)]
        struct Ids {
            a: Spanned<String>,
            b: Spanned<String>,
            c: Spanned<String>,
        }
        let text = "a = \"garden\"\nb = \"garden\"\nc = \"Bosch Werk\"\n";
        let ids: Ids = toml::from_str(text).expect("ids");
        let found = problems(&[], |loader| {
            let mut seen = HashMap::new();
            for id in [&ids.a, &ids.b, &ids.c] {
                loader.id(place(text), id, &mut seen, "event");
            }
        });
        assert_eq!(
            found,
            [
                "thing.toml:2: id: the event id \"garden\" is used twice (first at thing.toml:1)",
                "thing.toml:3: id: \"Bosch Werk\" is not a valid id",
            ]
        );
    }

    #[derive(serde::Deserialize)]
    struct WithSource {
        source: Spanned<RawSource>,
    }

    #[test]
    fn a_source_needs_title_publisher_address_and_a_real_date() {
        let text = "[source]\ntitle = \"Quelle\"\npublisher = \" \"\nkind = \"news\"\nurl = \"www.example.org\"\ndate = \"2019-31-01\"\n";
        let raw: WithSource = toml::from_str(text).expect("a source");
        let ((source, kind), found) = run(&files(&[]), |loader| {
            loader.source(place(text), "source", &raw.source)
        });
        assert_eq!(kind, Some(SourceKind::News));
        assert_eq!(source.title, "Quelle");
        assert_eq!(source.date, None);
        assert_eq!(
            found,
            [
                "thing.toml:3: source.publisher: the source's publisher is missing",
                "thing.toml:5: source.url: \"www.example.org\" is not a web address",
                "thing.toml:6: source.date: \"2019-31-01\" is not a real date: there is no month 31",
            ]
        );
        // A field not written is named at the source's table.
        let text = "[source]\ntitle = \"Quelle\"\npublisher = \"Stadt\"\nkind = \"news\"\n";
        let raw: WithSource = toml::from_str(text).expect("a source");
        let (_, found) = run(&files(&[]), |loader| {
            loader.source(place(text), "", &raw.source)
        });
        assert_eq!(found, ["thing.toml:1: url: the source's url is missing"]);
        // Every source says what kind of page it is, in a word the exhibit knows.
        for (kind, expected) in [
            ("", "thing.toml:1: kind: the source's kind is missing"),
            (
                "kind = \"blog\"\n",
                "thing.toml:4: kind: \"blog\" is not a kind of source",
            ),
        ] {
            let text = format!(
                "[source]\ntitle = \"Quelle\"\npublisher = \"Stadt\"\n{kind}url = \"https://www.stuttgart.de/a\"\n"
            );
            let raw: WithSource = toml::from_str(&text).expect("a source");
            let ((source, kind), found) = run(&files(&[]), |loader| {
                loader.source(place(&text), "", &raw.source)
            });
            assert_eq!(found, [expected]);
            assert_eq!(kind, None, "a kind not read is not judged");
            assert_eq!(source.url, "https://www.stuttgart.de/a");
        }
    }

    #[test]
    fn currencies_are_iso_codes_and_scales_are_known() {
        #[derive(serde::Deserialize)]
        struct Money {
            currency: Option<Spanned<String>>,
            scale: Spanned<toml::Value>,
        }
        let text = "currency = \"Euro\"\nscale = 1000\n";
        let money: Money = toml::from_str(text).expect("a table");
        let (scale, found) = run(&files(&[]), |loader| {
            loader.currency(place(text), &money.currency);
            loader.currency(place(text), &Some(Spanned::new(0..3, "EUR".to_string())));
            loader.currency(place(text), &None);
            let million = Spanned::new(0..7, toml::Value::Integer(1_000_000));
            assert_eq!(loader.scale(place(text), &million), 1e6);
            loader.scale(place(text), &money.scale)
        });
        assert_eq!(scale, 1.0, "an unknown scale counts as 1");
        assert_eq!(
            found,
            [
                "thing.toml:1: currency: \"Euro\" is not a currency code",
                "thing.toml:2: scale: 1000 is not a scale the exhibit knows",
            ]
        );
    }

    #[test]
    fn numbers_are_integers_or_decimals() {
        assert_eq!(number(&toml::Value::Integer(315)), Some(315.0));
        assert_eq!(number(&toml::Value::Float(2.22)), Some(2.22));
        assert_eq!(number(&toml::Value::String("315".into())), None);
    }

    #[test]
    fn one_address_has_one_title_across_files() {
        let source = |title: &str, url: &str| {
            format!("[source]\ntitle = \"{title}\"\npublisher = \"Stadt\"\nkind = \"news\"\nurl = \"{url}\"\n")
        };
        let a = source("Gartenbau", "https://www.stuttgart.de/garten");
        let b = format!(
            "# zweite Datei\n{}",
            source("Gartenbau 1998", " https://www.stuttgart.de/garten ")
        );
        let c = source("Gartenbau", "https://www.stuttgart.de/garten/");
        let d = source("Gartenbau 1998", "https://www.stuttgart.de/garten");
        let texts = [
            ("a.toml", &a),
            ("b.toml", &b),
            ("c.toml", &c),
            ("d.toml", &d),
        ];
        let found = problems(&[], |loader| {
            for (file, text) in texts {
                let raw: WithSource = toml::from_str(text).expect("a source");
                loader.source(Place { file, text }, "source", &raw.source);
            }
            loader.one_title_per_url();
        });
        // Compared as written, trimmed: the address with a slash is another page.
        assert_eq!(
            found,
            [
                "b.toml:3: source.title: https://www.stuttgart.de/garten is cited here as \"Gartenbau 1998\" but as \"Gartenbau\" at a.toml:2",
                "d.toml:2: source.title: https://www.stuttgart.de/garten is cited here as \"Gartenbau 1998\" but as \"Gartenbau\" at a.toml:2",
            ]
        );
    }
}
