//! The content check in German: every problem the loader can produce — for each broken file in
//! `tests/broken-content/`, for many randomly damaged copies of the content and for characters
//! the fonts lack — has its message and fix in the German catalog (`content::problem_de`), and
//! the German keeps the file, line and field exactly. A message without German fails here with
//! its English text named and a catalog line to start from.
//!
//! The broken corpus and the damage are read and done as in tests/content.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use nanjing_stuttgart::content::load::{interface_glyph_problems, load, ContentFiles};
use nanjing_stuttgart::content::problem::Problem;
use nanjing_stuttgart::content::problem_de::{suggested_entry, untranslated, Language};

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

fn shipped_files() -> ContentFiles {
    ContentFiles::read(&assets()).expect("assets/content can be read")
}

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

// ---- The broken corpus (as tests/content.rs reads it) ---------------------------------------

/// One broken file: its name, its text and the file of the content it replaces or adds.
struct Broken {
    name: String,
    text: String,
    target: String,
}

fn corpus() -> Vec<Broken> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken-content");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/broken-content")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    paths.sort();
    let mut found = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).expect("readable");
        // Read as the loader reads: damaged bytes become U+FFFD.
        let whole = String::from_utf8_lossy(&bytes).into_owned();
        let mut text = String::new();
        let mut target = None;
        for line in whole.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix("# file: ") {
                target = Some(rest.trim().to_string());
            } else if !line.starts_with("# expect: ") {
                text.push_str(line);
            }
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let target = target.unwrap_or_else(|| panic!("{name} names no `# file:`"));
        found.push(Broken { name, text, target });
    }
    found
}

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

// ---- Random damage (as tests/content.rs does it) --------------------------------------------

/// A small deterministic generator, so a failing case can be reproduced from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Things a hurried edit in a text editor or a spreadsheet does to a file.
fn damage(text: &str, rng: &mut Rng) -> (String, &'static str) {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let at = rng.below(lines.len());
    let snippets = [
        "\"",
        "=",
        "[",
        "]]",
        ",",
        "\"\"\"",
        "-",
        "ü",
        "年",
        "\u{FFFD}",
        "🎉",
        "\t",
        "NaN",
        "-1",
        "1e400",
        "2019-02-30",
        "#",
        "[[event]]",
        "\\",
    ];
    let snippet = snippets[rng.below(snippets.len())];
    let kind = match rng.below(10) {
        0 => {
            lines.remove(at);
            "a line deleted"
        }
        1 => {
            let line = lines[at].clone();
            lines.insert(at, line);
            "a line doubled"
        }
        2 => {
            let other = rng.below(lines.len());
            lines.swap(at, other);
            "two lines swapped"
        }
        3 => {
            let line = &mut lines[at];
            let cut = char_boundary(line, rng.below(line.len() + 1));
            line.truncate(cut);
            "a line cut short"
        }
        4 => {
            let line = &mut lines[at];
            let pos = char_boundary(line, rng.below(line.len() + 1));
            line.insert_str(pos, snippet);
            "a character typed in"
        }
        5 => {
            let line = &mut lines[at];
            let digits: Vec<usize> = line
                .char_indices()
                .filter(|(_, c)| c.is_ascii_digit())
                .map(|(i, _)| i)
                .collect();
            if let Some(&i) = digits.get(rng.below(digits.len())) {
                line.replace_range(i..i + 1, &rng.below(10).to_string());
            }
            "a digit changed"
        }
        6 => {
            let line = &mut lines[at];
            if let Some((key, _)) = line.split_once('=') {
                let key = key.trim().to_string();
                *line = line.replacen(&key, &format!("{key}x"), 1);
            }
            "a field misspelt"
        }
        7 => {
            lines.truncate(at);
            "the file cut off"
        }
        8 => {
            let line = &mut lines[at];
            if let Some(i) = line.find(['"', ',']) {
                line.remove(i);
            }
            "a quote or comma lost"
        }
        _ => {
            lines.clear();
            "the file emptied"
        }
    };
    (lines.join("\n"), kind)
}

fn char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at.min(text.len())
}

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

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copied");
        }
    }
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
