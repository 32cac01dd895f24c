//! A data series' description (series/<id>.toml): kind, unit, sources, and which series share
//! a chart. Its values are read by `values`.

use std::collections::{BTreeMap, HashMap};

use super::super::model::*;
use super::super::problem::Problem;
use super::super::raw::RawSeries;
use super::checks::is_id;
use super::texts::{NAME_MAX, TITLE_MAX};
use super::Loader;
use toml::Spanned;

/// A series as read, with where its group is named, for the check across series.
struct Described {
    series: Series,
    file: String,
    group_line: usize,
}

impl Loader<'_> {
    /// Every series in series/: its description (.toml) and its values (.csv of the same name).
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
            if let Some(described) = self.series(&file, &mut seen) {
                all.push(described);
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
        self.check_groups(&all);
        all.into_iter().map(|described| described.series).collect()
    }

    /// Series drawn together in one chart must share a unit.
    fn check_groups(&mut self, all: &[Described]) {
        let mut groups: BTreeMap<&str, &Series> = BTreeMap::new();
        for described in all {
            let series = &described.series;
            let Some(group) = series.group.as_deref() else {
                continue;
            };
            match groups.get(group) {
                Some(first)
                    if first.currency != series.currency
                        || first.scale != series.scale
                        || first.kind != series.kind =>
                {
                    self.problem(
                        &described.file,
                        described.group_line,
                        "group",
                        format!(
                            "\"{}\" and \"{}\" share the chart \"{group}\" but differ in kind, currency or scale",
                            series.id, first.id
                        ),
                        "series in one group need the same kind, currency and scale; remove the group or make them match",
                    );
                }
                Some(_) => {}
                None => {
                    groups.insert(group, series);
                }
            }
        }
    }

    fn series(&mut self, file: &str, seen: &mut HashMap<String, String>) -> Option<Described> {
        let raw = self.parse::<RawSeries>(file)?;
        let place = self.place(file);
        self.id(place, &raw.id, seen, "series");
        let kind = match raw.kind.get_ref().as_str() {
            "line" => SeriesKind::Line,
            "bars" => SeriesKind::Bars,
            other => {
                self.problem(
                    file,
                    place.line(&raw.kind),
                    "kind",
                    format!("\"{other}\" is not a kind of series"),
                    "use \"line\" for one value per year or \"bars\" for single amounts",
                );
                SeriesKind::Line
            }
        };
        self.currency(place, &raw.currency);
        let scale = self.scale(place, &raw.scale);
        let group_line = raw.group.as_ref().map_or(1, |group| place.line(group));
        if let Some(group) = &raw.group {
            if !is_id(group.get_ref()) {
                self.problem(
                    file,
                    group_line,
                    "group",
                    format!("\"{group}\" is not a valid group name"),
                    "use lower-case letters, digits and hyphens",
                );
            }
        }
        let title = self.trilingual(place, "title", &raw.title, TITLE_MAX);
        let unit = self.trilingual(place, "unit", &raw.unit, NAME_MAX);
        let mut keys = Vec::new();
        let mut sources = Vec::new();
        for (key, source) in &raw.sources {
            let (source, kind) = self.source(place, &format!("sources.{key}"), source);
            sources.push(source);
            keys.push((key.clone(), kind));
        }
        let csv_file = format!("{}.csv", file.trim_end_matches(".toml"));
        let points = self.points(&csv_file, &keys, scale);
        // A copy is kept only beside its original: values resting on copies alone are not.
        let used: Vec<usize> = (0..keys.len())
            .filter(|index| points.iter().any(|point| point.source == *index))
            .collect();
        let first_used = used
            .first()
            .and_then(|&index| raw.sources.values().nth(index));
        if let (Some(first), true) = (
            first_used,
            used.iter()
                .all(|&index| keys[index].1 == Some(SourceKind::Copy)),
        ) {
            self.problem(
                file,
                place.line(first),
                &format!("sources.{}", keys[used[0]].0),
                "every value of the series rests on a copy (kind = \"copy\"); a copy is kept only beside its original".into(),
                "add the original page the copy reproduces as a source and name it in the values' source column",
            );
        }
        let series = Series {
            id: raw.id.into_inner(),
            kind,
            currency: raw.currency.map(Spanned::into_inner),
            scale,
            group: raw.group.map(Spanned::into_inner),
            title,
            unit,
            sources,
            points,
        };
        Some(Described {
            series,
            file: file.to_string(),
            group_line,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};
    use super::*;

    const SERIES: &str = "id = \"trade\"\nkind = \"line\"\ncurrency = \"EUR\"\nscale = 1000000000\ngroup = \"trade\"\n\n[title]\nde = \"Handel\"\nzh = \"贸易\"\nen = \"Trade\"\n\n[unit]\nde = \"Milliarden Euro\"\nzh = \"十亿欧元\"\nen = \"billion euros\"\n\n[sources.stn]\ntitle = \"Handel 2019\"\npublisher = \"Stuttgarter Nachrichten\"\nkind = \"news\"\nurl = \"https://www.stuttgarter-nachrichten.de/handel\"\n";
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
                "series/trade.toml:21: sources.stn.url: \"www.stuttgarter-nachrichten.de/handel\" is not a web address",
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

    #[test]
    fn values_do_not_rest_on_copies_alone() {
        let mirror = "\n[sources.mirror]\ntitle = \"Handel, kopiert\"\npublisher = \"Portal\"\nkind = \"copy\"\nurl = \"https://www.example.org/handel\"\n";
        let text = format!("{SERIES}{mirror}");
        let copied = "year,value,status,source,note_de,note_zh,note_en\n2019,205.7,estimate,mirror,,,\n2020,212.1,estimate,mirror,,,\n";
        let (_, found) = check(&[("series/trade.toml", &text), ("series/trade.csv", copied)]);
        assert_eq!(
            found,
            ["series/trade.toml:23: sources.mirror: every value of the series rests on a copy (kind = \"copy\"); a copy is kept only beside its original"]
        );
        // One value from the original beside them is enough; a copy nobody uses is no matter.
        let beside = format!("{copied}2021,245.4,reported,stn,,,\n");
        let (_, found) = check(&[("series/trade.toml", &text), ("series/trade.csv", &beside)]);
        assert!(found.is_empty(), "{found:?}");
        let (_, found) = check(&[("series/trade.toml", &text), ("series/trade.csv", VALUES)]);
        assert!(found.is_empty(), "{found:?}");
    }
}
