//! pictures.toml: illustrations and photographs, each with a file, a description and a credit.
//! A photograph (JPEG or PNG) is read through here (see `content::photo`): a file the build
//! could not turn into sizes is a problem that names it, never a broken page.

use std::collections::HashMap;

use toml::Spanned;

use super::super::model::*;
use super::super::photo::{self, Fault, Kind};
use super::super::raw::{RawCredit, RawPicture, RawPictures};
use super::checks::{is_url, number};
use super::texts::{NAME_MAX, NOTE_MAX};
use super::Loader;

const FILE: &str = "pictures.toml";

impl Loader<'_> {
    /// The pictures (the file is optional), each with its file, a description and a credit.
    pub(super) fn pictures(&mut self) -> Vec<Picture> {
        if !self.files.files.contains_key(FILE) {
            return Vec::new();
        }
        let Some(raw) = self.parse::<RawPictures>(FILE) else {
            return Vec::new();
        };
        let place = self.place(FILE);
        let mut seen = HashMap::new();
        let mut pictures = Vec::new();
        for raw in raw.picture {
            self.id(place, &raw.id, &mut seen, "picture");
            let found = self.files.asset_files.contains(raw.file.get_ref());
            if !found {
                self.problem(
                    FILE,
                    place.line(&raw.file),
                    "file",
                    format!("there is no picture file assets/{}", raw.file),
                    "put the file into assets/pictures/ and give its path below assets/, like \"pictures/garden.svg\"",
                );
            }
            let alt = self.trilingual(place, "alt", &raw.alt, NOTE_MAX);
            let credit_line = place.line(&raw.credit);
            let credit_span = raw.credit.span();
            let credit = match raw.credit.get_ref() {
                RawCredit::Name(name) => {
                    let name = name.trim();
                    Text {
                        de: name.into(),
                        zh: name.into(),
                        en: name.into(),
                    }
                }
                // Each language's text is checked as every text is (missing, empty, too long).
                RawCredit::Each(text) => {
                    let text = Spanned::new(credit_span, text.clone());
                    self.trilingual(place, "credit", &text, NAME_MAX)
                }
            };
            let empties = [
                ("credit", credit.de.trim().is_empty(), credit_line),
                (
                    "licence",
                    raw.licence.get_ref().trim().is_empty(),
                    place.line(&raw.licence),
                ),
            ];
            for (field, empty, line) in empties {
                if empty {
                    self.problem(
                        FILE,
                        line,
                        field,
                        format!("the picture's {field} is empty"),
                        &format!("say who made it ({field})"),
                    );
                }
            }
            let licence_url = self.picture_url(place, "licence_url", &raw.licence_url);
            let source_url = self.picture_url(place, "source_url", &raw.source_url);
            let source = raw
                .source
                .as_ref()
                .map(|s| s.get_ref().trim().to_string())
                .filter(|s| !s.is_empty());
            let kind = Kind::from_name(raw.file.get_ref());
            let sizes = match kind {
                Some(kind) => {
                    if source.is_none() && source_url.is_none() {
                        self.problem(
                            FILE,
                            place.line(&raw.file),
                            "source",
                            format!("the photograph assets/{} has no source", raw.file),
                            "say where the original comes from: source = \"…\" (the archive or collection and its reference) and/or source_url = \"https://…\"",
                        );
                    }
                    let shape = self.photo_shape(place, &raw);
                    if found {
                        shape.and_then(|(aspect, focus)| {
                            self.photo(place, &raw, kind, aspect, focus)
                        })
                    } else {
                        None
                    }
                }
                None => {
                    let name = raw.file.get_ref().to_ascii_lowercase();
                    if !name.ends_with(".svg") {
                        self.problem(
                            FILE,
                            place.line(&raw.file),
                            "file",
                            format!("assets/{} is neither a photograph (.jpg, .png) nor a drawing (.svg)", raw.file),
                            "give a photograph as a JPEG (.jpg) or PNG (.png) file, a drawing as an SVG (.svg) file",
                        );
                    }
                    for (field, given) in [
                        ("focus", raw.focus.as_ref().map(|f| place.line(f))),
                        ("aspect", raw.aspect.as_ref().map(|a| place.line(a))),
                    ] {
                        if let Some(line) = given {
                            self.problem(
                                FILE,
                                line,
                                field,
                                format!("{field} is for photographs; a drawing is shown whole"),
                                &format!("remove {field} from this picture"),
                            );
                        }
                    }
                    None
                }
            };
            pictures.push(Picture {
                id: raw.id.into_inner(),
                file: raw.file.into_inner(),
                alt,
                credit,
                licence: raw.licence.into_inner(),
                licence_url,
                source,
                source_url,
                sizes,
            });
        }
        pictures
    }

    /// An optional web address of a picture (its licence's, its original's).
    fn picture_url(
        &mut self,
        place: super::Place,
        field: &str,
        url: &Option<Spanned<String>>,
    ) -> Option<String> {
        let url = url.as_ref()?;
        let text = url.get_ref().trim();
        if is_url(text) {
            return Some(text.to_string());
        }
        self.problem(
            FILE,
            place.line(url),
            field,
            format!("\"{text}\" is not a web address"),
            "give the full address of the page, starting with https:// or http://",
        );
        None
    }

    /// A photograph's shape and focal point, as written (`None` after a problem).
    #[allow(clippy::type_complexity)]
    fn photo_shape(
        &mut self,
        place: super::Place,
        raw: &RawPicture,
    ) -> Option<(Option<(u32, u32)>, (f64, f64))> {
        let mut ok = true;
        let aspect = match &raw.aspect {
            None => Some(photo::DEFAULT_ASPECT),
            Some(aspect) => match photo::parse_aspect(aspect.get_ref()) {
                Some(shape) => shape.ratio(),
                None => {
                    self.problem(
                        FILE,
                        place.line(aspect),
                        "aspect",
                        format!("\"{}\" is not a shape this check knows", aspect.get_ref()),
                        "write width:height between 1:3 and 3:1, like \"16:9\", \"3:2\" or \"1:1\", or \"original\" to show the whole photograph",
                    );
                    ok = false;
                    None
                }
            },
        };
        let focus = match &raw.focus {
            None => (0.5, 0.5),
            Some(focus) => {
                let numbers: Vec<f64> = focus.get_ref().iter().filter_map(number).collect();
                match numbers[..] {
                    [x, y]
                        if focus.get_ref().len() == 2
                            && (0.0..=1.0).contains(&x)
                            && (0.0..=1.0).contains(&y) =>
                    {
                        (x, y)
                    }
                    _ => {
                        self.problem(
                            FILE,
                            place.line(focus),
                            "focus",
                            "the focal point is not two fractions between 0 and 1".into(),
                            "write it as [from the left, from the top], like focus = [0.3, 0.6] (0.5 is the middle)",
                        );
                        ok = false;
                        (0.5, 0.5)
                    }
                }
            }
        };
        ok.then_some((aspect, focus))
    }

    /// Reads a photograph through and works out its sizes; every fault is a problem naming it.
    fn photo(
        &mut self,
        place: super::Place,
        raw: &RawPicture,
        kind: Kind,
        aspect: Option<(u32, u32)>,
        focus: (f64, f64),
    ) -> Option<PhotoSizes> {
        let file = raw.file.get_ref();
        let line = place.line(&raw.file);
        let bytes = match self
            .files
            .assets
            .as_ref()
            .map(|assets| std::fs::read(assets.join(file)))
        {
            Some(Ok(bytes)) => bytes,
            Some(Err(error)) => {
                self.problem(
                    FILE,
                    line,
                    "file",
                    format!("assets/{file} cannot be read: {error}"),
                    "check that the file is readable and not open in another program",
                );
                return None;
            }
            None => return None,
        };
        let facts = match photo::inspect(&bytes, kind) {
            Ok(facts) => facts,
            Err(fault) => {
                let (message, fix) = fault_text(file, &fault);
                self.problem(FILE, line, "file", message, &fix);
                return None;
            }
        };
        let (width, height) = facts.upright();
        let crop = photo::crop(width, height, aspect, focus);
        Some(photo::sizes(raw.id.get_ref(), &bytes, crop))
    }
}

/// What a curator reads about a photograph that cannot be shown, and how to fix it.
fn fault_text(file: &str, fault: &Fault) -> (String, String) {
    match fault {
        Fault::NotJpegOrPng => (
            format!("assets/{file} is not a JPEG or PNG picture inside"),
            "export the photograph as JPEG (or PNG) and put that file here".into(),
        ),
        Fault::Misnamed { inside, named } => (
            format!(
                "assets/{file} is a {} picture inside, but its name says {}",
                inside.name(),
                named.name()
            ),
            format!(
                "rename the file to end in .{} and write the new name here",
                inside.extension()
            ),
        ),
        Fault::Cmyk => (
            format!("assets/{file} is a JPEG in CMYK colours (made for print)"),
            "save it again as an RGB JPEG (sRGB colours) from the archive's export or an image editor; the build does not convert CMYK, whose colours would come out wrong".into(),
        ),
        Fault::NoPixels { width, height } => (
            format!("assets/{file} has no pixels ({width} × {height})"),
            "export the photograph again from the original".into(),
        ),
        Fault::TooLarge { width, height } => (
            format!(
                "assets/{file} has {} megapixels ({width} × {height}), more than the {} the build accepts",
                (u64::from(*width) * u64::from(*height)).div_ceil(1_000_000),
                photo::MAX_PIXELS / 1_000_000
            ),
            "scale it down to at most 50 megapixels (8660 × 5773, say) before adding it".into(),
        ),
        Fault::Unreadable(why) => (
            format!("assets/{file} cannot be read as a picture: {why}"),
            "export the photograph again from the original as JPEG or PNG".into(),
        ),
        Fault::Damaged(why) => (
            format!("assets/{file} is damaged or cut short: {why}"),
            "copy or download the original again: this file is incomplete".into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};

    const PICTURE: &str = "[[picture]]\nid = \"garden\"\nfile = \"pictures/garden.svg\"\nalt.de = \"Ein Garten\"\nalt.zh = \"花园\"\nalt.en = \"A garden\"\ncredit = \"Ausstellungsteam\"\nlicence = \"CC BY 4.0\"\n";

    #[test]
    fn a_picture_with_its_file_is_read() {
        let (pictures, found) = run(&files(&[("pictures.toml", PICTURE)]), |loader| {
            loader.pictures()
        });
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(pictures[0].file, "pictures/garden.svg");
    }

    #[test]
    fn the_file_must_exist_and_the_credit_be_given() {
        let text = PICTURE
            .replace("garden.svg", "none.svg")
            .replace("Ausstellungsteam", " ");
        let (_, found) = run(&files(&[("pictures.toml", &text)]), |loader| {
            loader.pictures()
        });
        assert_eq!(
            found,
            [
                "pictures.toml:3: file: there is no picture file assets/pictures/none.svg",
                "pictures.toml:7: credit: the picture's credit is empty",
            ]
        );
    }

    #[test]
    fn a_credit_in_words_is_written_in_each_language() {
        let each = "credit.de = \"Illustration: Ausstellungsteam\"\ncredit.zh = \"插画：展览团队\"\ncredit.en = \"Illustration: exhibition team\"";
        let text = PICTURE.replace("credit = \"Ausstellungsteam\"", each);
        let (pictures, found) = run(&files(&[("pictures.toml", &text)]), |loader| {
            loader.pictures()
        });
        assert!(found.is_empty(), "{found:?}");
        let credit = &pictures[0].credit;
        assert_eq!(
            [&credit.de, &credit.zh, &credit.en],
            [
                "Illustration: Ausstellungsteam",
                "插画：展览团队",
                "Illustration: exhibition team"
            ]
        );
        // A name is the same in every language.
        let (pictures, _) = run(&files(&[("pictures.toml", PICTURE)]), |loader| {
            loader.pictures()
        });
        assert_eq!(pictures[0].credit.zh, "Ausstellungsteam");

        // A language left out, and a credit that is neither a name nor a text per language.
        let text = PICTURE.replace(
            "credit = \"Ausstellungsteam\"",
            "credit.de = \"Ausstellungsteam\"\ncredit.en = \"Exhibition team\"",
        );
        let (_, found) = run(&files(&[("pictures.toml", &text)]), |loader| {
            loader.pictures()
        });
        assert_eq!(
            found,
            ["pictures.toml:7: credit.zh: the Chinese text is missing"]
        );
        let text = PICTURE.replace("credit = \"Ausstellungsteam\"", "credit = 2024");
        let (_, found) = run(&files(&[("pictures.toml", &text)]), |loader| {
            loader.pictures()
        });
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("pictures.toml:7: ")
                && found[0].contains("a name in quotes, or a text in each language"),
            "{found:?}"
        );
    }

    #[test]
    fn pictures_are_optional() {
        let (pictures, found) = run(&files(&[]), |loader| loader.pictures());
        assert!(pictures.is_empty() && found.is_empty());
    }
}
