//! Checks many kinds of file share: ids, web addresses, sources, currencies and scales.

use std::collections::HashMap;

use super::super::dates::parse_date;
use super::super::model::*;
use super::super::raw::RawSource;
use super::{Loader, Place};

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
    pub(super) fn id(
        &mut self,
        place: Place,
        id: &str,
        seen: &mut HashMap<String, String>,
        kind: &str,
    ) {
        let line = place.line_of("id");
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

    pub(super) fn source(&mut self, place: Place, prefix: &str, raw: &RawSource) -> Source {
        let field = |name: &str| {
            if prefix.is_empty() {
                name.to_string()
            } else {
                format!("{prefix}.{name}")
            }
        };
        let required = |loader: &mut Self, name: &str, value: &Option<String>| {
            let value = value.as_deref().map(str::trim).unwrap_or_default();
            if value.is_empty() {
                loader.problem(
                    place.file,
                    place.line_of(name),
                    &field(name),
                    format!("the source's {name} is missing"),
                    &format!("add {name} = \"…\" to the source"),
                );
            } else {
                loader.check_glyphs(place, &field(name), value);
            }
            value.to_string()
        };
        let title = required(self, "title", &raw.title);
        let publisher = required(self, "publisher", &raw.publisher);
        let url = raw
            .url
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_string();
        if !is_url(&url) {
            let message = if url.is_empty() {
                "the source's url is missing".to_string()
            } else {
                format!("\"{url}\" is not a web address")
            };
            self.problem(
                place.file,
                place.line_of("url"),
                &field("url"),
                message,
                "give the full address of the page, starting with https:// or http://",
            );
        }
        let date = raw.date.as_deref().and_then(|text| match parse_date(text) {
            Ok(date) => Some(date),
            Err(error) => {
                self.problem(
                    place.file,
                    place.line_of("date"),
                    &field("date"),
                    error.message,
                    &error.fix,
                );
                None
            }
        });
        Source {
            title,
            publisher,
            url,
            date,
        }
    }

    pub(super) fn currency(&mut self, place: Place, currency: &Option<String>) {
        if let Some(code) = currency {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                self.problem(
                    place.file,
                    place.line_of("currency"),
                    "currency",
                    format!("\"{code}\" is not a currency code"),
                    "use a three-letter ISO code like \"EUR\", \"USD\" or \"CNY\", or leave currency out for counts",
                );
            }
        }
    }

    pub(super) fn scale(&mut self, place: Place, value: &toml::Value) -> f64 {
        match number(value) {
            Some(scale) if SCALES.contains(&scale) => scale,
            _ => {
                self.problem(
                    place.file,
                    place.line_of("scale"),
                    "scale",
                    format!("{value} is not a scale the exhibit knows"),
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
            from: 1,
        }
    }

    #[test]
    fn an_id_used_twice_names_the_first_place() {
        let text = "id = \"Bosch Werk\"\n";
        let found = problems(&[], |loader| {
            let mut seen = HashMap::new();
            loader.id(place("id = \"garden\"\n"), "garden", &mut seen, "event");
            loader.id(place("\nid = \"garden\"\n"), "garden", &mut seen, "event");
            loader.id(place(text), "Bosch Werk", &mut seen, "event");
        });
        assert_eq!(
            found,
            [
                "thing.toml:2: id: the event id \"garden\" is used twice (first at thing.toml:1)",
                "thing.toml:1: id: \"Bosch Werk\" is not a valid id",
            ]
        );
    }

    #[test]
    fn a_source_needs_title_publisher_address_and_a_real_date() {
        let text = "title = \"Quelle\"\npublisher = \" \"\nurl = \"www.example.org\"\ndate = \"2019-31-01\"\n";
        let raw: RawSource = toml::from_str(text).expect("a source");
        let (source, found) = run(&files(&[]), |loader| {
            loader.source(place(text), "source", &raw)
        });
        assert_eq!(source.title, "Quelle");
        assert_eq!(source.date, None);
        assert_eq!(
            found,
            [
                "thing.toml:2: source.publisher: the source's publisher is missing",
                "thing.toml:3: source.url: \"www.example.org\" is not a web address",
                "thing.toml:4: source.date: \"2019-31-01\" is not a real date: there is no month 31",
            ]
        );
        let text = "title = \"Quelle\"\npublisher = \"Stadt\"\n";
        let raw: RawSource = toml::from_str(text).expect("a source");
        let (_, found) = run(&files(&[]), |loader| loader.source(place(text), "", &raw));
        assert_eq!(found, ["thing.toml:1: url: the source's url is missing"]);
    }

    #[test]
    fn currencies_are_iso_codes_and_scales_are_known() {
        let text = "currency = \"Euro\"\nscale = 1000\n";
        let table: toml::Table = toml::from_str(text).expect("a table");
        let (scale, found) = run(&files(&[]), |loader| {
            loader.currency(place(text), &Some("Euro".to_string()));
            loader.currency(place(text), &Some("EUR".to_string()));
            loader.currency(place(text), &None);
            let good = loader.scale(place(text), &toml::Value::Integer(1_000_000));
            assert_eq!(good, 1e6);
            loader.scale(place(text), &table["scale"])
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
}
