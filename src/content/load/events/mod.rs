//! events/*.toml: one event per file, with its date, category, era, texts, sources and links
//! to values of a data series.

use std::collections::HashMap;

use super::super::dates::parse_span;
use super::super::model::*;
use super::super::raw::RawEvent;
use super::texts::{NOTE_MAX, TEXT_MAX, TITLE_MAX};
use super::Loader;
use toml::Spanned;

/// The most events that can be highlights: each is shown whole at every size of the timeline.
pub const HIGHLIGHTS_MOST: usize = 6;

impl Loader<'_> {
    pub(super) fn events(
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
        let mut highlights = Vec::new();
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
                if event.highlight {
                    highlights.push(file.clone());
                }
                events.push(event);
            }
        }
        self.highlights(&highlights, !events.is_empty());
        events.sort_by(|a, b| {
            a.date
                .start
                .cmp(&b.date.start)
                .then_with(|| a.id.cmp(&b.id))
        });
        events
    }

    /// The highlights: at least one, and no more than a phone's timeline shows whole.
    fn highlights(&mut self, files: &[String], any_events: bool) {
        if files.is_empty() && any_events {
            self.problem(
                "events/",
                1,
                "highlight",
                "no event is a highlight".into(),
                "set highlight = true in the events a visitor must see first, like the city friendship of 1995",
            );
        }
        for file in files.iter().skip(HIGHLIGHTS_MOST) {
            let line = self.files.files.get(file).and_then(|text| {
                text.lines()
                    .position(|line| line.trim_start().starts_with("highlight"))
            });
            self.problem(
                file,
                line.map_or(1, |l| l + 1),
                "highlight",
                format!(
                    "{} events are highlights; at most {HIGHLIGHTS_MOST} can be",
                    files.len()
                ),
                "keep highlight = true for the most important events only, so that each one fits whole on a phone",
            );
        }
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
        let place = self.place(file);
        self.id(place, &raw.id, seen, "event");
        let date = match parse_span(raw.date.get_ref(), raw.circa) {
            Ok(date) => {
                for day in std::iter::once(date.start).chain(date.end) {
                    if !(SPAN.0..=SPAN.1).contains(&day.year) {
                        self.problem(
                            file,
                            place.line(&raw.date),
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
                    place.line(&raw.date),
                    "date",
                    error.message,
                    &error.fix,
                );
                None
            }
        };
        if !categories.iter().any(|c| &c.id == raw.category.get_ref()) {
            let known: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
            self.problem(
                file,
                place.line(&raw.category),
                "category",
                format!("there is no category \"{}\"", raw.category),
                &format!("use one of: {} (see categories.toml)", known.join(", ")),
            );
        }
        match eras.iter().find(|era| &era.id == raw.era.get_ref()) {
            None => {
                let known: Vec<&str> = eras.iter().map(|e| e.id.as_str()).collect();
                self.problem(
                    file,
                    place.line(&raw.era),
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
                            place.line(&raw.era),
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
        // Only read when confidence is written: it is verified when it is not.
        let confidence_line = raw.confidence.as_ref().map_or(1, |c| place.line(c));
        let confidence = match raw.confidence.as_ref().map(|c| c.get_ref().as_str()) {
            None | Some("verified") => Confidence::Verified,
            Some("inferred") => Confidence::Inferred,
            Some("uncertain") => Confidence::Uncertain,
            Some(other) => {
                self.problem(
                    file,
                    confidence_line,
                    "confidence",
                    format!("\"{other}\" is not a confidence level"),
                    "use \"verified\", \"inferred\" or \"uncertain\"",
                );
                Confidence::Verified
            }
        };
        let title = self.trilingual(place, "title", &raw.title, TITLE_MAX);
        let body = self.trilingual(place, "text", &raw.text, TEXT_MAX);
        if let Some(picture) = &raw.picture {
            if !pictures.iter().any(|p| &p.id == picture.get_ref()) {
                self.problem(
                    file,
                    place.line(picture),
                    "picture",
                    format!("there is no picture \"{picture}\""),
                    "use the id of a picture in pictures.toml, or leave picture out",
                );
            }
        }
        let mut links = Vec::new();
        for link in &raw.links {
            let line = place.line(link);
            let link = link.get_ref();
            let parsed = link
                .split_once(':')
                .and_then(|(id, year)| Some((id, year.parse::<i32>().ok()?)));
            let Some((id, year)) = parsed else {
                self.problem(
                    file,
                    line,
                    "links",
                    format!("\"{link}\" is not a link to a data point"),
                    "write the series id, a colon and the year, like \"germany-china-trade-eur:2016\"",
                );
                continue;
            };
            match series.iter().find(|s| s.id == id) {
                None => self.problem(
                    file,
                    line,
                    "links",
                    format!("there is no series \"{id}\""),
                    "use the id of a series in the series folder",
                ),
                Some(found) if !found.points.iter().any(|p| p.year == year) => self.problem(
                    file,
                    line,
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
            // Nothing to point at: the file as a whole.
            self.problem(
                file,
                1,
                "source",
                "the event has no source".into(),
                "add at least one [[source]] with title, publisher and url",
            );
        }
        let mut sources = Vec::new();
        let mut kinds = Vec::new();
        for source in &raw.source {
            let (source, kind) = self.source(place, "source", source);
            sources.push(source);
            kinds.push(kind);
        }
        // The checks on the kinds judge only what they could read.
        let kinds: Option<Vec<SourceKind>> = kinds.into_iter().collect();
        let kinds = kinds.unwrap_or_default();
        if !kinds.is_empty() && kinds.iter().all(|kind| *kind == SourceKind::Copy) {
            self.problem(
                file,
                place.line(&raw.source[0]),
                "source",
                "the event's only sources are copies (kind = \"copy\"); a copy is kept only beside its original".into(),
                "add the original page the copy reproduces as a [[source]] of its own",
            );
        }
        // What only the issuer says of itself: press releases and company pages, and no
        // official statistics, government or news beside them.
        let own_word = kinds
            .iter()
            .any(|kind| matches!(kind, SourceKind::PressRelease | SourceKind::Company))
            && !kinds.iter().any(|kind| kind.is_independent());
        let confidence_note = match (&confidence, &raw.confidence_note) {
            (Confidence::Verified, None) if own_word => {
                let line = raw
                    .confidence
                    .as_ref()
                    .map_or_else(|| place.line(&raw.source[0]), |c| place.line(c));
                self.problem(
                    file,
                    line,
                    "confidence_note",
                    "a verified event that rests only on press releases or company pages needs a note saying why they suffice".into(),
                    "add a [confidence_note] with de, zh and en saying why the issuer's own word is enough here (a company announcing its own plant, say), or add an independent source: official statistics, a government or news",
                );
                None
            }
            (Confidence::Verified, None) => None,
            (Confidence::Verified, Some(note)) if !own_word => {
                self.problem(
                    file,
                    place.line(note),
                    "confidence_note",
                    "a verified event with an independent source needs no confidence note".into(),
                    "remove the note (on a verified event it says only why press releases or company pages suffice), or set confidence = \"inferred\" or \"uncertain\"",
                );
                None
            }
            (_, None) => {
                self.problem(
                    file,
                    confidence_line,
                    "confidence_note",
                    "an inferred or uncertain event needs a note saying why".into(),
                    "add a [confidence_note] with de, zh and en",
                );
                None
            }
            (_, Some(note)) => Some(self.trilingual(place, "confidence_note", note, NOTE_MAX)),
        };
        Some(Event {
            id: raw.id.into_inner(),
            date: date?,
            category: raw.category.into_inner(),
            era: raw.era.into_inner(),
            confidence,
            confidence_note,
            title,
            text: body,
            picture: raw.picture.map(Spanned::into_inner),
            highlight: raw.highlight,
            sources,
            links,
        })
    }
}

#[cfg(test)]
mod tests;
