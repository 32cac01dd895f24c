//! Reads the curated files into a `Content`, collecting every problem on the way, so a curator
//! sees them all at once.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::csv;
use super::dates::{parse_date, parse_span};
use super::model::*;
use super::problem::{Locator, Problem};
use super::raw::*;
use crate::i18n::Lang;

/// The longest texts a kiosk card holds: (German and English, Chinese), in characters.
pub const TITLE_MAX: (usize, usize) = (80, 32);
pub const TEXT_MAX: (usize, usize) = (520, 220);
pub const NOTE_MAX: (usize, usize) = (160, 70);
pub const NAME_MAX: (usize, usize) = (60, 24);

/// Icons the timeline can draw for a category.
pub const ICONS: [&str; 5] = ["handshake", "factory", "fair", "lantern", "flag"];

const CSV_HEADER: [&str; 7] = [
    "year", "value", "status", "source", "note_de", "note_zh", "note_en",
];

/// The content files in memory: paths below the content folder and their text, plus the
/// picture files found beside them.
#[derive(Clone, Debug, Default)]
pub struct ContentFiles {
    pub files: BTreeMap<String, String>,
    /// Paths below `assets/` of the files pictures may point at.
    pub asset_files: BTreeSet<String>,
    /// Characters the bundled fonts can show; `None` skips that check.
    pub font_coverage: Option<HashSet<char>>,
}

impl ContentFiles {
    /// Reads `assets/content/` (every .toml and .csv), the picture files in `assets/pictures/`
    /// and the font coverage list `assets/fonts/coverage.txt`, given the `assets` folder.
    pub fn read(assets: &Path) -> io::Result<Self> {
        let mut content = ContentFiles::default();
        let root = assets.join("content");
        for path in walk(&root)? {
            let relative = relative(&root, &path);
            if relative.ends_with(".toml") || relative.ends_with(".csv") {
                let text = std::fs::read(&path)?;
                let text = String::from_utf8(text).unwrap_or_else(|bytes| {
                    // Kept so the loader can say which file is not UTF-8.
                    String::from_utf8_lossy(bytes.as_bytes()).into_owned()
                });
                content.files.insert(relative, text);
            }
        }
        let pictures = assets.join("pictures");
        if pictures.is_dir() {
            for path in walk(&pictures)? {
                content.asset_files.insert(relative(assets, &path));
            }
        }
        if let Ok(list) = std::fs::read_to_string(assets.join("fonts").join("coverage.txt")) {
            content.font_coverage = Some(list.chars().collect());
        }
        Ok(content)
    }
}

fn walk(dir: &Path) -> io::Result<Vec<std::path::PathBuf>> {
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(walk(&path)?);
        } else {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Checks and assembles the content; every problem found, or the content when there is none.
pub fn load(files: &ContentFiles) -> Result<Content, Vec<Problem>> {
    let mut loader = Loader {
        files,
        problems: Vec::new(),
    };
    let content = loader.content();
    if loader.problems.is_empty() {
        Ok(content)
    } else {
        Err(loader.problems)
    }
}

struct Loader<'a> {
    files: &'a ContentFiles,
    problems: Vec<Problem>,
}

/// Where in a file a thing is: for problems.
#[derive(Clone, Copy)]
struct Place<'a> {
    file: &'a str,
    text: &'a str,
    /// Line where the thing's table starts.
    from: usize,
}

impl Place<'_> {
    fn line_of(&self, field: &str) -> usize {
        Locator::new(self.text).key(self.from, field)
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':');
    host_ok
        && !url
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
}

/// Relative luminance contrast of a colour against white text (WCAG formula).
fn contrast_with_white(hex: &str) -> Option<f64> {
    let digits = hex.strip_prefix('#')?;
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let value = f64::from(u8::from_str_radix(&digits[i..i + 2], 16).ok()?) / 255.0;
        Some(if value <= 0.03928 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        })
    };
    let luminance = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some(1.05 / (luminance + 0.05))
}

fn number(value: &toml::Value) -> Option<f64> {
    match value {
        toml::Value::Integer(i) => Some(*i as f64),
        toml::Value::Float(f) => Some(*f),
        _ => None,
    }
}

const SCALES: [f64; 3] = [1.0, 1e6, 1e9];

impl<'a> Loader<'a> {
    fn problem(&mut self, file: &str, line: usize, field: &str, message: String, fix: &str) {
        self.problems.push(Problem {
            file: file.to_string(),
            line,
            field: field.to_string(),
            message,
            fix: fix.to_string(),
        });
    }

    fn content(&mut self) -> Content {
        let categories = self.categories();
        let eras = self.eras();
        let pictures = self.pictures();
        let series = self.all_series();
        let figures = self.figures();
        let events = self.events(&categories, &eras, &pictures, &series);
        Content {
            categories,
            eras,
            pictures,
            events,
            series,
            figures,
        }
    }

    /// Parses one TOML file, reporting syntax errors and unknown or missing fields.
    fn parse<T: DeserializeOwned>(&mut self, file: &str) -> Option<T> {
        let Some(text) = self.files.files.get(file) else {
            self.problem(
                file,
                1,
                "",
                "the file is missing".into(),
                "restore it from the repository (git checkout -- assets/content)",
            );
            return None;
        };
        if text.contains('\u{FFFD}') {
            self.problem(
                file,
                1,
                "",
                "the file is not saved as UTF-8 text".into(),
                "save it again with the encoding UTF-8",
            );
            return None;
        }
        match toml::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(error) => {
                let line = error
                    .span()
                    .map_or(1, |span| Locator::new(text).line_at(span.start));
                let message = error.message().trim().replace('\n', " ");
                let (field, fix) = if let Some(rest) = message.strip_prefix("unknown field `") {
                    let field = rest.split('`').next().unwrap_or_default().to_string();
                    let expected = rest.split_once(", expected ").map_or("", |(_, e)| e);
                    (
                        field,
                        format!("remove it or correct its spelling; allowed here: {expected}"),
                    )
                } else if let Some(rest) = message.strip_prefix("missing field `") {
                    let field = rest.split('`').next().unwrap_or_default().to_string();
                    (
                        field.clone(),
                        format!("add the field `{field}` to this table"),
                    )
                } else {
                    (
                        String::new(),
                        "check the TOML syntax on this line: text goes in double quotes, one `key = value` per line, tables in [brackets]".to_string(),
                    )
                };
                let message = if message.starts_with("unknown field") {
                    "this field is not known".to_string()
                } else if message.starts_with("missing field") {
                    "this required field is missing".to_string()
                } else {
                    format!("the file cannot be read: {message}")
                };
                self.problem(file, line, &field, message, &fix);
                None
            }
        }
    }

    fn text_of(&self, file: &str) -> &'a str {
        self.files.files.get(file).map_or("", String::as_str)
    }

    /// A required text in all three languages, within `max` characters.
    fn trilingual(
        &mut self,
        place: Place,
        field: &str,
        raw: Option<&RawText>,
        max: (usize, usize),
    ) -> Text {
        let empty = RawText::default();
        let raw = raw.unwrap_or(&empty);
        let mut text = Text::default();
        for lang in Lang::ALL {
            let (value, slot) = match lang {
                Lang::De => (&raw.de, &mut text.de),
                Lang::Zh => (&raw.zh, &mut text.zh),
                Lang::En => (&raw.en, &mut text.en),
            };
            let key = format!("{field}.{}", lang.code());
            let line = place.line_of(&key);
            let name = match lang {
                Lang::De => "German",
                Lang::Zh => "Chinese",
                Lang::En => "English",
            };
            match value.as_deref().map(str::trim) {
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
                    self.check_glyphs(place, &key, value);
                    *slot = value.to_string();
                }
            }
        }
        text
    }

    /// Reports characters the bundled fonts cannot show.
    fn check_glyphs(&mut self, place: Place, field: &str, value: &str) {
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
                place.line_of(field),
                field,
                format!("the bundled fonts cannot show {}", list.join(", ")),
                "replace the character, or run `bash scripts/build-fonts.sh` to add it to the fonts",
            );
        }
    }

    fn id(&mut self, place: Place, id: &str, seen: &mut HashMap<String, String>, kind: &str) {
        let line = place.line_of("id");
        if !is_id(id) {
            self.problem(
                place.file,
                line,
                "id",
                format!("\"{id}\" is not a valid id"),
                "use lower-case letters a–z, digits and single hyphens, like \"bosch-plant-2013\"",
            );
        }
        let here = format!("{}:{line}", place.file);
        if let Some(first) = seen.insert(id.to_string(), here) {
            self.problem(
                place.file,
                line,
                "id",
                format!("the {kind} id \"{id}\" is used twice (first at {first})"),
                "give each one its own id",
            );
        }
    }

    fn source(&mut self, place: Place, prefix: &str, raw: &RawSource) -> Source {
        let field = |name: &str| {
            if prefix.is_empty() {
                name.to_string()
            } else {
                format!("{prefix}.{name}")
            }
        };
        let required = |loader: &mut Self, name: &str, value: &Option<String>| {
            let value = value.as_deref().map(str::trim).unwrap_or_default();
            if value.is_empty() {
                loader.problem(
                    place.file,
                    place.line_of(name),
                    &field(name),
                    format!("the source's {name} is missing"),
                    &format!("add {name} = \"…\" to the source"),
                );
            } else {
                loader.check_glyphs(place, &field(name), value);
            }
            value.to_string()
        };
        let title = required(self, "title", &raw.title);
        let publisher = required(self, "publisher", &raw.publisher);
        let url = raw
            .url
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_string();
        if !is_url(&url) {
            let message = if url.is_empty() {
                "the source's url is missing".to_string()
            } else {
                format!("\"{url}\" is not a web address")
            };
            self.problem(
                place.file,
                place.line_of("url"),
                &field("url"),
                message,
                "give the full address of the page, starting with https:// or http://",
            );
        }
        let date = raw.date.as_deref().and_then(|text| match parse_date(text) {
            Ok(date) => Some(date),
            Err(error) => {
                self.problem(
                    place.file,
                    place.line_of("date"),
                    &field("date"),
                    error.message,
                    &error.fix,
                );
                None
            }
        });
        Source {
            title,
            publisher,
            url,
            date,
        }
    }

    fn categories(&mut self) -> Vec<Category> {
        const FILE: &str = "categories.toml";
        let Some(raw) = self.parse::<RawCategories>(FILE) else {
            return Vec::new();
        };
        let text = self.text_of(FILE);
        let mut seen = HashMap::new();
        let mut categories = Vec::new();
        for (i, raw) in raw.category.into_iter().enumerate() {
            let from = Locator::new(text).table_start("category", i);
            let place = Place {
                file: FILE,
                text,
                from,
            };
            self.id(place, &raw.id, &mut seen, "category");
            if !ICONS.contains(&raw.icon.as_str()) {
                self.problem(
                    FILE,
                    place.line_of("icon"),
                    "icon",
                    format!("there is no icon \"{}\"", raw.icon),
                    &format!("use one of: {}", ICONS.join(", ")),
                );
            }
            match contrast_with_white(&raw.colour) {
                None => self.problem(
                    FILE,
                    place.line_of("colour"),
                    "colour",
                    format!("\"{}\" is not a colour", raw.colour),
                    "write it as # and six hex digits, like \"#1d3557\"",
                ),
                Some(contrast) if contrast < 4.5 => self.problem(
                    FILE,
                    place.line_of("colour"),
                    "colour",
                    format!(
                        "white text on {} has a contrast of only {contrast:.1}:1",
                        raw.colour
                    ),
                    "choose a darker colour (contrast at least 4.5:1)",
                ),
                Some(_) => {}
            }
            let name = self.trilingual(place, "name", Some(&raw.name), NAME_MAX);
            categories.push(Category {
                id: raw.id,
                icon: raw.icon,
                colour: raw.colour,
                name,
            });
        }
        if categories.is_empty() && self.files.files.contains_key(FILE) {
            self.problem(
                FILE,
                1,
                "",
                "there is no category".into(),
                "add at least one [[category]]",
            );
        }
        categories
    }

    fn eras(&mut self) -> Vec<Era> {
        const FILE: &str = "eras.toml";
        let Some(raw) = self.parse::<RawEras>(FILE) else {
            return Vec::new();
        };
        let text = self.text_of(FILE);
        let mut seen = HashMap::new();
        let mut eras = Vec::new();
        for (i, raw) in raw.era.into_iter().enumerate() {
            let from = Locator::new(text).table_start("era", i);
            let place = Place {
                file: FILE,
                text,
                from,
            };
            self.id(place, &raw.id, &mut seen, "era");
            let name = self.trilingual(place, "name", Some(&raw.name), NAME_MAX);
            let years = i64::from(SPAN.0)..=i64::from(SPAN.1);
            for (field, year) in [("start", raw.start), ("end", raw.end)] {
                if !years.contains(&year) {
                    self.problem(
                        FILE,
                        place.line_of(field),
                        field,
                        format!(
                            "{year} lies outside the exhibit's span {}–{}",
                            SPAN.0, SPAN.1
                        ),
                        "use a year within the span",
                    );
                }
            }
            if raw.end < raw.start {
                self.problem(
                    FILE,
                    place.line_of("end"),
                    "end",
                    format!(
                        "the era ends ({}) before it starts ({})",
                        raw.end, raw.start
                    ),
                    "swap start and end",
                );
            }
            eras.push((
                from,
                Era {
                    id: raw.id,
                    start: raw.start.clamp(0, 9999) as i32,
                    end: raw.end.clamp(0, 9999) as i32,
                    name,
                },
            ));
        }
        eras.sort_by_key(|(_, era)| era.start);
        let mut expected_start = SPAN.0;
        for (line, era) in &eras {
            if era.start > expected_start {
                self.problem(
                    FILE,
                    *line,
                    "start",
                    format!(
                        "no era covers {expected_start}–{} (the era \"{}\" starts in {})",
                        era.start - 1,
                        era.id,
                        era.start
                    ),
                    "let each era start the year after the previous one ends",
                );
            } else if era.start < expected_start {
                self.problem(
                    FILE,
                    *line,
                    "start",
                    format!(
                        "the era \"{}\" starts in {}, inside the previous era (which runs to {})",
                        era.id,
                        era.start,
                        expected_start - 1
                    ),
                    "let each era start the year after the previous one ends",
                );
            }
            expected_start = expected_start.max(era.end + 1);
        }
        if !eras.is_empty() && expected_start <= SPAN.1 {
            self.problem(
                FILE,
                eras.last().map_or(1, |(line, _)| *line),
                "end",
                format!("no era covers {expected_start}–{}", SPAN.1),
                "let the last era end in the exhibit's last year",
            );
        }
        if eras.is_empty() && self.files.files.contains_key(FILE) {
            self.problem(
                FILE,
                1,
                "",
                "there is no era".into(),
                "add at least one [[era]]",
            );
        }
        eras.into_iter().map(|(_, era)| era).collect()
    }

    fn pictures(&mut self) -> Vec<Picture> {
        const FILE: &str = "pictures.toml";
        if !self.files.files.contains_key(FILE) {
            return Vec::new();
        }
        let Some(raw) = self.parse::<RawPictures>(FILE) else {
            return Vec::new();
        };
        let text = self.text_of(FILE);
        let mut seen = HashMap::new();
        let mut pictures = Vec::new();
        for (i, raw) in raw.picture.into_iter().enumerate() {
            let from = Locator::new(text).table_start("picture", i);
            let place = Place {
                file: FILE,
                text,
                from,
            };
            self.id(place, &raw.id, &mut seen, "picture");
            if !self.files.asset_files.contains(&raw.file) {
                self.problem(
                    FILE,
                    place.line_of("file"),
                    "file",
                    format!("there is no picture file assets/{}", raw.file),
                    "put the file into assets/pictures/ and give its path below assets/, like \"pictures/garden.svg\"",
                );
            }
            let alt = self.trilingual(place, "alt", Some(&raw.alt), NOTE_MAX);
            for (field, value) in [("credit", &raw.credit), ("licence", &raw.licence)] {
                if value.trim().is_empty() {
                    self.problem(
                        FILE,
                        place.line_of(field),
                        field,
                        format!("the picture's {field} is empty"),
                        &format!("say who made it ({field})"),
                    );
                }
            }
            pictures.push(Picture {
                id: raw.id,
                file: raw.file,
                alt,
                credit: raw.credit,
                licence: raw.licence,
            });
        }
        pictures
    }

    fn all_series(&mut self) -> Vec<Series> {
        let files: Vec<String> = self
            .files
            .files
            .keys()
            .filter(|path| path.starts_with("series/") && path.ends_with(".toml"))
            .cloned()
            .collect();
        let mut seen = HashMap::new();
        let mut all = Vec::new();
        for file in files {
            if let Some(series) = self.series(&file, &mut seen) {
                all.push(series);
            }
        }
        for (path, _) in self.files.files.iter() {
            if path.starts_with("series/") && path.ends_with(".csv") {
                let toml = format!("{}.toml", path.trim_end_matches(".csv"));
                if !self.files.files.contains_key(&toml) {
                    self.problems.push(Problem {
                        file: path.clone(),
                        line: 1,
                        field: String::new(),
                        message: format!("the values have no series description {toml}"),
                        fix: "add the .toml file with the same name, or remove this file".into(),
                    });
                }
            }
        }
        // Series drawn together must share a unit.
        let mut groups: BTreeMap<&str, &Series> = BTreeMap::new();
        let mut mismatches = Vec::new();
        for series in &all {
            let Some(group) = series.group.as_deref() else {
                continue;
            };
            match groups.get(group) {
                Some(first)
                    if first.currency != series.currency
                        || first.scale != series.scale
                        || first.kind != series.kind =>
                {
                    mismatches.push((series.id.clone(), first.id.clone(), group.to_string()));
                }
                Some(_) => {}
                None => {
                    groups.insert(group, series);
                }
            }
        }
        for (id, first, group) in mismatches {
            let file = format!("series/{id}.toml");
            let line = Locator::new(self.text_of(&file)).key(1, "group");
            self.problem(
                &file,
                line,
                "group",
                format!("\"{id}\" and \"{first}\" share the chart \"{group}\" but differ in kind, currency or scale"),
                "series in one group need the same kind, currency and scale; remove the group or make them match",
            );
        }
        all
    }

    fn currency(&mut self, place: Place, currency: &Option<String>) {
        if let Some(code) = currency {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                self.problem(
                    place.file,
                    place.line_of("currency"),
                    "currency",
                    format!("\"{code}\" is not a currency code"),
                    "use a three-letter ISO code like \"EUR\", \"USD\" or \"CNY\", or leave currency out for counts",
                );
            }
        }
    }

    fn scale(&mut self, place: Place, value: &toml::Value) -> f64 {
        match number(value) {
            Some(scale) if SCALES.contains(&scale) => scale,
            _ => {
                self.problem(
                    place.file,
                    place.line_of("scale"),
                    "scale",
                    format!("{value} is not a scale the exhibit knows"),
                    "use 1, 1000000 (million) or 1000000000 (billion)",
                );
                1.0
            }
        }
    }

    fn series(&mut self, file: &str, seen: &mut HashMap<String, String>) -> Option<Series> {
        let raw = self.parse::<RawSeries>(file)?;
        let text = self.text_of(file);
        let place = Place {
            file,
            text,
            from: 1,
        };
        self.id(place, &raw.id, seen, "series");
        let kind = match raw.kind.as_str() {
            "line" => SeriesKind::Line,
            "bars" => SeriesKind::Bars,
            other => {
                self.problem(
                    file,
                    place.line_of("kind"),
                    "kind",
                    format!("\"{other}\" is not a kind of series"),
                    "use \"line\" for one value per year or \"bars\" for single amounts",
                );
                SeriesKind::Line
            }
        };
        self.currency(place, &raw.currency);
        let scale = self.scale(place, &raw.scale);
        if let Some(group) = &raw.group {
            if !is_id(group) {
                self.problem(
                    file,
                    place.line_of("group"),
                    "group",
                    format!("\"{group}\" is not a valid group name"),
                    "use lower-case letters, digits and hyphens",
                );
            }
        }
        let title = self.trilingual(place, "title", Some(&raw.title), TITLE_MAX);
        let unit = self.trilingual(place, "unit", Some(&raw.unit), NAME_MAX);
        let mut keys = Vec::new();
        let mut sources = Vec::new();
        for (key, source) in &raw.sources {
            let from = Locator::new(text).key(1, &format!("sources.{key}.url"));
            let header = text
                .lines()
                .position(|line| line.trim() == format!("[sources.{key}]"))
                .map_or(from, |i| i + 1);
            let source_place = Place {
                file,
                text,
                from: header,
            };
            sources.push(self.source(source_place, &format!("sources.{key}"), source));
            keys.push(key.clone());
        }
        let csv_file = format!("{}.csv", file.trim_end_matches(".toml"));
        let points = self.points(&csv_file, &keys);
        Some(Series {
            id: raw.id,
            kind,
            currency: raw.currency,
            scale,
            group: raw.group,
            title,
            unit,
            sources,
            points,
        })
    }

    fn points(&mut self, file: &str, source_keys: &[String]) -> Vec<DataPoint> {
        let Some(text) = self.files.files.get(file) else {
            self.problem(
                file,
                1,
                "",
                "the series has no values file".into(),
                "add a CSV file with the same name as the series' .toml file",
            );
            return Vec::new();
        };
        let records = match csv::parse(text) {
            Ok(records) => records,
            Err(error) => {
                self.problem(
                    file,
                    error.line,
                    "",
                    "a quote opened on this line is never closed".into(),
                    "close the field with a double quote; write a quote inside a field as two quotes \"\"",
                );
                return Vec::new();
            }
        };
        let mut rows = records.into_iter();
        match rows.next() {
            Some(header)
                if header
                    .fields
                    .iter()
                    .map(|f| f.trim())
                    .eq(CSV_HEADER.iter().copied()) => {}
            header => {
                self.problem(
                    file,
                    header.map_or(1, |h| h.line),
                    "",
                    "the first line does not name the expected columns".into(),
                    &format!("make the first line exactly: {}", CSV_HEADER.join(",")),
                );
                return Vec::new();
            }
        }
        let mut points: Vec<DataPoint> = Vec::new();
        let mut years = HashMap::new();
        for row in rows {
            let line = row.line;
            if row.fields.len() != CSV_HEADER.len() {
                self.problem(
                    file,
                    line,
                    "",
                    format!(
                        "the row has {} columns, the header {}",
                        row.fields.len(),
                        CSV_HEADER.len()
                    ),
                    "put a field in double quotes when it contains a comma; leave empty notes as ,,",
                );
                continue;
            }
            let field = |i: usize| row.fields[i].trim();
            let year = match field(0).parse::<i32>() {
                Ok(year) if (SPAN.0..=SPAN.1).contains(&year) => Some(year),
                Ok(year) => {
                    self.problem(
                        file,
                        line,
                        "year",
                        format!(
                            "{year} lies outside the exhibit's span {}–{}",
                            SPAN.0, SPAN.1
                        ),
                        "use a year within the span",
                    );
                    None
                }
                Err(_) => {
                    self.problem(
                        file,
                        line,
                        "year",
                        format!("\"{}\" is not a year", field(0)),
                        "write the year with four digits, like 2019",
                    );
                    None
                }
            };
            if let Some(year) = year {
                if let Some(first) = years.insert(year, line) {
                    self.problem(
                        file,
                        line,
                        "year",
                        format!("{year} has a value already (line {first})"),
                        "keep one row per year; explain a second figure in the note",
                    );
                }
            }
            let value = match field(1).parse::<f64>() {
                Ok(value) if value.is_finite() && value >= 0.0 => Some(value),
                Ok(_) => {
                    self.problem(
                        file,
                        line,
                        "value",
                        format!("{} is negative or not a finite number", field(1)),
                        "values are amounts or counts, zero or more",
                    );
                    None
                }
                Err(_) if field(1).is_empty() => {
                    self.problem(
                        file,
                        line,
                        "value",
                        "the value is empty".into(),
                        "leave a year without a figure out altogether: a missing year is shown as a gap",
                    );
                    None
                }
                Err(_) => {
                    self.problem(
                        file,
                        line,
                        "value",
                        format!("\"{}\" is not a number", field(1)),
                        "write digits with a dot for decimals and no thousands separator, like 205.7",
                    );
                    None
                }
            };
            let status = match field(2) {
                "reported" => Some(Status::Reported),
                "provisional" => Some(Status::Provisional),
                "revised" => Some(Status::Revised),
                "estimate" => Some(Status::Estimate),
                other => {
                    self.problem(
                        file,
                        line,
                        "status",
                        format!("\"{other}\" is not a status"),
                        "use reported, provisional, revised or estimate",
                    );
                    None
                }
            };
            let source = match source_keys.iter().position(|key| key == field(3)) {
                Some(index) => Some(index),
                None if field(3).is_empty() => {
                    self.problem(
                        file,
                        line,
                        "source",
                        "the value has no source".into(),
                        "name one of the sources of the series' .toml file in the source column",
                    );
                    None
                }
                None => {
                    self.problem(
                        file,
                        line,
                        "source",
                        format!(
                            "there is no source \"{}\" in the series' .toml file",
                            field(3)
                        ),
                        &format!("use one of: {}", source_keys.join(", ")),
                    );
                    None
                }
            };
            let notes = [field(4), field(5), field(6)];
            let note = if notes.iter().all(|n| n.is_empty()) {
                None
            } else if notes.iter().any(|n| n.is_empty()) {
                self.problem(
                    file,
                    line,
                    "note",
                    "the note is missing in one language".into(),
                    "write the note in German, Chinese and English, or leave all three empty",
                );
                None
            } else {
                for (lang, note) in Lang::ALL.into_iter().zip(notes) {
                    let limit = if lang == Lang::Zh {
                        NOTE_MAX.1
                    } else {
                        NOTE_MAX.0
                    };
                    let length = note.chars().count();
                    if length > limit {
                        self.problem(
                            file,
                            line,
                            &format!("note_{}", lang.code()),
                            format!("the note has {length} characters; at most {limit} fit"),
                            "shorten it",
                        );
                    }
                    if let Some(coverage) = &self.files.font_coverage {
                        if let Some(c) = note
                            .chars()
                            .find(|c| !c.is_whitespace() && !coverage.contains(c))
                        {
                            self.problem(
                                file,
                                line,
                                &format!("note_{}", lang.code()),
                                format!("the bundled fonts cannot show \"{c}\" (U+{:04X})", u32::from(c)),
                                "replace the character, or run `bash scripts/build-fonts.sh` to add it to the fonts",
                            );
                        }
                    }
                }
                Some(Text {
                    de: notes[0].to_string(),
                    zh: notes[1].to_string(),
                    en: notes[2].to_string(),
                })
            };
            if let (Some(year), Some(value), Some(status), Some(source)) =
                (year, value, status, source)
            {
                points.push(DataPoint {
                    year,
                    value,
                    status,
                    source,
                    note,
                });
            }
        }
        points.sort_by_key(|point| point.year);
        points
    }

    fn figures(&mut self) -> Vec<Figure> {
        const FILE: &str = "figures.toml";
        if !self.files.files.contains_key(FILE) {
            return Vec::new();
        }
        let Some(raw) = self.parse::<RawFigures>(FILE) else {
            return Vec::new();
        };
        let text = self.text_of(FILE);
        let mut seen = HashMap::new();
        let mut figures = Vec::new();
        for (i, raw) in raw.figure.into_iter().enumerate() {
            let from = Locator::new(text).table_start("figure", i);
            let place = Place {
                file: FILE,
                text,
                from,
            };
            self.id(place, &raw.id, &mut seen, "figure");
            let value = match number(&raw.value) {
                Some(value) if value.is_finite() && value >= 0.0 => value,
                _ => {
                    self.problem(
                        FILE,
                        place.line_of("value"),
                        "value",
                        format!("{} is not a number of zero or more", raw.value),
                        "write digits with a dot for decimals, like 2.22",
                    );
                    0.0
                }
            };
            let qualifier = match raw.qualifier.as_str() {
                "exact" => Qualifier::Exact,
                "more-than" => Qualifier::MoreThan,
                "about" => Qualifier::About,
                other => {
                    self.problem(
                        FILE,
                        place.line_of("qualifier"),
                        "qualifier",
                        format!("\"{other}\" is not a qualifier"),
                        "use \"exact\", \"more-than\" or \"about\"",
                    );
                    Qualifier::Exact
                }
            };
            self.currency(place, &raw.currency);
            let scale = self.scale(place, &raw.scale);
            let as_of = match parse_date(&raw.as_of) {
                Ok(date) if (SPAN.0..=SPAN.1).contains(&date.year) => date,
                Ok(date) => {
                    self.problem(
                        FILE,
                        place.line_of("as_of"),
                        "as_of",
                        format!(
                            "{} lies outside the exhibit's span {}–{}",
                            date.year, SPAN.0, SPAN.1
                        ),
                        "use a date within the span",
                    );
                    date
                }
                Err(error) => {
                    self.problem(
                        FILE,
                        place.line_of("as_of"),
                        "as_of",
                        error.message,
                        &error.fix,
                    );
                    PartialDate {
                        year: SPAN.1,
                        month: None,
                        day: None,
                    }
                }
            };
            let label = self.trilingual(place, "label", Some(&raw.label), TITLE_MAX);
            let source_from = Locator::new(text).key(from, "source.url");
            let source_place = Place {
                file: FILE,
                text,
                from: source_from.saturating_sub(3).max(from),
            };
            let source = self.source(source_place, "source", &raw.source);
            figures.push(Figure {
                id: raw.id,
                value,
                qualifier,
                currency: raw.currency,
                scale,
                as_of,
                label,
                source,
            });
        }
        figures
    }

    fn events(
        &mut self,
        categories: &[Category],
        eras: &[Era],
        pictures: &[Picture],
        series: &[Series],
    ) -> Vec<Event> {
        let files: Vec<String> = self
            .files
            .files
            .keys()
            .filter(|path| path.starts_with("events/"))
            .cloned()
            .collect();
        let mut seen = HashMap::new();
        let mut events = Vec::new();
        for file in files {
            if !file.ends_with(".toml") {
                self.problem(
                    &file,
                    1,
                    "",
                    "events are .toml files; this file is ignored".into(),
                    "rename it to end in .toml, or remove it",
                );
                continue;
            }
            if let Some(event) = self.event(&file, &mut seen, categories, eras, pictures, series) {
                events.push(event);
            }
        }
        events.sort_by(|a, b| {
            a.date
                .start
                .cmp(&b.date.start)
                .then_with(|| a.id.cmp(&b.id))
        });
        events
    }

    fn event(
        &mut self,
        file: &str,
        seen: &mut HashMap<String, String>,
        categories: &[Category],
        eras: &[Era],
        pictures: &[Picture],
        series: &[Series],
    ) -> Option<Event> {
        let raw = self.parse::<RawEvent>(file)?;
        let text = self.text_of(file);
        let place = Place {
            file,
            text,
            from: 1,
        };
        self.id(place, &raw.id, seen, "event");
        let date = match parse_span(&raw.date, raw.circa) {
            Ok(date) => {
                for day in std::iter::once(date.start).chain(date.end) {
                    if !(SPAN.0..=SPAN.1).contains(&day.year) {
                        self.problem(
                            file,
                            place.line_of("date"),
                            "date",
                            format!(
                                "{} lies outside the exhibit's span {}–{}",
                                day, SPAN.0, SPAN.1
                            ),
                            "the exhibit covers 1986 to 2026; check the year",
                        );
                    }
                }
                Some(date)
            }
            Err(error) => {
                self.problem(
                    file,
                    place.line_of("date"),
                    "date",
                    error.message,
                    &error.fix,
                );
                None
            }
        };
        if !categories.iter().any(|c| c.id == raw.category) {
            let known: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
            self.problem(
                file,
                place.line_of("category"),
                "category",
                format!("there is no category \"{}\"", raw.category),
                &format!("use one of: {} (see categories.toml)", known.join(", ")),
            );
        }
        match eras.iter().find(|era| era.id == raw.era) {
            None => {
                let known: Vec<&str> = eras.iter().map(|e| e.id.as_str()).collect();
                self.problem(
                    file,
                    place.line_of("era"),
                    "era",
                    format!("there is no era \"{}\"", raw.era),
                    &format!("use one of: {} (see eras.toml)", known.join(", ")),
                );
            }
            Some(era) => {
                if let Some(date) = date.filter(|d| (SPAN.0..=SPAN.1).contains(&d.year())) {
                    if !(era.start..=era.end).contains(&date.year()) {
                        let right = eras
                            .iter()
                            .find(|e| (e.start..=e.end).contains(&date.year()))
                            .map_or(
                                "use an era whose years include the event's date (see eras.toml)"
                                    .to_string(),
                                |e| format!("use \"{}\"", e.id),
                            );
                        self.problem(
                            file,
                            place.line_of("era"),
                            "era",
                            format!(
                                "the event is dated {} but the era \"{}\" runs {}–{}",
                                date.year(),
                                era.id,
                                era.start,
                                era.end
                            ),
                            &right,
                        );
                    }
                }
            }
        }
        let confidence = match raw.confidence.as_deref() {
            None | Some("verified") => Confidence::Verified,
            Some("inferred") => Confidence::Inferred,
            Some("uncertain") => Confidence::Uncertain,
            Some(other) => {
                self.problem(
                    file,
                    place.line_of("confidence"),
                    "confidence",
                    format!("\"{other}\" is not a confidence level"),
                    "use \"verified\", \"inferred\" or \"uncertain\"",
                );
                Confidence::Verified
            }
        };
        let confidence_note = match (&confidence, &raw.confidence_note) {
            (Confidence::Verified, None) => None,
            (Confidence::Verified, Some(_)) => {
                self.problem(
                    file,
                    place.line_of("confidence_note"),
                    "confidence_note",
                    "a verified event needs no confidence note".into(),
                    "remove the note, or set confidence = \"inferred\" or \"uncertain\"",
                );
                None
            }
            (_, None) => {
                self.problem(
                    file,
                    place.line_of("confidence"),
                    "confidence_note",
                    "an inferred or uncertain event needs a note saying why".into(),
                    "add a [confidence_note] with de, zh and en",
                );
                None
            }
            (_, Some(note)) => {
                Some(self.trilingual(place, "confidence_note", Some(note), NOTE_MAX))
            }
        };
        let title = self.trilingual(place, "title", Some(&raw.title), TITLE_MAX);
        let body = self.trilingual(place, "text", Some(&raw.text), TEXT_MAX);
        if let Some(picture) = &raw.picture {
            if !pictures.iter().any(|p| &p.id == picture) {
                self.problem(
                    file,
                    place.line_of("picture"),
                    "picture",
                    format!("there is no picture \"{picture}\""),
                    "use the id of a picture in pictures.toml, or leave picture out",
                );
            }
        }
        let mut links = Vec::new();
        for link in &raw.links {
            let parsed = link
                .split_once(':')
                .and_then(|(id, year)| Some((id, year.parse::<i32>().ok()?)));
            let Some((id, year)) = parsed else {
                self.problem(
                    file,
                    place.line_of("links"),
                    "links",
                    format!("\"{link}\" is not a link to a data point"),
                    "write the series id, a colon and the year, like \"germany-china-trade-eur:2016\"",
                );
                continue;
            };
            match series.iter().find(|s| s.id == id) {
                None => self.problem(
                    file,
                    place.line_of("links"),
                    "links",
                    format!("there is no series \"{id}\""),
                    "use the id of a series in the series folder",
                ),
                Some(found) if !found.points.iter().any(|p| p.year == year) => self.problem(
                    file,
                    place.line_of("links"),
                    "links",
                    format!("the series \"{id}\" has no value for {year}"),
                    "link to a year the series has a value for",
                ),
                Some(_) => links.push(DataLink {
                    series: id.to_string(),
                    year,
                }),
            }
        }
        if raw.source.is_empty() {
            self.problem(
                file,
                place.line_of("title"),
                "source",
                "the event has no source".into(),
                "add at least one [[source]] with title, publisher and url",
            );
        }
        let mut sources = Vec::new();
        for (i, source) in raw.source.iter().enumerate() {
            let from = Locator::new(text).table_start("source", i);
            let source_place = Place { file, text, from };
            sources.push(self.source(source_place, "source", source));
        }
        Some(Event {
            id: raw.id,
            date: date?,
            category: raw.category,
            era: raw.era,
            confidence,
            confidence_note,
            title,
            text: body,
            picture: raw.picture,
            sources,
            links,
        })
    }
}

/// Interface strings (src/i18n/ui.rs) and other fixed texts (`fixed`: the kiosk's and the
/// crash notice's, as `lang` tag and text) with characters the bundled fonts cannot show.
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
    for lang in Lang::ALL {
        for (key, text) in crate::i18n::ui(lang).entries() {
            let missing: BTreeSet<char> = text
                .chars()
                .filter(|c| !c.is_whitespace() && !coverage.contains(c))
                .collect();
            if !missing.is_empty() {
                let list: String = missing.into_iter().collect();
                problems.push(Problem {
                    file: "src/i18n/ui.rs".into(),
                    line: 1,
                    field: format!("{}.{key}", lang.code()),
                    message: format!("the bundled fonts cannot show \"{list}\""),
                    fix: "run `bash scripts/build-fonts.sh` to add the characters to the fonts"
                        .into(),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_need_a_scheme_and_a_host() {
        assert!(is_url("https://www.stuttgart.de/item/show/324134"));
        assert!(is_url("http://bw-i.cn/repraesentanz-Jiangsu.html"));
        assert!(!is_url("www.stuttgart.de"));
        assert!(!is_url("https://stuttgart"));
        assert!(!is_url("https://www.stuttgart.de/a b"));
        assert!(!is_url("javascript:alert(1)"));
        assert!(!is_url("ftp://example.org"));
    }

    #[test]
    fn ids_are_lower_case_words_with_hyphens() {
        assert!(is_id("bosch-plant-2013"));
        assert!(!is_id("Bosch"));
        assert!(!is_id("a--b"));
        assert!(!is_id("-a"));
        assert!(!is_id("a_b"));
        assert!(!is_id(""));
    }

    #[test]
    fn colours_need_contrast_with_white() {
        assert!(contrast_with_white("#1d3557").is_some_and(|c| c > 4.5));
        assert!(contrast_with_white("#f1c453").is_some_and(|c| c < 4.5));
        assert!(contrast_with_white("red").is_none());
    }
}
