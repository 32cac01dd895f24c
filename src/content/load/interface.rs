//! interface.toml: the interface's own texts (headings, buttons, labels), one table per text
//! with its German, Chinese and English, named as the program looks it up.

use std::collections::BTreeMap;

use super::super::model::Text;
use super::super::raw::RawText;
use super::Loader;
use crate::i18n::{Lang, UiText, PLACEHOLDERS};
use toml::Spanned;

/// The longest interface text, in characters (German and English, Chinese): the longest today
/// is a paragraph of the about page; only absurd lengths are refused.
const INTERFACE_TEXT_MAX: (usize, usize) = (1_500, 600);

impl Loader<'_> {
    /// Every interface text, in the order of `UiText::KEYS`.
    pub(super) fn interface(&mut self) -> Vec<Text> {
        const FILE: &str = "interface.toml";
        let Some(raw) = self.parse::<BTreeMap<String, Spanned<RawText>>>(FILE) else {
            return Vec::new();
        };
        let place = self.place(FILE);
        for (key, text) in &raw {
            if !UiText::KEYS.contains(&key.as_str()) {
                self.problem(
                    FILE,
                    place.line(text),
                    key,
                    "the exhibit has no interface text of this name".into(),
                    "correct the name in [brackets] (see the other tables), or remove the table",
                );
            }
        }
        let mut texts = Vec::with_capacity(UiText::KEYS.len());
        for key in UiText::KEYS {
            let Some(raw_text) = raw.get(*key) else {
                self.problem(
                    FILE,
                    0,
                    key,
                    "this interface text is missing".into(),
                    &format!("add a table [{key}] with de = \"…\", zh = \"…\" and en = \"…\""),
                );
                texts.push(Text::default());
                continue;
            };
            let text = self.trilingual(place, key, raw_text, INTERFACE_TEXT_MAX);
            for (_, placeholder) in PLACEHOLDERS.iter().filter(|(k, _)| k == key) {
                for lang in Lang::ALL {
                    let written = text.get(lang);
                    if !written.is_empty() && !written.contains(placeholder) {
                        let line = match lang {
                            Lang::De => &raw_text.get_ref().de,
                            Lang::Zh => &raw_text.get_ref().zh,
                            Lang::En => &raw_text.get_ref().en,
                        }
                        .as_ref()
                        .map_or(place.line(raw_text), |v| place.line(v));
                        self.problem(
                            FILE,
                            line,
                            &format!("{key}.{}", lang.code()),
                            format!("the text lacks {placeholder}, where the exhibit puts a number"),
                            &format!("write {placeholder} where the number belongs, as in the other languages"),
                        );
                    }
                }
            }
            texts.push(text);
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing;

    /// The shipped file.
    fn shipped() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/content/interface.toml"
        ))
        .expect("assets/content/interface.toml")
    }

    fn problems(text: &str) -> Vec<String> {
        testing::problems(&[("interface.toml", text)], |loader| {
            loader.interface();
        })
    }

    #[test]
    fn the_shipped_texts_pass() {
        assert_eq!(problems(&shipped()), Vec::<String>::new());
    }

    #[test]
    fn a_missing_translation_is_named_with_its_line() {
        let text = shipped().replacen("zh = \"关闭\"\n", "", 1);
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("close_card.zh") && found[0].contains("the Chinese text is missing"),
            "{found:?}"
        );
    }

    #[test]
    fn a_missing_or_misspelt_text_is_named() {
        let text = shipped().replacen("[close_card]", "[close_crad]", 1);
        let found = problems(&text);
        assert!(
            found
                .iter()
                .any(|p| p.contains("close_crad") && p.contains("no interface text of this name")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("close_card") && p.contains("this interface text is missing")),
            "{found:?}"
        );
    }

    #[test]
    fn a_translation_without_its_number_is_refused() {
        let text = shipped().replacen("Noch {n} Versuche", "Noch einige Versuche", 1);
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("staff_pin_wrong.de") && found[0].contains("lacks {n}"),
            "{found:?}"
        );
    }
}
