//! The content check in German: every problem the loader can produce — for each broken file in
//! `tests/broken-content/`, for many randomly damaged copies of the content and for characters
//! the fonts lack — has its message and fix in the German catalog (`content::problem_de`), and
//! the German keeps the file, line and field exactly. A message without German fails here with
//! its English text named and a catalog line to start from.
//!
//! The broken corpus and the damage are read and done as in tests/content.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::process::Command;

use nanjing_stuttgart::content::load::{interface_glyph_problems, load};
use nanjing_stuttgart::content::problem::Problem;
use nanjing_stuttgart::content::problem_de::{suggested_entry, untranslated, Language};

mod common;
use common::{assets, copy_dir, corpus, damage, shipped_files, Rng};

/// English texts without German, each with where it was first met; and other failures.
#[derive(Default)]
struct Findings {
    missing: BTreeMap<String, String>,
    failures: Vec<String>,
}

impl Findings {
    /// Checks one problem: German message and fix from the catalog, same file, line and field.
    fn check(&mut self, problem: &Problem, context: &str) {
        for english in untranslated(problem) {
            self.missing
                .entry(english)
                .or_insert_with(|| format!("{context}: {problem}"));
        }
        let german = problem.in_german();
        if (&german.file, german.line, &german.field)
            != (&problem.file, problem.line, &problem.field)
        {
            self.failures.push(format!(
                "{context}: the German moved the place of {problem}"
            ));
        }
        let mut place = format!("{}:{}: ", problem.file, problem.line.max(1));
        if !problem.field.is_empty() {
            place = format!(
                "{}:{}: {}: ",
                problem.file,
                problem.line.max(1),
                problem.field
            );
        }
        let shown = problem.shown(Language::German);
        if !problem.to_string().starts_with(&place) || !shown.starts_with(&place) {
            self.failures.push(format!(
                "{context}: the German does not start with «{place}»: {shown}"
            ));
        }
        if !problem.fix.is_empty() && !shown.contains("\n    Behebung: ") {
            self.failures
                .push(format!("{context}: no «Behebung:» in {shown}"));
        }
        if shown.contains("\n    fix: ") {
            self.failures
                .push(format!("{context}: an English label in {shown}"));
        }
    }

    fn assert_clean(&self, checked: usize) {
        assert!(checked > 0, "no problem was checked");
        let mut report = Vec::new();
        if !self.missing.is_empty() {
            report.push(format!(
                "{} English text(s) have no German in src/content/problem_de.rs (CATALOG); add an entry for each, specific entries before general ones:",
                self.missing.len()
            ));
            for (english, seen) in &self.missing {
                report.push(format!(
                    "  NO GERMAN FOR: {english}\n    seen in: {}\n    start from: {}",
                    seen.replace('\n', " / "),
                    suggested_entry(english)
                ));
            }
        }
        report.extend(self.failures.iter().cloned());
        assert!(report.is_empty(), "{}", report.join("\n"));
    }
}

// ---- The broken corpus (tests/common) ------------------------------------------------------

#[test]
fn every_problem_of_the_broken_corpus_has_german_and_keeps_its_place() {
    let valid = shipped_files();
    let mut findings = Findings::default();
    let mut checked = 0;
    let broken = corpus();
    assert!(broken.len() >= 40, "only {} broken files", broken.len());
    for broken in broken {
        let mut files = valid.clone();
        files.files.insert(broken.target.clone(), broken.text);
        if let Err(problems) = load(&files) {
            for problem in &problems {
                findings.check(problem, &broken.name);
                checked += 1;
            }
        }
    }
    findings.assert_clean(checked);
}

// ---- Random damage (tests/common) ----------------------------------------------------------

#[test]
fn every_problem_of_randomly_damaged_content_has_german_and_keeps_its_place() {
    let valid = shipped_files();
    let names: Vec<String> = valid.files.keys().cloned().collect();
    let mut findings = Findings::default();
    let mut checked = 0;
    // The seed of tests/content.rs and two more, so the German meets other damage as well.
    for seed in [
        0x5eed_1995_0b5e_55ed_u64,
        0x0de0_1986_2026_beef,
        0x4e4a_5354_4754_0001,
    ] {
        let mut rng = Rng(seed);
        for round in 0..400 {
            let mut files = valid.clone();
            let mut what = Vec::new();
            for _ in 0..=rng.below(3) {
                let name = &names[rng.below(names.len())];
                let (damaged, kind) = damage(&files.files[name], &mut rng);
                files.files.insert(name.clone(), damaged);
                what.push(format!("{name}: {kind}"));
            }
            if let Err(problems) = load(&files) {
                let context = format!("seed {seed:#x} round {round} ({})", what.join("; "));
                for problem in &problems {
                    findings.check(problem, &context);
                    checked += 1;
                }
            }
        }
    }
    findings.assert_clean(checked);
}

#[test]
fn characters_the_fonts_lack_are_told_in_german() {
    let mut files = shipped_files();
    // Fonts that hold only plain Latin letters: every Chinese and typographic character is missing.
    files.font_coverage = Some(
        (' '..='~')
            .chain("äöüÄÖÜß–".chars())
            .collect::<HashSet<char>>(),
    );
    let mut findings = Findings::default();
    let mut checked = 0;
    let problems = load(&files).expect_err("the Chinese texts cannot be shown");
    for problem in &problems {
        findings.check(problem, "fonts without Chinese");
        checked += 1;
    }
    let coverage: HashSet<char> = ('a'..='z').collect();
    let interface = interface_glyph_problems(&coverage, &nanjing_stuttgart::crash::fixed_lines());
    assert!(!interface.is_empty());
    for problem in &interface {
        findings.check(problem, "interface strings");
        checked += 1;
    }
    findings.assert_clean(checked);
}

// ---- What a curator reads ------------------------------------------------------------------

/// The problems of the shipped content with `target` replaced by `text`, in German.
fn german_lines(target: &str, text: &str) -> Vec<String> {
    let mut files = shipped_files();
    files.files.insert(target.into(), text.into());
    load(&files)
        .expect_err("a problem")
        .iter()
        .map(|p| p.shown(Language::German))
        .collect()
}

fn broken(name: &str) -> (String, String) {
    let found = corpus()
        .into_iter()
        .find(|b| b.name == name)
        .unwrap_or_else(|| panic!("no broken file {name}"));
    (found.target, found.text)
}

#[test]
fn a_curator_reads_these_german_lines() {
    let expect = [
        (
            "18-event-malformed-url.toml",
            "events/broken.toml:17: source.url: „www.example.org/page“ ist keine Webadresse\n    Behebung: Geben Sie die vollständige Adresse der Seite an, beginnend mit https:// oder http://",
        ),
        (
            "09-event-impossible-day.toml",
            "events/broken.toml:2: date: „2019-02-30“ ist kein echtes Datum: 2019-02 hat 28 Tage\n    Behebung: Prüfen Sie den Tag anhand der Quelle",
        ),
        (
            "04-event-missing-chinese-title.toml",
            "events/broken.toml:5: title.zh: Der chinesische Text fehlt\n    Behebung: Ergänzen Sie zh = \"…\" unter [title]",
        ),
        (
            "45-series-value-decimal-comma.csv",
            "series/germany-china-trade-eur.csv:4: value: „205,7“ ist in einer durch Kommas getrennten Datei keine Zahl: Der Wert enthält ein Komma (ein Dezimalkomma oder ein Tausendertrennzeichen)\n    Behebung: Schreiben Sie die Zahl in einer durch Kommas getrennten Datei mit einem Dezimalpunkt und ohne Tausendertrennzeichen: 205.7",
        ),
        (
            "61-series-values-without-description.csv",
            "series/orphan.csv:1: Zu diesen Werten gibt es keine Beschreibung der Datenreihe series/orphan.toml\n    Behebung: Legen Sie die .toml-Datei mit demselben Namen an, oder entfernen Sie diese Datei",
        ),
        (
            "34-category-low-contrast.toml",
            "categories.toml:26: colour: Weiße Schrift auf #f1c453 hat nur einen Kontrast von 1.6:1\n    Behebung: Wählen Sie eine dunklere Farbe (Kontrast mindestens 4,5:1)",
        ),
    ];
    let mut failures = Vec::new();
    for (name, line) in expect {
        let (target, text) = broken(name);
        let lines = german_lines(&target, &text);
        if !lines.iter().any(|l| l.contains(line)) {
            failures.push(format!(
                "{name}: expected «{line}», got:\n  {}",
                lines.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs the curator's check on `assets` with `args` and only `lang_env` of the language
/// variables set; exit code, standard output and standard error.
fn check(assets: &Path, args: &[&str], lang_env: &[(&str, &str)]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_check-content"));
    command.arg(assets).args(args);
    for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(lang_env.iter().copied());
    let output = command.output().expect("the check runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect()
}

#[test]
fn the_check_prints_its_summary_in_german_with_every_number() {
    let (code, english, _) = check(&assets(), &[], &[]);
    assert_eq!(code, 0);
    assert!(english.starts_with("Content OK: "), "{english}");
    for (args, env) in [
        (&["--lang", "de"][..], &[][..]),
        (&[][..], &[("LANG", "de_DE.UTF-8")][..]),
        (&["--lang=de"][..], &[("LANG", "en_US.UTF-8")][..]),
        (&[][..], &[("LANGUAGE", "de"), ("LANG", "en_US.UTF-8")][..]),
    ] {
        let (code, german, stderr) = check(&assets(), args, env);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            german.starts_with("Inhalt in Ordnung: "),
            "{args:?} {env:?}: the summary has no German (add the English line to CATALOG in src/content/problem_de.rs): {german}"
        );
        assert_eq!(numbers(&german), numbers(&english), "{german}");
    }
    let (_, english_again, _) = check(&assets(), &["--lang", "en"], &[("LANG", "de_DE.UTF-8")]);
    assert_eq!(english_again, english);
}

#[test]
fn the_check_prints_every_problem_in_german() {
    // A copy of the assets with three different mistakes in three files, as in tests/content.rs.
    let dir = std::env::temp_dir().join(format!("exhibit-check-de-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&assets(), &dir);
    let content = dir.join("content");
    let edit = |file: &str, from: &str, to: &str| {
        let path = content.join(file);
        let text = std::fs::read_to_string(&path).expect("a content file");
        std::fs::write(&path, text.replace(from, to)).expect("written");
    };
    edit(
        "events/1994-bw-jiangsu-partnership.toml",
        "date = \"1994\"",
        "date = \"1994-02-30\"",
    );
    edit(
        "series/germany-china-trade-eur.csv",
        "2019,205.7,",
        "2019,205,7,",
    );
    edit("categories.toml", "#8a3b12", "#f1c453");
    let (code, _, german) = check(&dir, &["--lang", "de"], &[]);
    let (_, _, english) = check(&dir, &[], &[]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "{german}");
    assert!(german.starts_with("3 Problem(e) im Inhalt:\n"), "{german}");
    assert!(
        german.contains(
            "content/events/1994-bw-jiangsu-partnership.toml:5: date: „1994-02-30“ ist kein echtes Datum: 1994-02 hat 28 Tage\n    Behebung: Prüfen Sie den Tag anhand der Quelle\n"
        ),
        "{german}"
    );
    assert!(
        german.contains(
            "series/germany-china-trade-eur.csv:8: Die Zeile hat 8 Spalten, die Kopfzeile 7: Der Wert „205,7“ ist offenbar mit einem Dezimalkomma geschrieben"
        ),
        "{german}"
    );
    assert_eq!(german.matches("\n    Behebung: ").count(), 3, "{german}");
    assert!(!german.contains("fix:"), "{german}");
    // The same places, line for line, as in English.
    let places = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.contains(".toml:") || l.contains(".csv:"))
            .map(|l| {
                let mut parts = l.splitn(3, ": ");
                let file_line = parts.next().unwrap_or_default();
                let field = parts.next().filter(|f| !f.contains(' ')).unwrap_or("");
                format!("{file_line} {field}")
            })
            .collect()
    };
    assert_eq!(places(&german), places(&english));
}
