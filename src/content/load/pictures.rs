//! pictures.toml: illustrations and photographs, each with a file, a description and a credit.

use std::collections::HashMap;

use super::super::model::*;
use super::super::raw::RawPictures;
use super::texts::NOTE_MAX;
use super::Loader;

impl Loader<'_> {
    /// The pictures (the file is optional), each with its file, a description and a credit.
    pub(super) fn pictures(&mut self) -> Vec<Picture> {
        const FILE: &str = "pictures.toml";
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
            if !self.files.asset_files.contains(raw.file.get_ref()) {
                self.problem(
                    FILE,
                    place.line(&raw.file),
                    "file",
                    format!("there is no picture file assets/{}", raw.file),
                    "put the file into assets/pictures/ and give its path below assets/, like \"pictures/garden.svg\"",
                );
            }
            let alt = self.trilingual(place, "alt", &raw.alt, NOTE_MAX);
            for (field, value) in [("credit", &raw.credit), ("licence", &raw.licence)] {
                if value.get_ref().trim().is_empty() {
                    self.problem(
                        FILE,
                        place.line(value),
                        field,
                        format!("the picture's {field} is empty"),
                        &format!("say who made it ({field})"),
                    );
                }
            }
            pictures.push(Picture {
                id: raw.id.into_inner(),
                file: raw.file.into_inner(),
                alt,
                credit: raw.credit.into_inner(),
                licence: raw.licence.into_inner(),
            });
        }
        pictures
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
    fn pictures_are_optional() {
        let (pictures, found) = run(&files(&[]), |loader| loader.pictures());
        assert!(pictures.is_empty() && found.is_empty());
    }
}
