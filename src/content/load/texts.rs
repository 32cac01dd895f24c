//! Texts in the three languages of the exhibit, and how long each may be on a kiosk card.

use super::super::model::Text;
use super::super::raw::RawText;
use super::{Loader, Place};
use crate::i18n::Lang;
use toml::Spanned;

/// The longest texts a kiosk card holds: (German and English, Chinese), in characters.
pub const TITLE_MAX: (usize, usize) = (80, 32);
pub const TEXT_MAX: (usize, usize) = (520, 220);
pub const NOTE_MAX: (usize, usize) = (160, 70);
pub const NAME_MAX: (usize, usize) = (60, 24);
/// An era's short name, for a band too narrow for its whole name.
pub const SHORT_NAME_MAX: (usize, usize) = (24, 8);

impl Loader<'_> {
    /// A required text in all three languages, within `max` characters.
    pub(super) fn trilingual(
        &mut self,
        place: Place,
        field: &str,
        raw: &Spanned<RawText>,
        max: (usize, usize),
    ) -> Text {
        let mut text = Text::default();
        for lang in Lang::ALL {
            let (value, slot) = match lang {
                Lang::De => (&raw.get_ref().de, &mut text.de),
                Lang::Zh => (&raw.get_ref().zh, &mut text.zh),
                Lang::En => (&raw.get_ref().en, &mut text.en),
            };
            let key = format!("{field}.{}", lang.code());
            // A language not written is named at its table.
            let line = value.as_ref().map_or(place.line(raw), |v| place.line(v));
            let name = match lang {
                Lang::De => "German",
                Lang::Zh => "Chinese",
                Lang::En => "English",
            };
            match value.as_ref().map(|v| v.get_ref().trim()) {
                None | Some("") => self.problem(
                    place.file,
                    line,
                    &key,
                    format!("the {name} text is missing"),
                    &format!("add {} = \"…\" under [{field}]", lang.code()),
                ),
                Some(value) => {
                    let limit = if lang == Lang::Zh { max.1 } else { max.0 };
                    let length = value.chars().count();
                    if length > limit {
                        self.problem(
                            place.file,
                            line,
                            &key,
                            format!("the {name} text has {length} characters; a kiosk card holds at most {limit}"),
                            "shorten it",
                        );
                    }
                    self.check_glyphs(place, line, &key, value);
                    *slot = value.to_string();
                }
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};
    use super::*;

    const TEXT: &str = "id = \"a\"\n[title]\nde = \"Partnerschaft\"\nzh = \"\"\nen = \"A partnership between Baden-Württemberg and Jiangsu, signed in Stuttgart\"\n";

    fn title(max: (usize, usize)) -> (Text, Vec<String>) {
        #[derive(serde::Deserialize)]
        struct Raw {
            title: Spanned<RawText>,
        }
        let raw: Raw = toml::from_str(TEXT).expect("a table");
        let place = Place {
            file: "event.toml",
            text: TEXT,
        };
        run(&files(&[]), |loader| {
            loader.trilingual(place, "title", &raw.title, max)
        })
    }

    #[test]
    fn every_language_is_required() {
        let (text, found) = title(TITLE_MAX);
        assert_eq!(text.de, "Partnerschaft");
        assert_eq!(
            found,
            ["event.toml:4: title.zh: the Chinese text is missing"]
        );
    }

    #[test]
    fn a_text_longer_than_a_card_holds_is_named_with_its_length() {
        let (_, found) = title((20, 10));
        assert_eq!(
            found,
            [
                "event.toml:4: title.zh: the Chinese text is missing",
                "event.toml:5: title.en: the English text has 72 characters; a kiosk card holds at most 20",
            ]
        );
    }

    #[test]
    fn languages_not_written_are_named_at_their_table() {
        #[derive(serde::Deserialize)]
        struct Raw {
            text: Spanned<RawText>,
        }
        let text = "id = \"a\"\n[text]\n# to be written\n";
        let raw: Raw = toml::from_str(text).expect("a table");
        let place = Place {
            file: "event.toml",
            text,
        };
        let (_, found) = run(&files(&[]), |loader| {
            loader.trilingual(place, "text", &raw.text, TEXT_MAX)
        });
        assert_eq!(
            found,
            [
                "event.toml:2: text.de: the German text is missing",
                "event.toml:2: text.zh: the Chinese text is missing",
                "event.toml:2: text.en: the English text is missing",
            ]
        );
    }

    #[test]
    fn chinese_cards_hold_fewer_characters() {
        for max in [TITLE_MAX, TEXT_MAX, NOTE_MAX, NAME_MAX, SHORT_NAME_MAX] {
            assert!(max.1 < max.0);
        }
    }
}
