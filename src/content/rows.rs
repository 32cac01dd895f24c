//! The rows of a CSV file (RFC 4180: commas, double quotes, doubled quotes inside quotes), read
//! with the `csv` crate, each with the line it starts on, so problems can name it.
//!
//! A spreadsheet saved in a German setting separates columns with semicolons (the comma is its
//! decimal sign), and Excel's "CSV UTF-8" starts the file with a byte-order mark: the separator
//! is told from the first line, and the mark is left out.

use super::problem::Locator;

/// One record and the 1-based line it starts on.
#[derive(Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// An unclosed quote, with the line it opened on.
#[derive(Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
}

/// Appended to the text as a last line of its own. The `csv` crate reads an unclosed quote to
/// the end of the file without complaint; when this line comes back as a record of its own,
/// every quote was closed, and when it does not, a quote swallowed it.
const END: &str = "\u{1}end of the values\u{1}";

/// What separates the columns of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Separator {
    /// `,` with a decimal point: `205.7`.
    Comma,
    /// `;`, as a spreadsheet in a German setting saves: with a decimal comma, `205,7`.
    Semicolon,
}

impl Separator {
    /// The separator of `text`, told from its first line that is not blank: semicolons when it
    /// has more of them than commas, else commas.
    pub fn of(text: &str) -> Separator {
        let first = without_bom(text)
            .lines()
            .find(|line| !line.trim().is_empty())
            .unwrap_or_default();
        if first.matches(';').count() > first.matches(',').count() {
            Separator::Semicolon
        } else {
            Separator::Comma
        }
    }

    /// The separator as a character.
    pub fn char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
        }
    }
}

/// `text` without the byte-order mark a spreadsheet may start it with.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Every non-empty record of a comma-separated `text`.
pub fn parse(text: &str) -> Result<Vec<Record>, CsvError> {
    parse_with(text, Separator::Comma)
}

/// Every non-empty record of `text`, its columns separated by `separator` (rows of blank fields
/// only, such as `,,`, are left out). A byte-order mark and Windows line ends are read.
pub fn parse_with(text: &str, separator: Separator) -> Result<Vec<Record>, CsvError> {
    let whole = format!("{}\n{END}", without_bom(text));
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(separator.char() as u8)
        // The loader checks the header itself, to tell the curator what it should be.
        .has_headers(false)
        // A row with too many or too few fields is the loader's problem to report, not an error.
        .flexible(true)
        .from_reader(whole.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        // The text is already UTF-8 and in memory: reading it cannot fail.
        let Ok(record) = record else { continue };
        let line = record
            .position()
            .map_or(1, |position| line_of(&whole, position.byte()));
        let fields: Vec<String> = record.iter().map(str::to_string).collect();
        records.push(Record { line, fields });
    }
    match records.pop() {
        Some(last) if last.fields == [END] => {}
        Some(last) => {
            // The last field is the one left open; fields before it may span lines themselves.
            let before = last.fields.len().saturating_sub(1);
            let newlines: usize = last.fields[..before]
                .iter()
                .map(|field| field.matches('\n').count())
                .sum();
            return Err(CsvError {
                line: last.line + newlines,
            });
        }
        None => {}
    }
    records.retain(|record| record.fields.iter().any(|f| !f.trim().is_empty()));
    Ok(records)
}

/// The 1-based line of the record starting at `byte`. The `csv` crate gives the position where
/// it began looking, before the empty lines it skipped: those are stepped over here.
fn line_of(text: &str, byte: u64) -> usize {
    let start = usize::try_from(byte).unwrap_or(text.len()).min(text.len());
    let skipped = text.as_bytes()[start..]
        .iter()
        .take_while(|&&b| b == b'\n' || b == b'\r')
        .count();
    Locator::new(text).line_at(start + skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_commas_and_lines() {
        let records = parse("a,b\n1,\"x, \"\"y\"\"\"\n\n2,\"two\nlines\"\n3,z").expect("valid CSV");
        assert_eq!(records.len(), 4);
        assert_eq!(records[1].fields, ["1", "x, \"y\""]);
        assert_eq!(records[2].line, 4);
        assert_eq!(records[2].fields[1], "two\nlines");
        assert_eq!(records[3].line, 6);
    }

    #[test]
    fn an_unclosed_quote_names_its_line() {
        assert_eq!(parse("a,b\n1,\"open\n2,3"), Err(CsvError { line: 2 }));
        assert_eq!(
            parse("a,b,c\n1,\"two\nlines\",\"open\n2,3"),
            Err(CsvError { line: 3 })
        );
    }

    #[test]
    fn blank_lines_windows_line_ends_and_a_spreadsheet_bom_are_read() {
        let records = parse("\u{feff}a,b\r\n\r\n\n1,2\r\n,\n3,4").expect("valid CSV");
        assert_eq!(records[0].fields, ["a", "b"]);
        let lines: Vec<usize> = records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [1, 4, 6]);
        assert_eq!(parse(""), Ok(Vec::new()));
        // The mark is left out whatever the separator, and never becomes part of a name.
        let records = parse_with(
            "\u{feff}year;value\r\n2019;\"205,7\"\r\n",
            Separator::Semicolon,
        )
        .expect("valid CSV");
        assert_eq!(records[0].fields, ["year", "value"]);
        assert_eq!(records[1].fields, ["2019", "205,7"]);
        assert_eq!(records[1].line, 2);
        assert_eq!(
            parse("a,b\n"),
            Ok(vec![Record {
                line: 1,
                fields: vec!["a".into(), "b".into()]
            }])
        );
    }

    #[test]
    fn the_separator_is_told_from_the_first_line() {
        let german = "\u{feff}year;value;status;source;note_de;note_zh;note_en\r\n2019;205,7;reported;stn;;;\r\n";
        assert_eq!(Separator::of(german), Separator::Semicolon);
        let records = parse_with(german, Separator::of(german)).expect("valid CSV");
        assert_eq!(records[0].fields.len(), 7);
        assert_eq!(records[1].fields[1], "205,7");
        assert_eq!(
            Separator::of("\n\nyear,value,status\n2019,\"a; b\",x\n"),
            Separator::Comma
        );
        // A note with semicolons in a later line does not decide.
        assert_eq!(Separator::of("year,value\n2019;1;2;3\n"), Separator::Comma);
        assert_eq!(Separator::of("year\tvalue\n"), Separator::Comma);
        assert_eq!(Separator::of(""), Separator::Comma);
    }
}
