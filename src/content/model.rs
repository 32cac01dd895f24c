//! The validated content, as the app uses it. Built from the curated files by `load`, checked by
//! `validate`, and shipped to the browser in a compact binary form (see `build.rs`).

use serde::{Deserialize, Serialize};

// The calendar values live in `crate::calendar`, which i18n formats without knowing the
// content; re-exported here so `content::PartialDate` keeps working.
pub use crate::calendar::{DateSpan, PartialDate, Precision};
use crate::i18n::Lang;

/// The first and last year the exhibit covers.
pub const SPAN: (i32, i32) = (1986, 2026);

/// A text in the three languages of the exhibit.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Text {
    pub de: String,
    pub zh: String,
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// How sure the exhibit is of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// Stated in the cited sources.
    Verified,
    /// Stated, but the date or year is worked out from context.
    Inferred,
    /// Sources conflict or are weak.
    Uncertain,
}

/// Where a fact was found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// The page's publication date, when it shows one.
    pub date: Option<PartialDate>,
    /// What kind of page it is: how far a visitor may trust it.
    pub kind: SourceKind,
}

/// What kind of page a source is, shown to the visitor beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    /// A statistics office's own figures (Destatis, a state statistics office, customs).
    OfficialStatistics,
    /// A government, ministry, city administration or public agency.
    Government,
    /// A company's own page or report about itself.
    Company,
    /// A newspaper, broadcaster or news agency.
    News,
    /// A press release: what its issuer says about itself, distributed as it was written.
    PressRelease,
    /// A mirror or repost of another page, kept only beside the original.
    Copy,
}

impl SourceKind {
    /// Every kind, in the order curators read them.
    pub const ALL: [SourceKind; 6] = [
        SourceKind::OfficialStatistics,
        SourceKind::Government,
        SourceKind::Company,
        SourceKind::News,
        SourceKind::PressRelease,
        SourceKind::Copy,
    ];

    /// The kind as curators write it (`kind = "official-statistics"`).
    pub fn code(self) -> &'static str {
        match self {
            SourceKind::OfficialStatistics => "official-statistics",
            SourceKind::Government => "government",
            SourceKind::Company => "company",
            SourceKind::News => "news",
            SourceKind::PressRelease => "press-release",
            SourceKind::Copy => "copy",
        }
    }

    /// The kind a curator wrote, if it is one.
    pub fn from_code(code: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// Whether a fact resting on this kind of page stands on its own: official statistics, a
    /// government or independent reporting, not what a company or a press release says of
    /// itself, nor a copy.
    pub fn is_independent(self) -> bool {
        matches!(
            self,
            SourceKind::OfficialStatistics | SourceKind::Government | SourceKind::News
        )
    }
}

/// A kind of event, shown by icon and colour.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub icon: String,
    pub colour: String,
    pub name: Text,
}

/// A band of years on the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Era {
    pub id: String,
    pub start: i32,
    pub end: i32,
    pub name: Text,
    /// What the timeline's band says where the whole name does not fit in two lines, such as
    /// "Die Anfänge" for "Die Anfänge: Baden-Württemberg und Jiangsu".
    pub short: Text,
}

/// A picture: an illustration or a photograph.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Picture {
    pub id: String,
    /// Path below `assets/`, such as `pictures/garden.svg`.
    pub file: String,
    pub alt: Text,
    /// Who made it, as each language writes it (a name is the same in all three).
    pub credit: Text,
    pub licence: String,
    /// The licence's text on the web (a link on the web, plain text on a kiosk).
    pub licence_url: Option<String>,
    /// Where the original comes from: an archive or collection and its reference.
    pub source: Option<String>,
    /// The original's page on the web.
    pub source_url: Option<String>,
    /// The sizes the build writes of a photograph; `None` for a drawing (SVG), served as it is.
    pub sizes: Option<PhotoSizes>,
}

/// The sizes of a photograph the build writes (`src/bin/pictures.rs`): each width in WebP and
/// in JPEG, upright, cropped, without metadata.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoSizes {
    /// The files' common start below the site's root: `pictures/harbour`.
    pub stem: String,
    /// A hash of the original and the recipe (crop, widths, encoder settings), the end of every
    /// file's name: a changed photograph gets new names, so its files can be cached for good.
    pub hash: String,
    /// The widths written, narrowest first; every one of them in both formats.
    pub widths: Vec<u32>,
    /// Width and height of the widest size: the picture's shape, so the page keeps its place
    /// before it arrives.
    pub width: u32,
    pub height: u32,
    /// The part of the upright original that is shown.
    pub crop: Crop,
}

/// A rectangle of the upright original, in its pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Crop {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

impl PhotoSizes {
    /// The file of one width in one format (`webp` or `jpg`), below the site's root:
    /// `pictures/harbour-960-0123456789abcdef.webp`.
    pub fn file(&self, width: u32, extension: &str) -> String {
        format!("{}-{width}-{}.{extension}", self.stem, self.hash)
    }

    /// The height of the size `width` wide (the widest size's shape, rounded).
    pub fn height_at(&self, width: u32) -> u32 {
        let height = (u64::from(width) * u64::from(self.height) + u64::from(self.width) / 2)
            / u64::from(self.width.max(1));
        u32::try_from(height).unwrap_or(u32::MAX).max(1)
    }
}

/// A link from an event to one value of a data series.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataLink {
    pub series: String,
    pub year: i32,
}

/// Something that happened, as a card on the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub date: DateSpan,
    pub category: String,
    pub era: String,
    pub confidence: Confidence,
    pub confidence_note: Option<Text>,
    pub title: Text,
    pub text: Text,
    pub picture: Option<String>,
    /// One of the few events the timeline shows whole before any other, at every size.
    pub highlight: bool,
    pub sources: Vec<Source>,
    pub links: Vec<DataLink>,
}

/// How a series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SeriesKind {
    /// One value per year, as a line.
    Line,
    /// Single amounts placed on the time axis, as bars.
    Bars,
}

/// How a value came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Reported,
    Provisional,
    Revised,
    Estimate,
}

impl Status {
    /// The status as curators write it in a series file (`estimate`), and as the page's
    /// classes name it (`status-estimate`), whatever language the visitor reads.
    pub fn code(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Provisional => "provisional",
            Status::Revised => "revised",
            Status::Estimate => "estimate",
        }
    }
}

/// One year's value of a series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataPoint {
    pub year: i32,
    pub value: f64,
    pub status: Status,
    /// Index into the series' `sources`.
    pub source: usize,
    pub note: Option<Text>,
}

/// Values per year of one measure. A year without a point is a gap, never a zero.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub id: String,
    pub kind: SeriesKind,
    /// ISO 4217 code; `None` for counts.
    pub currency: Option<String>,
    /// What 1 in `value` means (1, a million, a billion).
    pub scale: f64,
    /// Series with the same group are drawn in one chart.
    pub group: Option<String>,
    pub title: Text,
    pub unit: Text,
    pub sources: Vec<Source>,
    pub points: Vec<DataPoint>,
}

/// How exact a key figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    Exact,
    MoreThan,
    About,
}

/// One large number with its label, such as "315 projects".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    pub value: f64,
    pub qualifier: Qualifier,
    pub currency: Option<String>,
    pub scale: f64,
    pub as_of: PartialDate,
    pub label: Text,
    pub source: Source,
}

/// Everything the exhibit shows.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Content {
    pub categories: Vec<Category>,
    pub eras: Vec<Era>,
    pub pictures: Vec<Picture>,
    /// Sorted by date.
    pub events: Vec<Event>,
    pub series: Vec<Series>,
    pub figures: Vec<Figure>,
    /// The legal and contact pages, one per [`PageId`], in that order.
    pub pages: Vec<Page>,
    /// When the content as a whole was last reviewed (`site.toml`), shown in every web view's
    /// footer.
    pub updated: Option<PartialDate>,
    /// The interface's own texts (`interface.toml`), in the order of `i18n::UiText::KEYS`.
    pub interface: Vec<Text>,
}

/// How a placeholder for details not known yet starts: `[[PLATZHALTER: Name des Betreibers]]`.
/// Shown marked as such; refused when building for a public address.
pub const PLACEHOLDER_START: &str = "[[PLATZHALTER";

/// The pages a public German site needs: each is a view of its own, linked from every web
/// view's footer and from the about page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PageId {
    /// Impressum (§ 5 DDG).
    Imprint,
    /// Datenschutzerklärung.
    Privacy,
    /// Erklärung zur Barrierefreiheit.
    Accessibility,
    Contact,
}

impl PageId {
    /// Every page, in the order the footer links them.
    pub const ALL: [PageId; 4] = [
        PageId::Imprint,
        PageId::Privacy,
        PageId::Accessibility,
        PageId::Contact,
    ];

    /// The page's address segment and file name (`pages/<code>.toml`).
    pub fn code(self) -> &'static str {
        match self {
            PageId::Imprint => "imprint",
            PageId::Privacy => "privacy",
            PageId::Accessibility => "accessibility",
            PageId::Contact => "contact",
        }
    }

    /// The page an address segment names.
    pub fn from_code(code: &str) -> Option<PageId> {
        PageId::ALL.into_iter().find(|page| page.code() == code)
    }
}

/// A legal or contact page: a title and a text of paragraphs (a blank line between two) and
/// `## ` headings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub id: PageId,
    pub title: Text,
    pub text: Text,
}

impl Content {
    /// The legal or contact page `id`.
    pub fn page(&self, id: PageId) -> Option<&Page> {
        self.pages.iter().find(|page| page.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id == id)
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|category| category.id == id)
    }

    /// Every source the exhibit cites, once each (by URL), in the order first cited.
    pub fn all_sources(&self) -> Vec<&Source> {
        let mut seen = std::collections::HashSet::new();
        let events = self.events.iter().flat_map(|e| e.sources.iter());
        let series = self.series.iter().flat_map(|s| s.sources.iter());
        let figures = self.figures.iter().map(|f| &f.source);
        events
            .chain(series)
            .chain(figures)
            .filter(|source| seen.insert(source.url.as_str()))
            .collect()
    }
}

impl Source {
    /// The language of the source's title, for its `lang` attribute: Chinese when it has Han
    /// characters, German when it has German letters or words, else English.
    pub fn title_lang(&self) -> &'static str {
        let title = self.title.as_str();
        if title
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        {
            return "zh-Hans";
        }
        let german_words = [
            "und", "der", "die", "das", "mit", "für", "im", "ist", "von", "zu", "auf", "den",
            "eine",
        ];
        let has_german_word = title
            .split(|c: char| !c.is_alphabetic())
            .any(|word| german_words.contains(&word.to_lowercase().as_str()));
        if has_german_word || title.chars().any(|c| "äöüßÄÖÜ".contains(c)) {
            "de"
        } else {
            "en"
        }
    }
}
