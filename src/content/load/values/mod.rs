//! A data series' values (series/<id>.csv): one row per year with value, status, source and
//! an optional note in three languages.

use std::collections::HashMap;

use super::super::model::*;
use super::super::problem::Locator;
use super::super::rows::{self, Separator};
use super::numbers::{german_number, judge_value, read_value};
use super::texts::NOTE_MAX;
use super::Loader;
use crate::i18n::Lang;

const CSV_HEADER: [&str; 7] = [
    "year", "value", "status", "source", "note_de", "note_zh", "note_en",
];

/// How to save a spreadsheet so the check can read it.
const SAVE_AS: &str = "save it again as \"CSV UTF-8 (comma delimited)\" (German Excel: \"CSV UTF-8 (durch Trennzeichen getrennt)\"); commas or semicolons both work";

/// How far a value may stand from the nearest year's value without a note: five times more
/// or less.
const JUMP: f64 = 5.0;

/// A value read from a row, with what the checks after the row need.
struct Row {
    point: DataPoint,
    line: usize,
    written: String,
}

impl Loader<'_> {
    /// The values of a series from its CSV file; `sources` are the keys of the series' sources
    /// and their kinds (`None` when not readable), `scale` what 1 means.
    pub(super) fn points(
        &mut self,
        file: &str,
        sources: &[(String, Option<SourceKind>)],
        scale: f64,
    ) -> Vec<DataPoint> {
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
        if text.contains('\0') {
            self.problem(
                file,
                1,
                "",
                "the file is saved as UTF-16 (Excel's \"Unicode text\"), not as UTF-8".into(),
                SAVE_AS,
            );
            return Vec::new();
        }
        if let Some(at) = text.find('\u{FFFD}') {
            self.problem(
                file,
                Locator::new(text).line_at(at),
                "",
                "the file is not saved as UTF-8: a character on this line (an umlaut, say) is in another encoding, probably Windows-1252 (Excel's plain \"CSV\")".into(),
                SAVE_AS,
            );
            return Vec::new();
        }
        let separator = Separator::of(text);
        let records = match rows::parse_with(text, separator) {
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
        let header = rows.next();
        if !header.as_ref().is_some_and(|header| {
            header
                .fields
                .iter()
                .map(|f| f.trim())
                .eq(CSV_HEADER.iter().copied())
        }) {
            self.header_problem(file, header.as_ref());
            return Vec::new();
        }
        let mut read: Vec<Row> = Vec::new();
        let mut years = HashMap::new();
        for row in rows {
            let line = row.line;
            if row.fields.len() != CSV_HEADER.len() {
                let (message, fix) = wrong_width(&row.fields, separator);
                self.problem(file, line, "", message, &fix);
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
            let value = match read_value(field(1), separator) {
                Ok(value) => match judge_value(field(1), value, scale) {
                    Ok(value) => Some(value),
                    Err((message, fix)) => {
                        self.problem(file, line, "value", message, fix);
                        None
                    }
                },
                Err((message, fix)) => {
                    self.problem(file, line, "value", message, &fix);
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
            let source = match sources.iter().position(|(key, _)| key == field(3)) {
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
                    let keys: Vec<&str> = sources.iter().map(|(key, _)| key.as_str()).collect();
                    self.problem(
                        file,
                        line,
                        "source",
                        format!(
                            "there is no source \"{}\" in the series' .toml file",
                            field(3)
                        ),
                        &format!("use one of: {}", keys.join(", ")),
                    );
                    None
                }
            };
            if let (Some(status), Some(index)) = (status, source) {
                let (key, kind) = &sources[index];
                let what = match kind {
                    Some(SourceKind::Copy) => Some("a copy"),
                    Some(SourceKind::PressRelease) => Some("a press release"),
                    _ => None,
                };
                if let (Some(what), false) = (what, status == Status::Estimate) {
                    self.problem(
                        file,
                        line,
                        "status",
                        format!(
                            "the value rests on {what} (source \"{key}\"), so its status must be estimate, not {}",
                            status.code()
                        ),
                        "set the status to estimate, or name a source that is official statistics, a government or news for this value",
                    );
                }
            }
            let note = self.note(file, line, [field(4), field(5), field(6)]);
            if let (Some(year), Some(value), Some(status), Some(source)) =
                (year, value, status, source)
            {
                read.push(Row {
                    point: DataPoint {
                        year,
                        value,
                        status,
                        source,
                        note,
                    },
                    line,
                    written: field(1).to_string(),
                });
            }
        }
        read.sort_by_key(|row| row.point.year);
        self.check_jumps(file, &read);
        read.into_iter().map(|row| row.point).collect()
    }

    /// Why the first line is not the header: tabs, or which name is not the expected one.
    fn header_problem(&mut self, file: &str, header: Option<&rows::Record>) {
        let line = header.map_or(1, |h| h.line);
        let expected = CSV_HEADER.join(",");
        let fields: Vec<&str> = header
            .map(|h| h.fields.iter().map(|f| f.trim()).collect())
            .unwrap_or_default();
        if fields.len() == 1 && fields[0].contains('\t') {
            self.problem(
                file,
                line,
                "",
                "the columns are separated by tabs (a spreadsheet's \"Text (tab delimited)\"), not by commas or semicolons".into(),
                SAVE_AS,
            );
            return;
        }
        let detail = match fields
            .iter()
            .zip(CSV_HEADER)
            .find(|(written, expected)| *written != expected)
        {
            _ if fields.is_empty() => String::from(" (the file is empty)"),
            Some((written, expected)) => {
                format!(" (\"{written}\" stands where \"{expected}\" belongs)")
            }
            None => format!(
                " (it names {} columns, not {})",
                fields.len(),
                CSV_HEADER.len()
            ),
        };
        self.problem(
            file,
            line,
            "",
            format!("the first line does not name the expected columns{detail}"),
            &format!("make the first line exactly: {expected} (or the same with semicolons)"),
        );
    }

    /// A row's note: none, or the same note in all three languages, each fitting a card.
    fn note(&mut self, file: &str, line: usize, notes: [&str; 3]) -> Option<Text> {
        if notes.iter().all(|n| n.is_empty()) {
            return None;
        }
        if notes.iter().any(|n| n.is_empty()) {
            self.problem(
                file,
                line,
                "note",
                "the note is missing in one language".into(),
                "write the note in German, Chinese and English, or leave all three empty",
            );
            return None;
        }
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
    }

    /// A value more than five times, or less than a fifth of, the value of the nearest year
    /// (the earlier one when two are as near) needs a note saying why. `rows` are sorted.
    fn check_jumps(&mut self, file: &str, rows: &[Row]) {
        for (i, row) in rows.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| &rows[j]);
            let after = rows.get(i + 1);
            let distance = |other: &Row| (other.point.year - row.point.year).abs();
            let nearest = match (before, after) {
                (Some(b), Some(a)) if distance(a) < distance(b) => a,
                (Some(b), _) => b,
                (None, Some(a)) => a,
                (None, None) => continue,
            };
            if row.point.note.is_some() {
                continue;
            }
            let (value, other) = (row.point.value, nearest.point.value);
            let how = if value > JUMP * other {
                "more than five times"
            } else if value * JUMP < other {
                "less than a fifth of"
            } else {
                continue;
            };
            self.problem(
                file,
                row.line,
                "value",
                format!(
                    "{} is {how} the value of {}, the nearest year ({}), and no note says why",
                    row.written, nearest.point.year, nearest.written
                ),
                "check the digits and the series' scale; if the figure is right, say why in note_de, note_zh and note_en (a single large investment, say)",
            );
        }
    }
}

/// The number a value column holds, as written in a file with this separator, or what is
/// wrong with it and how to fix it.
///
/// A row with another number of columns than the header; told why when a number seems to
/// be split at its decimal comma.
fn wrong_width(fields: &[String], separator: Separator) -> (String, String) {
    let mut message = format!(
        "the row has {} columns, the header {}",
        fields.len(),
        CSV_HEADER.len()
    );
    let mut fix = format!(
        "put a field in double quotes when it contains a {}; leave empty notes as {}",
        match separator {
            Separator::Comma => "comma",
            Separator::Semicolon => "semicolon",
        },
        String::from(separator.char()).repeat(2)
    );
    let numeric = |f: &str| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    if separator == Separator::Comma
        && fields.len() > CSV_HEADER.len()
        && numeric(fields[1].trim())
        && fields[2].trim().bytes().all(|b| b.is_ascii_digit())
        && !fields[2].trim().is_empty()
    {
        let written = format!("{},{}", fields[1].trim(), fields[2].trim());
        message = format!("{message}: the value \"{written}\" seems written with a decimal comma");
        fix = match german_number(&written) {
            Some(Ok(value)) => format!("in a comma-separated file write decimals with a dot and no thousands separator: {value}"),
            _ => "in a comma-separated file write decimals with a dot and no thousands separator, like 205.7".into(),
        };
    }
    (message, fix)
}

#[cfg(test)]
mod tests;
