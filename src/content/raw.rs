//! The content files as written, before checking: every field a curator may set, nothing else.
//!
//! Values a problem may be about are `Spanned`: toml tells where each stands, so a problem names
//! its line exactly. A table's span is its `[header]` (or its first dotted `key.`), the line
//! named when a field inside it is missing.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A text in the three languages.
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub de: Option<Spanned<String>>,
    pub zh: Option<Spanned<String>>,
    pub en: Option<Spanned<String>>,
}

/// Where a fact was found.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: Option<Spanned<String>>,
    pub publisher: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
    pub date: Option<Spanned<String>>,
    /// official-statistics, government, company, news, press-release or copy.
    pub kind: Option<Spanned<String>>,
}

/// categories.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategories {
    #[serde(default)]
    pub category: Vec<RawCategory>,
}

/// One `[[category]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub id: Spanned<String>,
    pub icon: Spanned<String>,
    pub colour: Spanned<String>,
    pub name: Spanned<RawText>,
}

/// eras.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEras {
    #[serde(default)]
    pub era: Vec<RawEra>,
}

/// One `[[era]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEra {
    pub id: Spanned<String>,
    pub start: Spanned<i64>,
    pub end: Spanned<i64>,
    pub name: Spanned<RawText>,
    pub short: Spanned<RawText>,
}

/// pictures.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPictures {
    #[serde(default)]
    pub picture: Vec<RawPicture>,
}

/// Who made a picture: one name for every language (`credit = "Anna Schmidt"`), or a text in
/// each (`credit.de = "Ausstellungsteam"`, `credit.zh = …`, `credit.en = …`) where the credit
/// is words rather than a name.
pub enum RawCredit {
    Name(String),
    Each(RawText),
}

impl<'de> Deserialize<'de> for RawCredit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Credit;
        impl<'de> serde::de::Visitor<'de> for Credit {
            type Value = RawCredit;
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str(
                    "a name in quotes, or a text in each language (credit.de, credit.zh, credit.en)",
                )
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<RawCredit, E> {
                Ok(RawCredit::Name(name.to_string()))
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                map: M,
            ) -> Result<RawCredit, M::Error> {
                RawText::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(RawCredit::Each)
            }
        }
        deserializer.deserialize_any(Credit)
    }
}

/// One `[[picture]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPicture {
    pub id: Spanned<String>,
    pub file: Spanned<String>,
    pub alt: Spanned<RawText>,
    pub credit: Spanned<RawCredit>,
    pub licence: Spanned<String>,
    pub licence_url: Option<Spanned<String>>,
    pub source: Option<Spanned<String>>,
    pub source_url: Option<Spanned<String>>,
    /// A photograph's focal point: `[x, y]` as fractions of its width and height.
    pub focus: Option<Spanned<Vec<toml::Value>>>,
    /// A photograph's shape: `"16:9"`, `"1:1"`, or `"original"`.
    pub aspect: Option<Spanned<String>>,
}

/// One file in events/.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: Spanned<String>,
    pub date: Spanned<String>,
    #[serde(default)]
    pub circa: bool,
    pub category: Spanned<String>,
    pub era: Spanned<String>,
    pub confidence: Option<Spanned<String>>,
    pub confidence_note: Option<Spanned<RawText>>,
    pub picture: Option<Spanned<String>>,
    #[serde(default)]
    pub highlight: bool,
    #[serde(default)]
    pub links: Vec<Spanned<String>>,
    pub title: Spanned<RawText>,
    pub text: Spanned<RawText>,
    #[serde(default)]
    pub source: Vec<Spanned<RawSource>>,
}

/// One series' description, series/<id>.toml.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSeries {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    pub currency: Option<Spanned<String>>,
    pub scale: Spanned<toml::Value>,
    pub group: Option<Spanned<String>>,
    pub title: Spanned<RawText>,
    pub unit: Spanned<RawText>,
    #[serde(default)]
    pub sources: BTreeMap<String, Spanned<RawSource>>,
}

/// figures.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigures {
    #[serde(default)]
    pub figure: Vec<RawFigure>,
}

/// One `[[figure]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: Spanned<String>,
    pub value: Spanned<toml::Value>,
    pub qualifier: Spanned<String>,
    pub currency: Option<Spanned<String>>,
    pub scale: Spanned<toml::Value>,
    pub as_of: Spanned<String>,
    pub label: Spanned<RawText>,
    pub source: Spanned<RawSource>,
}

/// pages/<id>.toml: a legal or contact page.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub title: Spanned<RawText>,
    pub text: Spanned<RawText>,
}

/// site.toml: what holds for the content as a whole.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSite {
    /// When the content was last reviewed, `"2026-11-30"`.
    pub updated: Spanned<String>,
}
