//! figures.toml: the key figures, large numbers with a label, a date and one source.

use std::collections::HashMap;

use super::super::dates::parse_date;
use super::super::model::*;
use super::super::raw::RawFigures;
use super::checks::number;
use super::texts::TITLE_MAX;
use super::Loader;
use toml::Spanned;

impl Loader<'_> {
    /// The key figures (the file is optional), each with one source.
    pub(super) fn figures(&mut self) -> Vec<Figure> {
        const FILE: &str = "figures.toml";
        if !self.files.files.contains_key(FILE) {
            return Vec::new();
        }
        let Some(raw) = self.parse::<RawFigures>(FILE) else {
            return Vec::new();
        };
        let place = self.place(FILE);
        let mut seen = HashMap::new();
        let mut figures = Vec::new();
        for raw in raw.figure {
            self.id(place, &raw.id, &mut seen, "figure");
            let value = match number(raw.value.get_ref()) {
                Some(value) if value.is_finite() && value >= 0.0 => value,
                _ => {
                    self.problem(
                        FILE,
                        place.line(&raw.value),
                        "value",
                        format!("{} is not a number of zero or more", raw.value),
                        "write digits with a dot for decimals, like 2.22",
                    );
                    0.0
                }
            };
            let qualifier = match raw.qualifier.get_ref().as_str() {
                "exact" => Qualifier::Exact,
                "more-than" => Qualifier::MoreThan,
                "about" => Qualifier::About,
                other => {
                    self.problem(
                        FILE,
                        place.line(&raw.qualifier),
                        "qualifier",
                        format!("\"{other}\" is not a qualifier"),
                        "use \"exact\", \"more-than\" or \"about\"",
                    );
                    Qualifier::Exact
                }
            };
            self.currency(place, &raw.currency);
            let scale = self.scale(place, &raw.scale);
            let as_of = match parse_date(raw.as_of.get_ref()) {
                Ok(date) if (SPAN.0..=SPAN.1).contains(&date.year) => date,
                Ok(date) => {
                    self.problem(
                        FILE,
                        place.line(&raw.as_of),
                        "as_of",
                        format!(
                            "{} lies outside the exhibit's span {}–{}",
                            date.year, SPAN.0, SPAN.1
                        ),
                        "use a date within the span",
                    );
                    date
                }
                Err(error) => {
                    self.problem(
                        FILE,
                        place.line(&raw.as_of),
                        "as_of",
                        error.message,
                        &error.fix,
                    );
                    PartialDate {
                        year: SPAN.1,
                        month: None,
                        day: None,
                    }
                }
            };
            let label = self.trilingual(place, "label", &raw.label, TITLE_MAX);
            let (source, kind) = self.source(place, "source", &raw.source);
            if kind == Some(SourceKind::Copy) {
                let line = raw
                    .source
                    .get_ref()
                    .kind
                    .as_ref()
                    .map_or(place.line(&raw.source), |kind| place.line(kind));
                self.problem(
                    FILE,
                    line,
                    "source.kind",
                    "the figure's only source is a copy (kind = \"copy\"); a copy is kept only beside its original".into(),
                    "cite the original page the copy reproduces instead: a figure has one source",
                );
            }
            figures.push(Figure {
                id: raw.id.into_inner(),
                value,
                qualifier,
                currency: raw.currency.map(Spanned::into_inner),
                scale,
                as_of,
                label,
                source,
            });
        }
        figures
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};
    use super::*;

    const FIGURE: &str = "[[figure]]\nid = \"projects\"\nvalue = 315\nqualifier = \"more-than\"\nscale = 1\nas_of = \"2026-03\"\nlabel.de = \"Projekte\"\nlabel.zh = \"项目\"\nlabel.en = \"projects\"\n[figure.source]\ntitle = \"Nanjing Day\"\npublisher = \"GlobeNewswire\"\nkind = \"news\"\nurl = \"https://www.globenewswire.com/news-release/2026\"\n";

    fn check(text: &str) -> (Vec<Figure>, Vec<String>) {
        run(&files(&[("figures.toml", text)]), |loader| loader.figures())
    }

    #[test]
    fn a_figure_is_read_with_its_source() {
        let (figures, found) = check(FIGURE);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(figures[0].value, 315.0);
        assert_eq!(figures[0].qualifier, Qualifier::MoreThan);
        assert_eq!(figures[0].source.publisher, "GlobeNewswire");
    }

    #[test]
    fn value_qualifier_date_and_source_are_checked_where_written() {
        let text = FIGURE
            .replace("315", "\"dreihundert\"")
            .replace("more-than", "roughly")
            .replace("2026-03", "2026-02-30")
            .replace("https://", "");
        let (_, found) = check(&text);
        assert_eq!(
            found,
            [
                "figures.toml:3: value: \"dreihundert\" is not a number of zero or more",
                "figures.toml:4: qualifier: \"roughly\" is not a qualifier",
                "figures.toml:6: as_of: \"2026-02-30\" is not a real date: 2026-02 has 28 days",
                "figures.toml:14: source.url: \"www.globenewswire.com/news-release/2026\" is not a web address",
            ]
        );
    }

    #[test]
    fn the_date_lies_in_the_span_and_figures_are_optional() {
        let (_, found) = check(&FIGURE.replace("2026-03", "1980"));
        assert_eq!(
            found,
            ["figures.toml:6: as_of: 1980 lies outside the exhibit's span 1986–2026"]
        );
        let (figures, found) = run(&files(&[]), |loader| loader.figures());
        assert!(figures.is_empty() && found.is_empty());
    }

    #[test]
    fn a_figure_does_not_rest_on_a_copy() {
        let (_, found) = check(&FIGURE.replace("kind = \"news\"", "kind = \"copy\""));
        assert_eq!(
            found,
            ["figures.toml:13: source.kind: the figure's only source is a copy (kind = \"copy\"); a copy is kept only beside its original"]
        );
        for kind in ["press-release", "company", "government"] {
            let (_, found) = check(&FIGURE.replace("\"news\"", &format!("\"{kind}\"")));
            assert!(found.is_empty(), "{kind}: {found:?}");
        }
    }
}
