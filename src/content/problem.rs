//! A problem found in the content, told so that a curator can find and fix it.

use std::fmt;

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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line.max(1))?;
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.fix.is_empty() {
            write!(f, "\n    fix: {}", self.fix)?;
        }
        Ok(())
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
}
