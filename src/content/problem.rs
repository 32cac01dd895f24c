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

/// Where lines of one file are, so problems can name them.
pub struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
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

    /// Line of the `nth` (0-based) array-table header `[[name]]`, or 1.
    pub fn table_start(&self, name: &str, nth: usize) -> usize {
        let header = format!("[[{name}]]");
        self.text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.trim() == header)
            .nth(nth)
            .map_or(1, |(i, _)| i + 1)
    }

    /// Line where `key` (possibly dotted, like `title.zh`) is set, searching from line `from`
    /// to the next array-table header. Falls back to `from`.
    pub fn key(&self, from: usize, key: &str) -> usize {
        let lines: Vec<&str> = self.text.lines().collect();
        let start = from.saturating_sub(1);
        let end = lines
            .iter()
            .enumerate()
            .skip(start + 1)
            .find(|(_, line)| line.trim_start().starts_with("[["))
            .map_or(lines.len(), |(i, _)| i);
        let sets = |line: &str, name: &str| {
            let line = line.trim_start();
            line.strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        };
        let window = || lines.iter().enumerate().take(end).skip(start);
        if let Some((i, _)) = window().find(|(_, line)| sets(line, key)) {
            return i + 1;
        }
        if let Some((table, leaf)) = key.rsplit_once('.') {
            let header = format!("[{table}]");
            if let Some((h, _)) = window().find(|(_, line)| line.trim() == header) {
                let below = lines.iter().enumerate().take(end).skip(h + 1);
                for (i, line) in below {
                    if line.trim_start().starts_with('[') {
                        break;
                    }
                    if sets(line, leaf) {
                        return i + 1;
                    }
                }
                return h + 1;
            }
            return self.key(from, table);
        }
        from.max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "id = \"a\"\n[title]\nde = \"x\"\nzh = \"y\"\n\n[[source]]\nurl = \"u\"\n[[source]]\nurl = \"v\"\n";

    #[test]
    fn finds_plain_nested_and_array_keys() {
        let at = Locator::new(TEXT);
        assert_eq!(at.key(1, "id"), 1);
        assert_eq!(at.key(1, "title.zh"), 4);
        assert_eq!(at.key(1, "title.en"), 2);
        assert_eq!(at.table_start("source", 1), 8);
        assert_eq!(at.key(at.table_start("source", 1), "url"), 9);
        assert_eq!(at.line_at(TEXT.find("zh").unwrap_or_default()), 4);
    }

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
