//! Characters the bundled fonts cannot show: in the content (the interface's texts among it)
//! and in the fixed lines of the kiosk and the crash notice.

use std::collections::{BTreeSet, HashSet};

use super::super::problem::Problem;
use super::{Loader, Place};

impl Loader<'_> {
    /// Reports characters the bundled fonts cannot show in `value`, written on `line`.
    pub(super) fn check_glyphs(&mut self, place: Place, line: usize, field: &str, value: &str) {
        let Some(coverage) = &self.files.font_coverage else {
            return;
        };
        let missing: BTreeSet<char> = value
            .chars()
            .filter(|c| !c.is_whitespace() && !coverage.contains(c))
            .collect();
        if !missing.is_empty() {
            let list: Vec<String> = missing
                .iter()
                .map(|c| format!("\"{c}\" (U+{:04X})", u32::from(*c)))
                .collect();
            self.problem(
                place.file,
                line,
                field,
                format!("the bundled fonts cannot show {}", list.join(", ")),
                "replace the character, or run `bash scripts/build-fonts.sh` to add it to the fonts",
            );
        }
    }
}

/// Fixed texts (`fixed`: the kiosk's and the crash notice's, as `lang` tag and text) with
/// characters the bundled fonts cannot show. The interface's texts are content
/// (interface.toml), checked with it.
pub fn interface_glyph_problems(coverage: &HashSet<char>, fixed: &[(&str, &str)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for &(lang, text) in fixed {
        let missing: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !coverage.contains(c))
            .collect();
        if !missing.is_empty() {
            problems.push(Problem {
                file: "src/kiosk/mod.rs".into(),
                line: 1,
                field: lang.into(),
                message: format!("the bundled fonts cannot show \"{missing}\" in \"{text}\""),
                fix: "run `bash scripts/build-fonts.sh` to add the characters to the fonts".into(),
            });
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::super::testing::{coverage, files, run};
    use super::*;

    #[test]
    fn content_characters_the_fonts_lack_are_listed_once_each() {
        let mut content = files(&[]);
        content.font_coverage = coverage("Ein Garten");
        let place = Place {
            file: "event.toml",
            text: "id = \"a\"\n[title]\nde = \"Ein Garten 🎉🎉\"\n",
        };
        let (_, found) = run(&content, |loader| {
            loader.check_glyphs(place, 3, "title.de", "Ein Garten 🎉🎉");
            loader.check_glyphs(place, 3, "title.de", "Garten");
        });
        assert_eq!(
            found,
            ["event.toml:3: title.de: the bundled fonts cannot show \"🎉\" (U+1F389)"]
        );
    }

    #[test]
    fn without_a_coverage_list_nothing_is_checked() {
        let place = Place {
            file: "event.toml",
            text: "",
        };
        let (_, found) = run(&files(&[]), |loader| {
            loader.check_glyphs(place, 1, "title.de", "🎉")
        });
        assert!(found.is_empty());
    }

    #[test]
    fn fixed_lines_are_checked_too() {
        let everything: HashSet<char> = "Neu laden重新加载".chars().collect();
        assert!(interface_glyph_problems(&everything, &[("de", "Neu laden")]).is_empty());

        let mut no_han = everything;
        no_han.retain(|c| !('\u{4e00}'..='\u{9fff}').contains(c));
        let found = interface_glyph_problems(&no_han, &[("zh", "重新加载"), ("de", "Neu laden")]);
        let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert!(shown[0].starts_with(
            "src/kiosk/mod.rs:1: zh: the bundled fonts cannot show \"重新加载\" in \"重新加载\""
        ));
    }

    #[test]
    fn interface_texts_are_checked_as_content() {
        let text = "[close_card]\nde = \"Schließen\"\nzh = \"关闭\"\nen = \"Close\"\n";
        let mut content = files(&[("interface.toml", text)]);
        content.font_coverage = coverage("SchließenClose");
        let (_, found) = run(&content, |loader| {
            loader.interface();
        });
        assert!(
            found.iter().any(|p| p
                == "interface.toml:3: close_card.zh: the bundled fonts cannot show \"关\" (U+5173), \"闭\" (U+95ED)"),
            "{found:?}"
        );
    }
}
