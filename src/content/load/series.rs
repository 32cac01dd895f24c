//! A data series' description (series/<id>.toml): kind, unit, sources, and which series share
//! a chart. Its values are read by `values`.

use std::collections::{BTreeMap, HashMap};

use super::super::model::*;
use super::super::problem::{Locator, Problem};
use super::super::raw::RawSeries;
use super::checks::is_id;
use super::texts::{NAME_MAX, TITLE_MAX};
use super::{Loader, Place};

impl Loader<'_> {
    pub(super) fn all_series(&mut self) -> Vec<Series> {
        let files: Vec<String> = self
            .files
            .files
            .keys()
            .filter(|path| path.starts_with("series/") && path.ends_with(".toml"))
            .cloned()
            .collect();
        let mut seen = HashMap::new();
        let mut all = Vec::new();
        for file in files {
            if let Some(series) = self.series(&file, &mut seen) {
                all.push(series);
            }
        }
        for (path, _) in self.files.files.iter() {
            if path.starts_with("series/") && path.ends_with(".csv") {
                let toml = format!("{}.toml", path.trim_end_matches(".csv"));
                if !self.files.files.contains_key(&toml) {
                    self.problems.push(Problem {
                        file: path.clone(),
                        line: 1,
                        field: String::new(),
                        message: format!("the values have no series description {toml}"),
                        fix: "add the .toml file with the same name, or remove this file".into(),
                    });
                }
            }
        }
        // Series drawn together must share a unit.
        let mut groups: BTreeMap<&str, &Series> = BTreeMap::new();
        let mut mismatches = Vec::new();
        for series in &all {
            let Some(group) = series.group.as_deref() else {
                continue;
            };
            match groups.get(group) {
                Some(first)
                    if first.currency != series.currency
                        || first.scale != series.scale
                        || first.kind != series.kind =>
                {
                    mismatches.push((series.id.clone(), first.id.clone(), group.to_string()));
                }
                Some(_) => {}
                None => {
                    groups.insert(group, series);
                }
            }
        }
        for (id, first, group) in mismatches {
            let file = format!("series/{id}.toml");
            let line = Locator::new(self.text_of(&file)).key(1, "group");
            self.problem(
                &file,
                line,
                "group",
                format!("\"{id}\" and \"{first}\" share the chart \"{group}\" but differ in kind, currency or scale"),
                "series in one group need the same kind, currency and scale; remove the group or make them match",
            );
        }
        all
    }

    fn series(&mut self, file: &str, seen: &mut HashMap<String, String>) -> Option<Series> {
        let raw = self.parse::<RawSeries>(file)?;
        let text = self.text_of(file);
        let place = Place {
            file,
            text,
            from: 1,
        };
        self.id(place, &raw.id, seen, "series");
        let kind = match raw.kind.as_str() {
            "line" => SeriesKind::Line,
            "bars" => SeriesKind::Bars,
            other => {
                self.problem(
                    file,
                    place.line_of("kind"),
                    "kind",
                    format!("\"{other}\" is not a kind of series"),
                    "use \"line\" for one value per year or \"bars\" for single amounts",
                );
                SeriesKind::Line
            }
        };
        self.currency(place, &raw.currency);
        let scale = self.scale(place, &raw.scale);
        if let Some(group) = &raw.group {
            if !is_id(group) {
                self.problem(
                    file,
                    place.line_of("group"),
                    "group",
                    format!("\"{group}\" is not a valid group name"),
                    "use lower-case letters, digits and hyphens",
                );
            }
        }
        let title = self.trilingual(place, "title", Some(&raw.title), TITLE_MAX);
        let unit = self.trilingual(place, "unit", Some(&raw.unit), NAME_MAX);
        let mut keys = Vec::new();
        let mut sources = Vec::new();
        for (key, source) in &raw.sources {
            let from = Locator::new(text).key(1, &format!("sources.{key}.url"));
            let header = text
                .lines()
                .position(|line| line.trim() == format!("[sources.{key}]"))
                .map_or(from, |i| i + 1);
            let source_place = Place {
                file,
                text,
                from: header,
            };
            sources.push(self.source(source_place, &format!("sources.{key}"), source));
            keys.push(key.clone());
        }
        let csv_file = format!("{}.csv", file.trim_end_matches(".toml"));
        let points = self.points(&csv_file, &keys);
        Some(Series {
            id: raw.id,
            kind,
            currency: raw.currency,
            scale,
            group: raw.group,
            title,
            unit,
            sources,
            points,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};
    use super::*;

    const SERIES: &str = "id = \"trade\"\nkind = \"line\"\ncurrency = \"EUR\"\nscale = 1000000000\ngroup = \"trade\"\n\n[title]\nde = \"Handel\"\nzh = \"贸易\"\nen = \"Trade\"\n\n[unit]\nde = \"Milliarden Euro\"\nzh = \"十亿欧元\"\nen = \"billion euros\"\n\n[sources.stn]\ntitle = \"Handel 2019\"\npublisher = \"Stuttgarter Nachrichten\"\nurl = \"https://www.stuttgarter-nachrichten.de/handel\"\n";
    const VALUES: &str =
        "year,value,status,source,note_de,note_zh,note_en\n2019,205.7,reported,stn,,,\n";

    fn check(texts: &[(&str, &str)]) -> (Vec<Series>, Vec<String>) {
        run(&files(texts), |loader| loader.all_series())
    }

    #[test]
    fn a_series_and_its_values_are_read() {
        let (series, found) = check(&[("series/trade.toml", SERIES), ("series/trade.csv", VALUES)]);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(series[0].scale, 1e9);
        assert_eq!(series[0].sources[0].publisher, "Stuttgarter Nachrichten");
        assert_eq!(series[0].points[0].year, 2019);
    }

    #[test]
    fn kind_group_and_sources_are_checked_where_they_are_written() {
        let text = SERIES
            .replace("\"line\"", "\"pie\"")
            .replace("group = \"trade\"", "group = \"Trade Charts\"")
            .replace("https://www.", "www.");
        let (_, found) = check(&[("series/trade.toml", &text), ("series/trade.csv", VALUES)]);
        assert_eq!(
            found,
            [
                "series/trade.toml:2: kind: \"pie\" is not a kind of series",
                "series/trade.toml:5: group: \"Trade Charts\" is not a valid group name",
                "series/trade.toml:20: sources.stn.url: \"www.stuttgarter-nachrichten.de/handel\" is not a web address",
            ]
        );
    }

    #[test]
    fn series_in_one_chart_share_their_unit() {
        let usd = SERIES
            .replace("\"trade\"\nkind", "\"trade-usd\"\nkind")
            .replace("\"EUR\"", "\"USD\"");
        let (_, found) = check(&[
            ("series/trade.toml", SERIES),
            ("series/trade.csv", VALUES),
            ("series/trade-usd.toml", &usd),
            ("series/trade-usd.csv", VALUES),
        ]);
        assert_eq!(
            found,
            ["series/trade.toml:5: group: \"trade\" and \"trade-usd\" share the chart \"trade\" but differ in kind, currency or scale"]
        );
    }

    #[test]
    fn values_and_description_come_in_pairs() {
        let (_, found) = check(&[("series/trade.toml", SERIES), ("series/orphan.csv", VALUES)]);
        assert_eq!(
            found,
            [
                "series/trade.csv:1: the series has no values file",
                "series/orphan.csv:1: the values have no series description series/orphan.toml",
            ]
        );
    }
}
