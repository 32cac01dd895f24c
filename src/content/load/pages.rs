//! pages/<id>.toml, the legal and contact pages, and site.toml, the content's date; and the
//! check that no placeholder for the operator's details reaches a public build.

use super::super::dates::parse_date;
use super::super::model::*;
use super::super::problem::Problem;
use super::super::raw::{RawPage, RawSite};
use super::{ContentFiles, Loader};

use super::super::model::PLACEHOLDER_START as PLACEHOLDER;

/// The longest page text, in characters (German and English, Chinese): a page is read on a
/// screen of its own, not on a card, so only absurd lengths are refused.
pub const PAGE_TEXT_MAX: (usize, usize) = (12_000, 6_000);

impl Loader<'_> {
    /// Every legal and contact page, each from its own file.
    pub(super) fn pages(&mut self) -> Vec<Page> {
        let mut pages = Vec::new();
        for id in PageId::ALL {
            let file = format!("pages/{}.toml", id.code());
            let Some(raw) = self.parse::<RawPage>(&file) else {
                continue;
            };
            let text = self.files.files.get(&file).map_or("", String::as_str);
            let place = super::Place { file: &file, text };
            let title = self.trilingual(place, "title", &raw.title, (120, 60));
            let body = self.trilingual(place, "text", &raw.text, PAGE_TEXT_MAX);
            pages.push(Page {
                id,
                title,
                text: body,
            });
        }
        pages
    }

    /// The date the content was last reviewed as a whole (site.toml).
    pub(super) fn updated(&mut self) -> Option<PartialDate> {
        const FILE: &str = "site.toml";
        let raw = self.parse::<RawSite>(FILE)?;
        let place = self.place(FILE);
        match parse_date(raw.updated.get_ref()) {
            Ok(date) if date.day.is_some() => Some(date),
            Ok(_) => {
                self.problem(
                    FILE,
                    place.line(&raw.updated),
                    "updated",
                    format!("\"{}\" names no day", raw.updated.get_ref()),
                    "write the day of the review, like \"2026-11-30\"",
                );
                None
            }
            Err(error) => {
                self.problem(
                    FILE,
                    place.line(&raw.updated),
                    "updated",
                    error.message,
                    &error.fix,
                );
                None
            }
        }
    }
}

/// Whether a build for `origin` is public: any address but this machine's own
/// (`127.0.0.1`, `localhost`, `[::1]`) or none.
pub fn is_public_origin(origin: &str) -> bool {
    let origin = origin.trim();
    if origin.is_empty() {
        return false;
    }
    let host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    let host = host.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or_default(),
        None => host.split(':').next().unwrap_or_default(),
    };
    !matches!(
        host.to_ascii_lowercase().as_str(),
        "127.0.0.1" | "localhost" | "::1"
    )
}

/// Every placeholder left in the content files, by file and line: refused when building for the
/// public address `origin`.
pub fn placeholder_problems(files: &ContentFiles, origin: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (file, text) in &files.files {
        for (index, line) in text.lines().enumerate() {
            // Comments may explain placeholders; only values are shown.
            if line.trim_start().starts_with('#') {
                continue;
            }
            let mut rest = line;
            while let Some(start) = rest.find(PLACEHOLDER) {
                let after = &rest[start..];
                let end = after.find("]]").map_or(after.len(), |end| end + 2);
                problems.push(Problem {
                    file: file.clone(),
                    line: index + 1,
                    field: String::new(),
                    message: format!(
                        "the placeholder {} is still here, and the build is for the public address {origin}",
                        &after[..end]
                    ),
                    fix: "write the real details in its place; placeholders are allowed only in local builds (no EXHIBIT_ORIGIN, or 127.0.0.1 or localhost)".into(),
                });
                rest = &after[end..];
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};
    use super::*;

    const PAGE: &str = "[title]\nde = \"Impressum\"\nzh = \"网站信息\"\nen = \"Legal notice\"\n[text]\nde = \"\"\"\n## Anbieter\n\n[[PLATZHALTER: Name]]\n\"\"\"\nzh = \"提供者\"\nen = \"Provider\"\n";

    fn all_pages() -> Vec<(String, String)> {
        PageId::ALL
            .iter()
            .map(|id| (format!("pages/{}.toml", id.code()), PAGE.to_string()))
            .collect()
    }

    #[test]
    fn every_page_is_read_and_a_missing_one_is_named() {
        let texts = all_pages();
        let refs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let (pages, found) = run(&files(&refs), |loader| loader.pages());
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(pages.len(), 4);
        assert!(pages[0].text.de.contains("## Anbieter"));
        let (_, found) = run(&files(&refs[1..]), |loader| loader.pages());
        assert_eq!(found, ["pages/imprint.toml:1: the file is missing"]);
        let broken = PAGE.replace("en = \"Provider\"\n", "");
        let (_, found) = run(&files(&[("pages/imprint.toml", &broken)]), |loader| {
            loader.pages()
        });
        assert!(
            found.contains(
                &"pages/imprint.toml:5: text.en: the English text is missing".to_string()
            ),
            "{found:?}"
        );
    }

    #[test]
    fn the_date_is_a_day() {
        let (date, found) = run(
            &files(&[("site.toml", "updated = \"2026-11-30\"\n")]),
            |l| l.updated(),
        );
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(
            date.map(|d| (d.year, d.month, d.day)),
            Some((2026, Some(11), Some(30)))
        );
        let (_, found) = run(
            &files(&[("site.toml", "# when\nupdated = \"2026-11\"\n")]),
            |l| l.updated(),
        );
        assert_eq!(found, ["site.toml:2: updated: \"2026-11\" names no day"]);
    }

    #[test]
    fn public_origins_are_told_from_local_ones() {
        for local in [
            "",
            "http://127.0.0.1:8080",
            "http://localhost",
            "http://LOCALHOST:9000/",
            "http://[::1]:8080",
        ] {
            assert!(!is_public_origin(local), "{local}");
        }
        for public in [
            "https://exhibit.example.org",
            "https://127.0.0.1.example.org",
        ] {
            assert!(is_public_origin(public), "{public}");
        }
    }

    #[test]
    fn placeholders_are_named_by_file_and_line() {
        let content = files(&[
            ("pages/imprint.toml", PAGE),
            (
                "site.toml",
                "# [[PLATZHALTER: in a comment]] is fine\nupdated = \"2026-11-30\"\n",
            ),
        ]);
        let found: Vec<String> = placeholder_problems(&content, "https://exhibit.example.org")
            .iter()
            .map(|p| p.to_string().lines().next().unwrap_or_default().to_string())
            .collect();
        assert_eq!(
            found,
            ["pages/imprint.toml:9: the placeholder [[PLATZHALTER: Name]] is still here, and the build is for the public address https://exhibit.example.org"]
        );
    }
}
