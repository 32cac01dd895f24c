//! eras.toml: the bands of years on the timeline, which must cover the exhibit's span without
//! holes or overlaps.

use std::collections::HashMap;

use super::super::model::*;
use super::super::raw::RawEras;
use super::texts::{NAME_MAX, SHORT_NAME_MAX};
use super::Loader;

impl Loader<'_> {
    /// The eras, in order; together they must cover the span, each year once.
    pub(super) fn eras(&mut self) -> Vec<Era> {
        const FILE: &str = "eras.toml";
        let Some(raw) = self.parse::<RawEras>(FILE) else {
            return Vec::new();
        };
        let place = self.place(FILE);
        let mut seen = HashMap::new();
        // Each era with the lines of its start and end, for the problems of the sequence below.
        let mut eras = Vec::new();
        for raw in raw.era {
            self.id(place, &raw.id, &mut seen, "era");
            let name = self.trilingual(place, "name", &raw.name, NAME_MAX);
            let short = self.trilingual(place, "short", &raw.short, SHORT_NAME_MAX);
            let years = i64::from(SPAN.0)..=i64::from(SPAN.1);
            let (start, end) = (*raw.start.get_ref(), *raw.end.get_ref());
            let lines = (place.line(&raw.start), place.line(&raw.end));
            for (field, year, line) in [("start", start, lines.0), ("end", end, lines.1)] {
                if !years.contains(&year) {
                    self.problem(
                        FILE,
                        line,
                        field,
                        format!(
                            "{year} lies outside the exhibit's span {}–{}",
                            SPAN.0, SPAN.1
                        ),
                        "use a year within the span",
                    );
                }
            }
            if end < start {
                self.problem(
                    FILE,
                    lines.1,
                    "end",
                    format!("the era ends ({end}) before it starts ({start})"),
                    "swap start and end",
                );
            }
            eras.push((
                lines,
                Era {
                    id: raw.id.into_inner(),
                    start: start.clamp(0, 9999) as i32,
                    end: end.clamp(0, 9999) as i32,
                    name,
                    short,
                },
            ));
        }
        eras.sort_by_key(|(_, era)| era.start);
        let mut expected_start = SPAN.0;
        for ((start_line, _), era) in &eras {
            if era.start > expected_start {
                self.problem(
                    FILE,
                    *start_line,
                    "start",
                    format!(
                        "no era covers {expected_start}–{} (the era \"{}\" starts in {})",
                        era.start - 1,
                        era.id,
                        era.start
                    ),
                    "let each era start the year after the previous one ends",
                );
            } else if era.start < expected_start {
                self.problem(
                    FILE,
                    *start_line,
                    "start",
                    format!(
                        "the era \"{}\" starts in {}, inside the previous era (which runs to {})",
                        era.id,
                        era.start,
                        expected_start - 1
                    ),
                    "let each era start the year after the previous one ends",
                );
            }
            expected_start = expected_start.max(era.end + 1);
        }
        if !eras.is_empty() && expected_start <= SPAN.1 {
            self.problem(
                FILE,
                eras.last().map_or(1, |((_, end_line), _)| *end_line),
                "end",
                format!("no era covers {expected_start}–{}", SPAN.1),
                "let the last era end in the exhibit's last year",
            );
        }
        if eras.is_empty() && self.files.files.contains_key(FILE) {
            self.problem(
                FILE,
                1,
                "",
                "there is no era".into(),
                "add at least one [[era]]",
            );
        }
        eras.into_iter().map(|(_, era)| era).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};
    use super::*;

    fn era(id: &str, start: i32, end: i32) -> String {
        format!(
            "[[era]]\nid = \"{id}\"\nstart = {start}\nend = {end}\nname.de = \"Zeit\"\nname.zh = \"时期\"\nname.en = \"Time\"\nshort.de = \"Zeit\"\nshort.zh = \"时期\"\nshort.en = \"Time\"\n\n"
        )
    }

    fn check(eras: &[(&str, i32, i32)]) -> (Vec<Era>, Vec<String>) {
        let text: String = eras
            .iter()
            .map(|&(id, start, end)| era(id, start, end))
            .collect();
        run(&files(&[("eras.toml", &text)]), |loader| loader.eras())
    }

    #[test]
    fn eras_covering_the_span_are_read_in_order() {
        let (eras, found) = check(&[("late", 2007, SPAN.1), ("early", SPAN.0, 2006)]);
        assert!(found.is_empty(), "{found:?}");
        let ids: Vec<&str> = eras.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["early", "late"]);
    }

    #[test]
    fn holes_and_overlaps_are_named_at_the_later_eras_start() {
        let (_, found) = check(&[("a", SPAN.0, 2000), ("b", 2002, SPAN.1)]);
        assert_eq!(
            found,
            ["eras.toml:14: start: no era covers 2001–2001 (the era \"b\" starts in 2002)"]
        );
        let (_, found) = check(&[("a", SPAN.0, 2000), ("b", 2000, SPAN.1)]);
        assert_eq!(
            found,
            ["eras.toml:14: start: the era \"b\" starts in 2000, inside the previous era (which runs to 2000)"]
        );
    }

    #[test]
    fn the_span_must_be_covered_to_its_ends() {
        let (_, found) = check(&[("a", SPAN.0, 2030)]);
        assert_eq!(
            found,
            ["eras.toml:4: end: 2030 lies outside the exhibit's span 1986–2026"]
        );
        let (_, found) = check(&[("a", SPAN.0, 2025)]);
        assert_eq!(found, ["eras.toml:4: end: no era covers 2026–2026"]);
    }

    #[test]
    fn an_era_must_end_after_it_starts() {
        let (_, found) = check(&[("a", SPAN.0, 2000), ("b", 2001, 1999)]);
        assert_eq!(
            found,
            [
                "eras.toml:15: end: the era ends (1999) before it starts (2001)",
                "eras.toml:15: end: no era covers 2001–2026",
            ]
        );
        let (_, found) = check(&[]);
        assert_eq!(found, ["eras.toml:1: there is no era"]);
    }
}
