//! The content check in German as well as English: which language to speak, and a catalog that
//! turns every English message and fix the loader writes into German when it is printed.
//!
//! The loader keeps writing English (`Problem { message, fix }`); nothing in it changes. Each
//! entry of `CATALOG` is an English template and its German, with `{}` for every part that
//! varies (a value the curator wrote, a number, a list). `{}` in the German takes the next
//! part, `{0}`, `{1}`, … a part by its position, so the German may reorder them.
//!
//! A new message in the loader needs a new entry here: `tests/checker_de.rs` fails and names
//! the English text that has no German yet. Put specific entries before general ones (`there
//! is no category "{}"` before `use "{}"`): the first entry that matches is used, and a test
//! checks that each entry is reached by its own English.

use super::problem::Problem;

/// The language the check speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    English,
    German,
}

impl Language {
    /// The label before a problem's fix.
    pub fn fix_label(self) -> &'static str {
        match self {
            Language::English => "fix:",
            Language::German => "Behebung:",
        }
    }
}

/// Whether a language tag (`de`, `de_DE.UTF-8`, `de:en`) means German.
fn is_german(tag: &str) -> bool {
    tag.trim().to_ascii_lowercase().starts_with("de")
}

/// The language to speak: `--lang de` / `--lang=de` (or `en`) among `args`, else the first of
/// LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set and not empty (`env` looks a variable
/// up): German when it starts with `de`, English otherwise and when nothing is set.
pub fn choose_language(args: &[String], env: impl Fn(&str) -> Option<String>) -> Language {
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = if arg == "--lang" {
            args.next().map(String::as_str)
        } else {
            arg.strip_prefix("--lang=")
        };
        if let Some(value) = value {
            return if is_german(value) {
                Language::German
            } else {
                Language::English
            };
        }
    }
    for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(name).filter(|v| !v.trim().is_empty()) {
            return if is_german(&value) {
                Language::German
            } else {
                Language::English
            };
        }
    }
    Language::English
}

/// The arguments that are not the language flag or its value.
pub fn without_lang_flag(args: &[String]) -> Vec<String> {
    let mut rest = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            args.next();
        } else if !arg.starts_with("--lang=") {
            rest.push(arg.clone());
        }
    }
    rest
}

mod catalog;
pub use catalog::CATALOG;

/// The variable parts of `text` when it has the form of `template` (`{}` marks a part), or
/// `None`. The parts are found from the left, each as short as the rest allows.
fn parts<'t>(template: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let literals: Vec<&str> = template.split("{}").collect();
    let rest = text.strip_prefix(literals[0])?;
    let mut found = Vec::new();
    fill(&literals[1..], rest, &mut found).then_some(found)
}

/// Matches `text` against the literals after each remaining `{}`, collecting the parts.
fn fill<'t>(literals: &[&str], text: &'t str, found: &mut Vec<&'t str>) -> bool {
    let Some((literal, later)) = literals.split_first() else {
        return text.is_empty();
    };
    if later.is_empty() {
        // The last part takes everything up to the closing literal.
        return match text.strip_suffix(literal) {
            Some(part) => {
                found.push(part);
                true
            }
            None => false,
        };
    }
    let mut from = 0;
    while let Some(at) = text[from..].find(literal) {
        let at = from + at;
        found.push(&text[..at]);
        if fill(later, &text[at + literal.len()..], found) {
            return true;
        }
        found.pop();
        // Step past this occurrence to a character boundary.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        if from > text.len() {
            break;
        }
    }
    false
}

/// `template` with its `{}` (next part) and `{0}`, `{1}`, … (part by position) filled in.
fn fill_in(template: &str, parts: &[&str]) -> String {
    let mut out = String::new();
    let mut next = 0;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if after[..close].bytes().all(|b| b.is_ascii_digit()) => {
                let index = if close == 0 {
                    next += 1;
                    next - 1
                } else {
                    after[..close].parse().unwrap_or(usize::MAX)
                };
                out.push_str(parts.get(index).copied().unwrap_or_default());
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The catalog entry `english` matches first, as its index, and the German.
pub fn translate_entry(english: &str) -> Option<(usize, String)> {
    CATALOG
        .iter()
        .enumerate()
        .find_map(|(index, (en, de))| parts(en, english).map(|found| (index, fill_in(de, &found))))
}

/// The German of an English message or fix, or `None` when the catalog has no entry for it.
pub fn german(english: &str) -> Option<String> {
    translate_entry(english).map(|(_, de)| de)
}

/// A line the check prints, in `language`: German from the catalog (English when it has no
/// entry), with the line's leading and trailing blank lines kept.
pub fn say(language: Language, english: &str) -> String {
    if language == Language::English {
        return english.to_string();
    }
    let core = english.trim_matches('\n');
    let start = english.len() - english.trim_start_matches('\n').len();
    let end = english.len() - english.trim_end_matches('\n').len();
    match german(core) {
        Some(de) => format!(
            "{}{de}{}",
            &english[..start],
            &english[english.len() - end..]
        ),
        None => english.to_string(),
    }
}

/// The English texts of `problem` (message, fix) that the catalog cannot translate.
pub fn untranslated(problem: &Problem) -> Vec<String> {
    [&problem.message, &problem.fix]
        .into_iter()
        .filter(|text| !text.is_empty() && german(text).is_none())
        .cloned()
        .collect()
}

/// A catalog line to start from for an English text without German: quoted values and
/// numbers become `{}`.
pub fn suggested_entry(english: &str) -> String {
    let mut template = String::new();
    let mut chars = english.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '"' {
            let mut inner = String::new();
            let mut closed = false;
            for d in chars.by_ref() {
                if d == '"' {
                    closed = true;
                    break;
                }
                inner.push(d);
            }
            template.push_str(if closed { "\\\"{}\\\"" } else { "\\\"" });
            if !closed {
                template.push_str(&inner);
            }
        } else if c.is_ascii_digit() {
            while chars
                .peek()
                .is_some_and(|d| d.is_ascii_digit() || *d == '.')
            {
                chars.next();
            }
            template.push_str("{}");
        } else {
            template.push(c);
        }
    }
    format!("(\"{template}\", \"…\"),")
}

#[cfg(test)]
mod tests;
