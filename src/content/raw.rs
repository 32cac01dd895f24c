//! The content files as written, before checking: every field a curator may set, nothing else.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub de: Option<String>,
    pub zh: Option<String>,
    pub en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategories {
    #[serde(default)]
    pub category: Vec<RawCategory>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub id: String,
    pub icon: String,
    pub colour: String,
    pub name: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEras {
    #[serde(default)]
    pub era: Vec<RawEra>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEra {
    pub id: String,
    pub start: i64,
    pub end: i64,
    pub name: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPictures {
    #[serde(default)]
    pub picture: Vec<RawPicture>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPicture {
    pub id: String,
    pub file: String,
    pub alt: RawText,
    pub credit: String,
    pub licence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub date: String,
    #[serde(default)]
    pub circa: bool,
    pub category: String,
    pub era: String,
    pub confidence: Option<String>,
    pub confidence_note: Option<RawText>,
    pub picture: Option<String>,
    #[serde(default)]
    pub links: Vec<String>,
    pub title: RawText,
    pub text: RawText,
    #[serde(default)]
    pub source: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSeries {
    pub id: String,
    pub kind: String,
    pub currency: Option<String>,
    pub scale: toml::Value,
    pub group: Option<String>,
    pub title: RawText,
    pub unit: RawText,
    #[serde(default)]
    pub sources: BTreeMap<String, RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigures {
    #[serde(default)]
    pub figure: Vec<RawFigure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: String,
    pub value: toml::Value,
    pub qualifier: String,
    pub currency: Option<String>,
    pub scale: toml::Value,
    pub as_of: String,
    pub label: RawText,
    pub source: RawSource,
}
