//! A problem found in the content, told so that a curator can find and fix it.

use std::fmt;

use super::problem_de::{german, Language};

/// One thing wrong in one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Path below the content folder, such as `events/1994-partnership.toml`.
    pub file: String,
    /// 1-based line; 0 when the whole file is meant.
    pub line: usize,
    /// The field, such as `title.zh` or `value`; empty when the file as a whole is meant.
    pub field: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl Problem {
    /// The same problem with its message and fix in German (see `problem_de::CATALOG`); a text
    /// the catalog has no entry for stays English. File, line and field stay as they are.
    pub fn in_german(&self) -> Problem {
        let german = |text: &str| german(text).unwrap_or_else(|| text.to_string());
        Problem {
            message: german(&self.message),
            fix: if self.fix.is_empty() {
                String::new()
            } else {
                german(&self.fix)
            },
            ..self.clone()
        }
    }

    /// The problem as the check prints it, in `language` (`to_string()` is the English).
    pub fn shown(&self, language: Language) -> String {
        match language {
            Language::English => self.to_string(),
            Language::German => self.in_german().write_with(language.fix_label()),
        }
    }

    fn write_with(&self, fix_label: &str) -> String {
        let mut out = format!("{}:{}", self.file, self.line.max(1));
        if !self.field.is_empty() {
            out.push_str(&format!(": {}", self.field));
        }
        out.push_str(&format!(": {}", self.message));
        if !self.fix.is_empty() {
            out.push_str(&format!("\n    {fix_label} {}", self.fix));
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.write_with(Language::English.fix_label()))
    }
}

/// Where lines of one file are, so problems can name them: toml and csv give byte positions.
pub struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    /// The lines of `text`.
    pub fn new(text: &'a str) -> Self {
        Self { text }
    }

    /// 1-based line of a byte offset.
    pub fn line_at(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.text.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_file_line_field_message_and_fix() {
        let problem = Problem {
            file: "events/a.toml".into(),
            line: 3,
            field: "date".into(),
            message: "\"2019-02-30\" is not a real date".into(),
            fix: "February 2019 has 28 days".into(),
        };
        assert_eq!(
            problem.to_string(),
            "events/a.toml:3: date: \"2019-02-30\" is not a real date\n    fix: February 2019 has 28 days"
        );
    }

    #[test]
    fn prints_in_german_with_the_same_place() {
        let problem = Problem {
            file: "events/a.toml".into(),
            line: 3,
            field: "date".into(),
            message: "\"2019-02-30\" is not a real date: 2019-02 has 28 days".into(),
            fix: "check the day against the source".into(),
        };
        assert_eq!(
            problem.shown(Language::German),
            "events/a.toml:3: date: „2019-02-30“ ist kein echtes Datum: 2019-02 hat 28 Tage\n    Behebung: Prüfen Sie den Tag anhand der Quelle"
        );
        assert_eq!(problem.shown(Language::English), problem.to_string());
        let german = problem.in_german();
        assert_eq!(
            (&german.file, german.line, &german.field),
            (&problem.file, problem.line, &problem.field)
        );
    }
}
