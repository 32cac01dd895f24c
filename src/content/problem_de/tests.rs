use super::*;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|a| a.to_string()).collect()
}

fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| {
        vars.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    }
}

#[test]
fn the_flag_decides_first() {
    let german_env = [("LANG", "de_DE.UTF-8")];
    assert_eq!(
        choose_language(&args(&["assets", "--lang", "de"]), env(&[])),
        Language::German
    );
    assert_eq!(
        choose_language(&args(&["--lang=de"]), env(&[])),
        Language::German
    );
    assert_eq!(
        choose_language(&args(&["--lang", "en"]), env(&german_env)),
        Language::English
    );
    assert_eq!(
        choose_language(&args(&["--lang=en_GB"]), env(&german_env)),
        Language::English
    );
}

#[test]
fn else_the_first_variable_set_decides() {
    assert_eq!(choose_language(&[], env(&[])), Language::English);
    assert_eq!(
        choose_language(&[], env(&[("LANG", "de_DE.UTF-8")])),
        Language::German
    );
    assert_eq!(
        choose_language(&[], env(&[("LANG", "en_US.UTF-8")])),
        Language::English
    );
    assert_eq!(
        choose_language(&[], env(&[("LANG", "C.UTF-8")])),
        Language::English
    );
    // LANGUAGE before LC_ALL before LC_MESSAGES before LANG; empty ones do not count.
    assert_eq!(
        choose_language(
            &[],
            env(&[("LANGUAGE", "de:en"), ("LC_ALL", "en_US.UTF-8")])
        ),
        Language::German
    );
    assert_eq!(
        choose_language(
            &[],
            env(&[
                ("LANGUAGE", ""),
                ("LC_ALL", "en_US.UTF-8"),
                ("LANG", "de_DE")
            ])
        ),
        Language::English
    );
    assert_eq!(
        choose_language(
            &[],
            env(&[("LC_MESSAGES", "de_AT.UTF-8"), ("LANG", "en_US")])
        ),
        Language::German
    );
}

#[test]
fn the_flag_is_not_taken_for_the_assets_folder() {
    assert_eq!(
        without_lang_flag(&args(&["--lang", "de", "assets", "--lang=en", "--charset"])),
        args(&["assets", "--charset"])
    );
}

#[test]
fn templates_carry_their_parts_over() {
    assert_eq!(
        german("\"www.stuttgart.de\" is not a web address").as_deref(),
        Some("„www.stuttgart.de“ ist keine Webadresse")
    );
    assert_eq!(
        german("\"2019-02-30\" is not a real date: 2019-02 has 28 days").as_deref(),
        Some("„2019-02-30“ ist kein echtes Datum: 2019-02 hat 28 Tage")
    );
    assert_eq!(
        german("use one of: culture, business (see categories.toml)").as_deref(),
        Some("Verwenden Sie einen dieser Werte: culture, business (siehe categories.toml)")
    );
    assert_eq!(german("something new"), None);
}

#[test]
fn german_may_reorder_the_parts() {
    assert_eq!(
        fill_in("{1} vor {0}, dann {}", &["a", "b"]),
        "b vor a, dann a"
    );
    assert_eq!(fill_in("{kein Teil}", &[]), "{kein Teil}");
}

#[test]
fn parts_are_found_even_when_a_literal_repeats() {
    assert_eq!(
        parts(
            "\"{}\" is not a date",
            "\"a\" is not a date\" is not a date"
        ),
        Some(vec!["a\" is not a date"])
    );
    assert_eq!(
        parts("{} has {} days", "2019-02 has has 28 days"),
        Some(vec!["2019-02", "has 28"])
    );
    assert_eq!(
        parts("{}–{}", "1986–1990–1994"),
        Some(vec!["1986", "1990–1994"])
    );
}

/// Every entry is reached by its own English (no earlier entry takes it), has as many parts
/// in German as in English, and is there once.
#[test]
fn every_entry_is_reached_by_its_own_english() {
    for (index, (en, de)) in CATALOG.iter().enumerate() {
        assert!(!en.contains("{}{}"), "two parts side by side in {en}");
        let count = en.matches("{}").count();
        let sample: Vec<String> = (0..count).map(|i| format!("⟨{i}⟩")).collect();
        let mut english = String::new();
        for (i, piece) in en.split("{}").enumerate() {
            if i > 0 {
                english.push_str(&sample[i - 1]);
            }
            english.push_str(piece);
        }
        let (found, german) = translate_entry(&english)
            .unwrap_or_else(|| panic!("entry {index} does not match its own English: {en}"));
        assert_eq!(
            found, index,
            "entry {index} ({en}) is taken by the earlier entry {found} ({}): move it up",
            CATALOG[found].0
        );
        for part in &sample {
            assert!(german.contains(part.as_str()), "{de} drops a part of {en}");
        }
        assert!(!de.trim().is_empty() && de != en, "no German for {en}");
    }
}

/// Every variant of the messages of the new rules, as the loader writes them, reads fully
/// in German (no English word left but the keys and values a curator types).
#[test]
fn every_variant_of_the_new_rules_reads_in_german() {
    for english in [
        "the first line does not name the expected columns (the file is empty)",
        "the first line does not name the expected columns (\"jahr\" stands where \"year\" belongs)",
        "the first line does not name the expected columns (it names 2 columns, not 7)",
        "make the first line exactly: year,value,status,source,note_de,note_zh,note_en (or the same with semicolons)",
        "the row has 8 columns, the header 7: the value \"1.234,5\" seems written with a decimal comma",
        "put a field in double quotes when it contains a semicolon; leave empty notes as ;;",
        "in a comma-separated file write decimals with a dot and no thousands separator, like 205.7",
        "in a comma-separated file a number has no comma: a dot for decimals and no thousands separator, like 1234.5",
        "in a semicolon-separated file write digits with a decimal comma and no thousands separator, like 205,7",
        "in a semicolon-separated file write decimals with a comma and leave out thousands separators: 2000, or 2",
        "the value rests on a copy (source \"mirror\"), so its status must be estimate, not reported",
        "the value rests on a press release (source \"release\"), so its status must be estimate, not revised",
        "100 is less than a fifth of the value of 2011, the nearest year (501), and no note says why",
        "501 is more than five times the value of 2010, the nearest year (100), and no note says why",
        "-2 is negative",
        "\"NaN\" is not a finite number",
    ] {
        let german = german(english).unwrap_or_else(|| panic!("no German for {english}"));
        for word in [" the ", " is ", " a ", " with ", " or "] {
            assert!(!german.contains(word), "English left in {german}");
        }
    }
    assert_eq!(
        german("100 is less than a fifth of the value of 2011, the nearest year (501), and no note says why").as_deref(),
        Some("100 ist weniger als ein Fünftel des Wertes des nächstgelegenen Jahres 2011 (501), und keine Anmerkung nennt den Grund")
    );
    assert_eq!(
        german("write 199,66").as_deref(),
        Some("Schreiben Sie 199,66")
    );
}

#[test]
fn blank_lines_around_a_line_stay() {
    assert_eq!(
        say(
            Language::German,
            "\nThe exhibit's content has 3 problem(s); nothing was built:\n"
        ),
        "\nDer Inhalt der Ausstellung hat 3 Problem(e); es wurde nichts gebaut:\n"
    );
    assert_eq!(say(Language::English, "\nanything\n"), "\nanything\n");
    assert_eq!(say(Language::German, "unknown line"), "unknown line");
}

#[test]
fn a_suggestion_turns_values_into_parts() {
    assert_eq!(
        suggested_entry("the wall \"x\" has 3 doors"),
        "(\"the wall \\\"{}\\\" has {} doors\", \"…\"),"
    );
}
