//! The content files as written, before checking: every field a curator may set, nothing else.
//!
//! Values a problem may be about are `Spanned`: toml tells where each stands, so a problem names
//! its line exactly. A table's span is its `[header]` (or its first dotted `key.`), the line
//! named when a field inside it is missing.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A text in the three languages.
#[derive(Deserialize, Default)]
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
}

/// pictures.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPictures {
    #[serde(default)]
    pub picture: Vec<RawPicture>,
}

/// One `[[picture]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPicture {
    pub id: Spanned<String>,
    pub file: Spanned<String>,
    pub alt: Spanned<RawText>,
    pub credit: Spanned<String>,
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
