//! A data series' values (series/<id>.csv): one row per year with value, status, source and
//! an optional note in three languages.

use std::collections::HashMap;

use super::super::model::*;
use super::super::rows;
use super::texts::NOTE_MAX;
use super::Loader;
use crate::i18n::Lang;

const CSV_HEADER: [&str; 7] = [
    "year", "value", "status", "source", "note_de", "note_zh", "note_en",
];

impl Loader<'_> {
    pub(super) fn points(&mut self, file: &str, source_keys: &[String]) -> Vec<DataPoint> {
        let Some(text) = self.files.files.get(file) else {
            self.problem(
                file,
                1,
                "",
                "the series has no values file".into(),
                "add a CSV file with the same name as the series' .toml file",
            );
            return Vec::new();
        };
        let records = match rows::parse(text) {
            Ok(records) => records,
            Err(error) => {
                self.problem(
                    file,
                    error.line,
                    "",
                    "a quote opened on this line is never closed".into(),
                    "close the field with a double quote; write a quote inside a field as two quotes \"\"",
                );
                return Vec::new();
            }
        };
        let mut rows = records.into_iter();
        match rows.next() {
            Some(header)
                if header
                    .fields
                    .iter()
                    .map(|f| f.trim())
                    .eq(CSV_HEADER.iter().copied()) => {}
            header => {
                self.problem(
                    file,
                    header.map_or(1, |h| h.line),
                    "",
                    "the first line does not name the expected columns".into(),
                    &format!("make the first line exactly: {}", CSV_HEADER.join(",")),
                );
                return Vec::new();
            }
        }
        let mut points: Vec<DataPoint> = Vec::new();
        let mut years = HashMap::new();
        for row in rows {
            let line = row.line;
            if row.fields.len() != CSV_HEADER.len() {
                self.problem(
                    file,
                    line,
                    "",
                    format!(
                        "the row has {} columns, the header {}",
                        row.fields.len(),
                        CSV_HEADER.len()
                    ),
                    "put a field in double quotes when it contains a comma; leave empty notes as ,,",
                );
                continue;
            }
            let field = |i: usize| row.fields[i].trim();
            let year = match field(0).parse::<i32>() {
                Ok(year) if (SPAN.0..=SPAN.1).contains(&year) => Some(year),
                Ok(year) => {
                    self.problem(
                        file,
                        line,
                        "year",
                        format!(
                            "{year} lies outside the exhibit's span {}–{}",
                            SPAN.0, SPAN.1
                        ),
                        "use a year within the span",
                    );
                    None
                }
                Err(_) => {
                    self.problem(
                        file,
                        line,
                        "year",
                        format!("\"{}\" is not a year", field(0)),
                        "write the year with four digits, like 2019",
                    );
                    None
                }
            };
            if let Some(year) = year {
                if let Some(first) = years.insert(year, line) {
                    self.problem(
                        file,
                        line,
                        "year",
                        format!("{year} has a value already (line {first})"),
                        "keep one row per year; explain a second figure in the note",
                    );
                }
            }
            let value = match field(1).parse::<f64>() {
                Ok(value) if value.is_finite() && value >= 0.0 => Some(value),
                Ok(_) => {
                    self.problem(
                        file,
                        line,
                        "value",
                        format!("{} is negative or not a finite number", field(1)),
                        "values are amounts or counts, zero or more",
                    );
                    None
                }
                Err(_) if field(1).is_empty() => {
                    self.problem(
                        file,
                        line,
                        "value",
                        "the value is empty".into(),
                        "leave a year without a figure out altogether: a missing year is shown as a gap",
                    );
                    None
                }
                Err(_) => {
                    self.problem(
                        file,
                        line,
                        "value",
                        format!("\"{}\" is not a number", field(1)),
                        "write digits with a dot for decimals and no thousands separator, like 205.7",
                    );
                    None
                }
            };
            let status = match field(2) {
                "reported" => Some(Status::Reported),
                "provisional" => Some(Status::Provisional),
                "revised" => Some(Status::Revised),
                "estimate" => Some(Status::Estimate),
                other => {
                    self.problem(
                        file,
                        line,
                        "status",
                        format!("\"{other}\" is not a status"),
                        "use reported, provisional, revised or estimate",
                    );
                    None
                }
            };
            let source = match source_keys.iter().position(|key| key == field(3)) {
                Some(index) => Some(index),
                None if field(3).is_empty() => {
                    self.problem(
                        file,
                        line,
                        "source",
                        "the value has no source".into(),
                        "name one of the sources of the series' .toml file in the source column",
                    );
                    None
                }
                None => {
                    self.problem(
                        file,
                        line,
                        "source",
                        format!(
                            "there is no source \"{}\" in the series' .toml file",
                            field(3)
                        ),
                        &format!("use one of: {}", source_keys.join(", ")),
                    );
                    None
                }
            };
            let notes = [field(4), field(5), field(6)];
            let note = if notes.iter().all(|n| n.is_empty()) {
                None
            } else if notes.iter().any(|n| n.is_empty()) {
                self.problem(
                    file,
                    line,
                    "note",
                    "the note is missing in one language".into(),
                    "write the note in German, Chinese and English, or leave all three empty",
                );
                None
            } else {
                for (lang, note) in Lang::ALL.into_iter().zip(notes) {
                    let limit = if lang == Lang::Zh {
                        NOTE_MAX.1
                    } else {
                        NOTE_MAX.0
                    };
                    let length = note.chars().count();
                    if length > limit {
                        self.problem(
                            file,
                            line,
                            &format!("note_{}", lang.code()),
                            format!("the note has {length} characters; at most {limit} fit"),
                            "shorten it",
                        );
                    }
                    if let Some(coverage) = &self.files.font_coverage {
                        if let Some(c) = note
                            .chars()
                            .find(|c| !c.is_whitespace() && !coverage.contains(c))
                        {
                            self.problem(
                                file,
                                line,
                                &format!("note_{}", lang.code()),
                                format!("the bundled fonts cannot show \"{c}\" (U+{:04X})", u32::from(c)),
                                "replace the character, or run `bash scripts/build-fonts.sh` to add it to the fonts",
                            );
                        }
                    }
                }
                Some(Text {
                    de: notes[0].to_string(),
                    zh: notes[1].to_string(),
                    en: notes[2].to_string(),
                })
            };
            if let (Some(year), Some(value), Some(status), Some(source)) =
                (year, value, status, source)
            {
                points.push(DataPoint {
                    year,
                    value,
                    status,
                    source,
                    note,
                });
            }
        }
        points.sort_by_key(|point| point.year);
        points
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{coverage, files, run};
    use super::*;

    const HEADER: &str = "year,value,status,source,note_de,note_zh,note_en\n";

    fn check(rows: &str) -> (Vec<DataPoint>, Vec<String>) {
        let text = format!("{HEADER}{rows}");
        let keys = ["stn".to_string(), "destatis".to_string()];
        run(&files(&[("series/trade.csv", &text)]), |loader| {
            loader.points("series/trade.csv", &keys)
        })
    }

    #[test]
    fn rows_become_points_sorted_by_year_with_notes() {
        let (points, found) = check(
            "2020,212.1,revised,destatis,\"Zuerst „212,0“.\",\"最初为212.0。\",\"First \"\"212.0\"\".\"\n2019,205.7,reported,stn,,,\n",
        );
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(points[0].year, 2019);
        assert_eq!(points[1].source, 1);
        assert_eq!(points[1].status, Status::Revised);
        let note = points[1].note.as_ref().expect("a note");
        assert_eq!(note.de, "Zuerst „212,0“.");
        assert_eq!(note.en, "First \"212.0\".");
    }

    #[test]
    fn each_column_is_checked_on_its_row() {
        let (points, found) = check(
            "1980,1,reported,stn,,,\n2019,zweihundert,reported,stn,,,\n2019,-2,final,,,,\n2020,,estimate,destatis,,,\n2021,205,7,reported,stn,,,\n2022,1,reported,wiki,,,\n",
        );
        assert!(points.is_empty());
        assert_eq!(
            found,
            [
                "series/trade.csv:2: year: 1980 lies outside the exhibit's span 1986–2026",
                "series/trade.csv:3: value: \"zweihundert\" is not a number",
                "series/trade.csv:4: year: 2019 has a value already (line 3)",
                "series/trade.csv:4: value: -2 is negative or not a finite number",
                "series/trade.csv:4: status: \"final\" is not a status",
                "series/trade.csv:4: source: the value has no source",
                "series/trade.csv:5: value: the value is empty",
                "series/trade.csv:6: the row has 8 columns, the header 7",
                "series/trade.csv:7: source: there is no source \"wiki\" in the series' .toml file",
            ]
        );
    }

    #[test]
    fn notes_are_in_three_languages_and_fit_the_card() {
        let long = "x".repeat(NOTE_MAX.0 + 1);
        let (_, found) = check(&format!(
            "2019,205.7,reported,stn,Nur de,,\n2020,212.1,reported,stn,{long},短,short\n"
        ));
        assert_eq!(
            found,
            [
                "series/trade.csv:2: note: the note is missing in one language",
                "series/trade.csv:3: note_de: the note has 161 characters; at most 160 fit",
            ]
        );
    }

    #[test]
    fn note_characters_the_fonts_lack_are_named() {
        let mut content = files(&[(
            "series/trade.csv",
            &format!("{HEADER}2019,205.7,reported,stn,Notiz,注,note 🎉\n"),
        )]);
        content.font_coverage = coverage("Notiz注note");
        let (_, found) = run(&content, |loader| {
            loader.points("series/trade.csv", &["stn".to_string()])
        });
        assert_eq!(
            found,
            ["series/trade.csv:2: note_en: the bundled fonts cannot show \"🎉\" (U+1F389)"]
        );
    }

    #[test]
    fn a_broken_header_or_quote_stops_the_file() {
        let (_, found) = run(
            &files(&[("series/trade.csv", "year;value\n2019;205.7\n")]),
            |loader| loader.points("series/trade.csv", &[]),
        );
        assert_eq!(
            found,
            ["series/trade.csv:1: the first line does not name the expected columns"]
        );
        let (_, found) = check("2019,205.7,reported,stn,,,\n2020,212.1,reported,stn,\"open,,\n2021,1,reported,stn,,,\n");
        assert_eq!(
            found,
            ["series/trade.csv:3: a quote opened on this line is never closed"]
        );
    }
}
