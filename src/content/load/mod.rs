//! Reads the curated files into a `Content`, collecting every problem on the way, so a curator
//! sees them all at once.
//!
//! One file per thing checked, so a problem's message leads to the code that wrote it:
//! `files` reads the folder, `checks` holds checks many files share (ids, web addresses,
//! sources, currencies, scales), `texts` the three-language texts, `interface` the interface's own texts, `glyphs` the characters the
//! fonts can show, and `categories`, `eras`, `pictures`, `series`, `values` (a series' CSV),
//! `figures` and `events` one kind of file each.

mod categories;
mod checks;
mod eras;
mod events;
mod figures;
mod files;
mod glyphs;
mod interface;
mod numbers;
mod pages;
mod pictures;
mod series;
mod texts;
mod values;

use serde::de::DeserializeOwned;
use toml::Spanned;

use super::model::*;
use super::problem::{Locator, Problem};

pub use categories::ICONS;
pub use files::ContentFiles;
pub use glyphs::interface_glyph_problems;
pub use pages::{is_public_origin, placeholder_problems};
pub use texts::{NAME_MAX, NOTE_MAX, TEXT_MAX, TITLE_MAX};

/// Checks and assembles the content; every problem found, or the content when there is none.
pub fn load(files: &ContentFiles) -> Result<Content, Vec<Problem>> {
    let mut loader = Loader {
        files,
        problems: Vec::new(),
        cited: Vec::new(),
    };
    let content = loader.content();
    if loader.problems.is_empty() {
        Ok(content)
    } else {
        Err(loader.problems)
    }
}

/// The files being checked and every problem found so far; each kind of file adds its own
/// methods (see the modules above).
struct Loader<'a> {
    files: &'a ContentFiles,
    problems: Vec<Problem>,
    /// Every source read so far with a title and a web address, for the check across files.
    cited: Vec<Cited>,
}

/// Where a source with a title and a web address is cited.
struct Cited {
    url: String,
    title: String,
    file: String,
    /// The line of the title.
    line: usize,
    /// The title's field, such as `source.title`.
    field: String,
}

/// A file being checked, so a problem can name the line a value stands on.
#[derive(Clone, Copy)]
struct Place<'a> {
    file: &'a str,
    text: &'a str,
}

impl Place<'_> {
    /// The line where toml read `value`: the value itself, or a table's `[header]`, or the first
    /// `key.` of a table written as dotted keys.
    fn line<T>(&self, value: &Spanned<T>) -> usize {
        Locator::new(self.text).line_at(value.span().start)
    }
}

impl<'a> Loader<'a> {
    fn problem(&mut self, file: &str, line: usize, field: &str, message: String, fix: &str) {
        self.problems.push(Problem {
            file: file.to_string(),
            line,
            field: field.to_string(),
            message,
            fix: fix.to_string(),
        });
    }

    fn content(&mut self) -> Content {
        let categories = self.categories();
        let eras = self.eras();
        let pictures = self.pictures();
        let series = self.all_series();
        let figures = self.figures();
        let events = self.events(&categories, &eras, &pictures, &series);
        self.one_title_per_url();
        let pages = self.pages();
        let updated = self.updated();
        let interface = self.interface();
        Content {
            categories,
            eras,
            pictures,
            events,
            series,
            figures,
            pages,
            updated,
            interface,
        }
    }

    /// Parses one TOML file, reporting syntax errors and unknown or missing fields.
    fn parse<T: DeserializeOwned>(&mut self, file: &str) -> Option<T> {
        let Some(text) = self.files.files.get(file) else {
            self.problem(
                file,
                1,
                "",
                "the file is missing".into(),
                "restore it from the repository (git checkout -- assets/content)",
            );
            return None;
        };
        if text.contains('\u{FFFD}') {
            self.problem(
                file,
                1,
                "",
                "the file is not saved as UTF-8 text".into(),
                "save it again with the encoding UTF-8",
            );
            return None;
        }
        match toml::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(error) => {
                let line = error
                    .span()
                    .map_or(1, |span| Locator::new(text).line_at(span.start));
                let message = error.message().trim().replace('\n', " ");
                let (field, fix) = if let Some(rest) = message.strip_prefix("unknown field `") {
                    let field = rest.split('`').next().unwrap_or_default().to_string();
                    let expected = rest.split_once(", expected ").map_or("", |(_, e)| e);
                    (
                        field,
                        format!("remove it or correct its spelling; allowed here: {expected}"),
                    )
                } else if let Some(rest) = message.strip_prefix("missing field `") {
                    let field = rest.split('`').next().unwrap_or_default().to_string();
                    (
                        field.clone(),
                        format!("add the field `{field}` to this table"),
                    )
                } else {
                    (
                        String::new(),
                        "check the TOML syntax on this line: text goes in double quotes, one `key = value` per line, tables in [brackets]".to_string(),
                    )
                };
                let message = if message.starts_with("unknown field") {
                    "this field is not known".to_string()
                } else if message.starts_with("missing field") {
                    "this required field is missing".to_string()
                } else {
                    format!("the file cannot be read: {message}")
                };
                self.problem(file, line, &field, message, &fix);
                None
            }
        }
    }

    /// The file's name and text, to name lines in.
    fn place(&self, file: &'a str) -> Place<'a> {
        let text = self.files.files.get(file).map_or("", String::as_str);
        Place { file, text }
    }
}

/// What the tests of every check share: a loader over a few files written in the test.
#[cfg(test)]
mod testing {
    use std::collections::{BTreeMap, BTreeSet, HashSet};

    use super::{ContentFiles, Loader};

    /// Content files with these paths and texts, picture files and (optionally) font coverage.
    pub fn files(texts: &[(&str, &str)]) -> ContentFiles {
        ContentFiles {
            files: texts
                .iter()
                .map(|(path, text)| (path.to_string(), text.to_string()))
                .collect::<BTreeMap<_, _>>(),
            asset_files: BTreeSet::from(["pictures/garden.svg".to_string()]),
            font_coverage: None,
            assets: None,
        }
    }

    /// Font coverage holding exactly these characters.
    pub fn coverage(chars: &str) -> Option<HashSet<char>> {
        Some(chars.chars().collect())
    }

    /// Runs one check and returns its result and the problems' first lines, as a curator reads
    /// them (`file:line: field: message`). Every problem must also say how to fix it.
    pub fn run<T>(files: &ContentFiles, check: impl FnOnce(&mut Loader) -> T) -> (T, Vec<String>) {
        let mut loader = Loader {
            files,
            problems: Vec::new(),
            cited: Vec::new(),
        };
        let result = check(&mut loader);
        for problem in &loader.problems {
            assert!(!problem.fix.trim().is_empty(), "no fix in {problem}");
        }
        let shown = loader
            .problems
            .iter()
            .map(|p| p.to_string().lines().next().unwrap_or_default().to_string())
            .collect();
        (result, shown)
    }

    /// The problems of one check over these files.
    pub fn problems(texts: &[(&str, &str)], check: impl FnOnce(&mut Loader)) -> Vec<String> {
        run(&files(texts), check).1
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{files, problems, run};
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        id: String,
        year: i64,
    }

    fn parsed(text: &str) -> Vec<String> {
        problems(&[("sample.toml", text)], |loader| {
            loader.parse::<Sample>("sample.toml");
        })
    }

    #[test]
    fn a_missing_or_damaged_file_is_named() {
        let missing = problems(&[], |loader| {
            loader.parse::<Sample>("sample.toml");
        });
        assert_eq!(missing, ["sample.toml:1: the file is missing"]);
        assert_eq!(
            parsed("id = \"a\"\nyear = 1994 \u{FFFD}\n"),
            ["sample.toml:1: the file is not saved as UTF-8 text"]
        );
    }

    #[test]
    fn syntax_errors_name_their_line() {
        let found = parsed("id = \"a\"\nyear = 1994\nname = \"open\n");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("sample.toml:3: the file cannot be read: "),
            "{found:?}"
        );
    }

    #[test]
    fn unknown_and_missing_fields_are_named() {
        assert_eq!(
            parsed("id = \"a\"\nyear = 1994\nyaer = 1995\n"),
            ["sample.toml:3: yaer: this field is not known"]
        );
        assert_eq!(
            parsed("id = \"a\"\n"),
            ["sample.toml:1: year: this required field is missing"]
        );
        // The fix lists what may be written instead.
        let (fix, _) = run(
            &files(&[("sample.toml", "id = \"a\"\nyaer = 1\n")]),
            |loader| {
                loader.parse::<Sample>("sample.toml");
                loader.problems[0].fix.clone()
            },
        );
        assert!(fix.ends_with("allowed here: `id` or `year`"), "{fix}");
    }

    #[test]
    fn finds_plain_nested_and_array_keys() {
        // Was Locator's test, when lines were searched for in the text.
        #[derive(serde::Deserialize)]
        struct Title {
            zh: Spanned<String>,
        }
        #[derive(serde::Deserialize)]
        struct Source {
            url: Spanned<String>,
        }
        #[derive(serde::Deserialize)]
        struct Doc {
            id: Spanned<String>,
            title: Spanned<Title>,
            source: Vec<Spanned<Source>>,
        }
        const TEXT: &str = "id = \"a\"\n[title]\nde = \"x\"\nzh = \"y\"\n\n[[source]]\nurl = \"u\"\n[[source]]\nurl = \"v\"\n";
        let doc: Doc = toml::from_str(TEXT).expect("valid");
        let at = Place {
            file: "a.toml",
            text: TEXT,
        };
        assert_eq!(at.line(&doc.id), 1);
        assert_eq!(at.line(&doc.title.get_ref().zh), 4);
        // A language not written is named at its table.
        assert_eq!(at.line(&doc.title), 2);
        assert_eq!(at.line(&doc.source[1]), 8);
        assert_eq!(at.line(&doc.source[1].get_ref().url), 9);
        assert_eq!(
            Locator::new(TEXT).line_at(TEXT.find("zh").unwrap_or_default()),
            4
        );
    }

    #[test]
    fn empty_content_names_the_files_it_needs() {
        let found = load(&files(&[])).expect_err("nothing to show");
        let shown: Vec<String> = found.iter().map(|p| p.file.clone()).collect();
        assert_eq!(
            shown,
            [
                "categories.toml",
                "eras.toml",
                "pages/imprint.toml",
                "pages/privacy.toml",
                "pages/accessibility.toml",
                "pages/contact.toml",
                "site.toml",
                "interface.toml"
            ]
        );
        assert!(found.iter().all(|p| p.message == "the file is missing"));
    }
}
