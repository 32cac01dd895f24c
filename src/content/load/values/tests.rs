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
    let (_, found) = check(
        "2019,205.7,reported,stn,,,\n2020,212.1,reported,stn,\"open,,\n2021,1,reported,stn,,,\n",
    );
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
