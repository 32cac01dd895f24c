//! A data series' values (series/<id>.csv): one row per year with value, status, source and
//! an optional note in three languages.

use std::collections::HashMap;

use super::super::model::*;
use super::super::problem::Locator;
use super::super::rows::{self, Separator};
use super::texts::NOTE_MAX;
use super::Loader;
use crate::i18n::Lang;

const CSV_HEADER: [&str; 7] = [
    "year", "value", "status", "source", "note_de", "note_zh", "note_en",
];

/// How to save a spreadsheet so the check can read it.
const SAVE_AS: &str = "save it again as \"CSV UTF-8 (comma delimited)\" (German Excel: \"CSV UTF-8 (durch Trennzeichen getrennt)\"); commas or semicolons both work";

/// A value times its series' scale may be at most this: a thousand trillion (10^15), more than
/// ten times the world's yearly output. Anything larger is a slip of the keyboard.
const LARGEST: f64 = 1e15;

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
/// With commas between columns a number takes a decimal point and no thousands separator
/// (`1234.5`). With semicolons (a spreadsheet in a German setting) it takes a decimal comma
/// (`1234,5`) and may group thousands with dots (`1.234,5`, `1.234.567`) — except a single
/// dot group without a comma (`2.900`), which could as well be 2.9 and is refused.
fn read_value(text: &str, separator: Separator) -> Result<f64, (String, String)> {
    if text.is_empty() {
        return Err((
            "the value is empty".into(),
            "leave a year without a figure out altogether: a missing year is shown as a gap".into(),
        ));
    }
    let not_a_number = || {
        (
            format!("\"{text}\" is not a number"),
            "write digits with a dot for decimals and no thousands separator, like 205.7"
                .to_string(),
        )
    };
    match separator {
        Separator::Comma => {
            if let Ok(value) = text.parse::<f64>() {
                return Ok(value);
            }
            if !text.contains(',') || !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
                return Err(not_a_number());
            }
            let fix = match german_number(text) {
                Some(Ok(value)) => format!("in a comma-separated file write it with a decimal point and no thousands separator: {value}"),
                _ => "in a comma-separated file a number has no comma: a dot for decimals and no thousands separator, like 1234.5".into(),
            };
            Err((
                format!("\"{text}\" is not a number in a comma-separated file: it has a comma (a decimal comma or a thousands separator)"),
                fix,
            ))
        }
        Separator::Semicolon => match german_number(text) {
            Some(Ok(value)) => Ok(value),
            Some(Err(())) => {
                let thousands = text.replace('.', "");
                let decimal = text.parse::<f64>().unwrap_or_default();
                Err((
                    format!("\"{text}\" is ambiguous: {thousands} with a dot between the thousands, or {decimal} with a decimal point"),
                    format!("in a semicolon-separated file write decimals with a comma and leave out thousands separators: {thousands}, or {}", format!("{decimal}").replace('.', ",")),
                ))
            }
            None if text.contains('.') && !text.contains(',') && text.parse::<f64>().is_ok_and(f64::is_finite) => Err((
                format!("\"{text}\" has a decimal point, but in a semicolon-separated file decimals take a comma"),
                format!("write {}", text.replace('.', ",")),
            )),
            // Signs, exponents, "inf" and the like: read, and judged after.
            None => text.replace(',', ".").parse::<f64>().map_err(|_| {
                (
                    format!("\"{text}\" is not a number"),
                    "in a semicolon-separated file write digits with a decimal comma and no thousands separator, like 205,7".to_string(),
                )
            }),
        },
    }
}

/// A number written the German way: digits, dots between groups of three, a decimal comma.
/// `None` when it is not written so; `Some(Err)` for one dot group and no comma (`2.900`),
/// which reads as well as a decimal point.
fn german_number(text: &str) -> Option<Result<f64, ()>> {
    let (whole, fraction) = match text.split_once(',') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if fraction.is_some_and(|f| !digits(f)) {
        return None;
    }
    let groups: Vec<&str> = whole.split('.').collect();
    let grouped = groups.len() > 1;
    let well_grouped = digits(groups[0])
        && (!grouped || groups[0].len() <= 3)
        && groups[1..].iter().all(|g| g.len() == 3 && digits(g));
    if !well_grouped {
        return None;
    }
    if groups.len() == 2 && fraction.is_none() {
        return Some(Err(()));
    }
    let plain = format!("{}.{}", groups.concat(), fraction.unwrap_or("0"));
    plain.parse::<f64>().ok().map(Ok)
}

/// A number read from the value column, if it can be a yearly figure: zero or more, finite,
/// and not absurdly large once the series' `scale` is applied.
fn judge_value(text: &str, value: f64, scale: f64) -> Result<f64, (String, &'static str)> {
    if value.is_nan() || value.is_infinite() {
        Err((
            format!("\"{text}\" is not a finite number"),
            "write the figure in digits, like 205.7",
        ))
    } else if value < 0.0 {
        Err((
            format!("{text} is negative"),
            "values are amounts or counts, zero or more",
        ))
    } else if value * scale > LARGEST {
        Err((
            format!("{text} is absurdly large: times the series' scale it is more than a thousand trillion (10^15)"),
            "check the digits and the scale in the series' .toml file (1, 1000000 or 1000000000)",
        ))
    } else {
        Ok(value)
    }
}

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
mod tests {
    use super::super::testing::{coverage, files, run};
    use super::*;

    const HEADER: &str = "year,value,status,source,note_de,note_zh,note_en\n";

    fn check(rows: &str) -> (Vec<DataPoint>, Vec<String>) {
        let text = format!("{HEADER}{rows}");
        read("series/trade.csv", &text)
    }

    /// The series' sources: news, official statistics, a copy and a press release.
    fn sources() -> Vec<(String, Option<SourceKind>)> {
        [
            ("stn", SourceKind::News),
            ("destatis", SourceKind::OfficialStatistics),
            ("mirror", SourceKind::Copy),
            ("release", SourceKind::PressRelease),
        ]
        .into_iter()
        .map(|(key, kind)| (key.to_string(), Some(kind)))
        .collect()
    }

    /// Reads one values file of a series in billions.
    fn read(file: &str, text: &str) -> (Vec<DataPoint>, Vec<String>) {
        run(&files(&[(file, text)]), |loader| {
            loader.points(file, &sources(), 1e9)
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
                "series/trade.csv:4: value: -2 is negative",
                "series/trade.csv:4: status: \"final\" is not a status",
                "series/trade.csv:4: source: the value has no source",
                "series/trade.csv:5: value: the value is empty",
                "series/trade.csv:6: the row has 8 columns, the header 7: the value \"205,7\" seems written with a decimal comma",
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
            loader.points("series/trade.csv", &sources(), 1.0)
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
            |loader| loader.points("series/trade.csv", &[], 1.0),
        );
        assert_eq!(
            found,
            ["series/trade.csv:1: the first line does not name the expected columns (it names 2 columns, not 7)"]
        );
        let (_, found) = read(
            "series/trade.csv",
            "jahr,value,status,source,note_de,note_zh,note_en\n",
        );
        assert_eq!(
            found,
            ["series/trade.csv:1: the first line does not name the expected columns (\"jahr\" stands where \"year\" belongs)"]
        );
        let (_, found) = check("2019,205.7,reported,stn,,,\n2020,212.1,reported,stn,\"open,,\n2021,1,reported,stn,,,\n");
        assert_eq!(
            found,
            ["series/trade.csv:3: a quote opened on this line is never closed"]
        );
    }

    /// The rows of `check`'s test as German Excel saves them: a byte-order mark, semicolons,
    /// decimal commas, Windows line ends, and quotes only where a field holds a semicolon.
    const GERMAN: &str = "\u{feff}year;value;status;source;note_de;note_zh;note_en\r\n2020;212,1;revised;destatis;Zuerst „212,0“.;最初为212.0。;\"First \"\"212.0\"\"; later 212.1.\"\r\n2019;205,7;reported;stn;;;\r\n";

    #[test]
    fn a_german_excel_file_is_read_like_a_comma_separated_one() {
        let (points, found) = read("series/trade.csv", GERMAN);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(points.len(), 2);
        assert_eq!((points[0].year, points[0].value), (2019, 205.7));
        assert_eq!((points[1].year, points[1].value), (2020, 212.1));
        let note = points[1].note.as_ref().expect("a note");
        assert_eq!(note.de, "Zuerst „212,0“.");
        assert_eq!(note.en, "First \"212.0\"; later 212.1.");
    }

    #[test]
    fn a_header_that_looks_right_is_never_refused() {
        let comma = format!("{HEADER}2019,205.7,reported,stn,,,\n");
        let semicolon = comma.replace(',', ";").replace("205.7", "205,7");
        for (what, text) in [
            ("plain", comma.clone()),
            ("byte-order mark", format!("\u{feff}{comma}")),
            ("Windows line ends", comma.replace('\n', "\r\n")),
            ("semicolons", semicolon.clone()),
            ("semicolons and a mark", format!("\u{feff}{semicolon}")),
            (
                "all three",
                format!("\u{feff}{}", semicolon.replace('\n', "\r\n")),
            ),
            ("blank lines first", format!("\n\r\n{semicolon}")),
            ("spaces around names", comma.replace(",value,", ", value ,")),
        ] {
            let (points, found) = read("series/trade.csv", &text);
            assert!(found.is_empty(), "{what}: {found:?}");
            assert_eq!(points[0].value, 205.7, "{what}");
        }
    }

    #[test]
    fn a_file_that_cannot_be_read_names_the_real_cause() {
        let comma = format!("{HEADER}2019,205.7,reported,stn,,,\n");
        // A tab-separated export.
        let (_, found) = read("series/trade.csv", &comma.replace(',', "\t"));
        assert_eq!(
            found,
            ["series/trade.csv:1: the columns are separated by tabs (a spreadsheet's \"Text (tab delimited)\"), not by commas or semicolons"]
        );
        // UTF-16, as Excel's "Unicode text" saves, read as the files are read: lossily.
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(comma.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let (_, found) = read("series/trade.csv", &String::from_utf8_lossy(&utf16));
        assert_eq!(
            found,
            ["series/trade.csv:1: the file is saved as UTF-16 (Excel's \"Unicode text\"), not as UTF-8"]
        );
        // Windows-1252, as Excel's plain "CSV" saves: "ü" is one byte, 0xFC.
        let mut latin: Vec<u8> = comma.replace(",,,", ",Gr\u{1}n,绿,green").into_bytes();
        let at = latin.iter().position(|&b| b == 1).expect("the marker");
        latin[at] = 0xfc;
        let (_, found) = read("series/trade.csv", &String::from_utf8_lossy(&latin));
        assert_eq!(
            found,
            ["series/trade.csv:2: the file is not saved as UTF-8: a character on this line (an umlaut, say) is in another encoding, probably Windows-1252 (Excel's plain \"CSV\")"]
        );
        // The fix says how to save the file instead.
        let (fix, _) = run(&files(&[("series/trade.csv", "year\tvalue\n")]), |loader| {
            loader.points("series/trade.csv", &[], 1.0);
            loader.problems[0].fix.clone()
        });
        assert!(fix.contains("CSV UTF-8"), "{fix}");
    }

    #[test]
    fn numbers_follow_the_files_separator() {
        use Separator::{Comma, Semicolon};
        for (text, expected) in [
            ("205.7", 205.7),
            ("170", 170.0),
            ("0", 0.0),
            ("1e3", 1000.0),
        ] {
            assert_eq!(read_value(text, Comma), Ok(expected), "{text}");
        }
        for (text, expected) in [
            ("205,7", 205.7),
            ("170", 170.0),
            ("1.234,5", 1234.5),
            ("1.234.567", 1_234_567.0),
            ("12.345.678,25", 12_345_678.25),
            ("2,9E+03", 2900.0),
        ] {
            assert_eq!(read_value(text, Semicolon), Ok(expected), "{text}");
        }
        let message = |text: &str, separator| read_value(text, separator).map_err(|e| e.0);
        let fix = |text: &str, separator| read_value(text, separator).map_err(|e| e.1);
        assert_eq!(
            message("1.234,5", Comma),
            Err("\"1.234,5\" is not a number in a comma-separated file: it has a comma (a decimal comma or a thousands separator)".into())
        );
        assert_eq!(
            fix("1.234,5", Comma),
            Err("in a comma-separated file write it with a decimal point and no thousands separator: 1234.5".into())
        );
        assert_eq!(
            message("2.900", Semicolon),
            Err("\"2.900\" is ambiguous: 2900 with a dot between the thousands, or 2.9 with a decimal point".into())
        );
        assert_eq!(
            fix("2.900", Semicolon),
            Err("in a semicolon-separated file write decimals with a comma and leave out thousands separators: 2900, or 2,9".into())
        );
        assert_eq!(
            message("199.66", Semicolon),
            Err("\"199.66\" has a decimal point, but in a semicolon-separated file decimals take a comma".into())
        );
        assert_eq!(fix("199.66", Semicolon), Err("write 199,66".into()));
        for wrong in ["1.23,4", "12.34.567", "1,2,3", "zweihundert", "12,3.4"] {
            assert_eq!(
                message(wrong, Semicolon),
                Err(format!("\"{wrong}\" is not a number")),
                "{wrong}"
            );
        }
        assert_eq!(
            message("", Semicolon),
            Err("the value is empty".to_string())
        );
    }

    #[test]
    fn a_number_split_at_its_decimal_comma_is_told_so() {
        let (_, found) = check("2019,1.234,5,reported,stn,,,\n");
        assert_eq!(
            found,
            ["series/trade.csv:2: the row has 8 columns, the header 7: the value \"1.234,5\" seems written with a decimal comma"]
        );
        let (fix, _) = run(
            &files(&[(
                "series/trade.csv",
                &format!("{HEADER}2019,205,7,reported,stn,,,\n"),
            )]),
            |loader| {
                loader.points("series/trade.csv", &sources(), 1.0);
                loader.problems[0].fix.clone()
            },
        );
        assert_eq!(
            fix,
            "in a comma-separated file write decimals with a dot and no thousands separator: 205.7"
        );
        // Semicolon files say what to quote.
        let (_, found) = read(
            "series/trade.csv",
            &GERMAN.replace("2019;205,7", "2019;205;7"),
        );
        assert_eq!(
            found,
            ["series/trade.csv:3: the row has 8 columns, the header 7"]
        );
    }

    #[test]
    fn impossible_numbers_are_refused_always() {
        let (points, found) = check(
            "2016,inf,reported,stn,,,\n2017,NaN,reported,stn,,,\n2018,1e308,reported,stn,Ein Grund.,理由。,A reason.\n2019,1000001,reported,stn,,,\n2020,1000000,reported,stn,,,\n",
        );
        assert_eq!(
            found,
            [
                "series/trade.csv:2: value: \"inf\" is not a finite number",
                "series/trade.csv:3: value: \"NaN\" is not a finite number",
                "series/trade.csv:4: value: 1e308 is absurdly large: times the series' scale it is more than a thousand trillion (10^15)",
                "series/trade.csv:5: value: 1000001 is absurdly large: times the series' scale it is more than a thousand trillion (10^15)",
            ]
        );
        assert_eq!(points.len(), 1, "a million billion is the most there is");
    }

    #[test]
    fn a_jump_to_five_times_or_a_fifth_needs_a_note() {
        let (_, found) = check(
            "2010,100,reported,stn,,,\n2011,501,reported,stn,,,\n2012,499,reported,stn,,,\n2015,99,reported,stn,,,\n2016,19,reported,stn,,,\n",
        );
        // 2011 is compared with 2010 (as near as 2012: the earlier counts), 2010 with 2011,
        // 2015 with 2016 and 2016 with 2015: each of a pair needs its note. 2012 is compared
        // with 2011 and lies within five times.
        assert_eq!(
            found,
            [
                "series/trade.csv:2: value: 100 is less than a fifth of the value of 2011, the nearest year (501), and no note says why",
                "series/trade.csv:3: value: 501 is more than five times the value of 2010, the nearest year (100), and no note says why",
                "series/trade.csv:5: value: 99 is more than five times the value of 2016, the nearest year (19), and no note says why",
                "series/trade.csv:6: value: 19 is less than a fifth of the value of 2015, the nearest year (99), and no note says why",
            ]
        );
        // A note says why; exactly five times needs none; a lone value has nothing to compare.
        let (points, found) = check(
            "2010,100,reported,stn,Ein Grund.,理由。,A reason.\n2011,501,reported,stn,Werk gebaut.,建厂。,A plant built.\n2012,100.2,reported,stn,,,\n",
        );
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(points.len(), 3);
        let (_, found) =
            check("2010,100,reported,stn,,,\n2011,500,reported,stn,,,\n2013,0,reported,stn,,,\n");
        assert_eq!(
            found,
            ["series/trade.csv:4: value: 0 is less than a fifth of the value of 2011, the nearest year (500), and no note says why"]
        );
        let (_, found) = check("2010,100,reported,stn,,,\n");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_value_from_a_copy_or_a_press_release_is_an_estimate() {
        let (points, found) = check(
            "2016,170,reported,mirror,,,\n2017,171,provisional,release,,,\n2018,172,estimate,mirror,,,\n2019,173,revised,destatis,,,\n2020,174,estimate,release,,,\n",
        );
        assert_eq!(
            found,
            [
                "series/trade.csv:2: status: the value rests on a copy (source \"mirror\"), so its status must be estimate, not reported",
                "series/trade.csv:3: status: the value rests on a press release (source \"release\"), so its status must be estimate, not provisional",
            ]
        );
        assert_eq!(points.len(), 5, "the values themselves are fine");
        // A source whose kind could not be read is not judged again.
        let (_, found) = run(
            &files(&[(
                "series/trade.csv",
                &format!("{HEADER}2016,170,reported,odd,,,\n"),
            )]),
            |loader| loader.points("series/trade.csv", &[("odd".to_string(), None)], 1.0),
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
