//! categories.toml: the kinds of event, each with an icon and a colour white text can sit on.

use std::collections::HashMap;

use super::super::model::*;
use super::super::raw::RawCategories;
use super::texts::NAME_MAX;
use super::Loader;

/// Icons the timeline can draw for a category.
pub const ICONS: [&str; 5] = ["handshake", "factory", "fair", "lantern", "flag"];

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

impl Loader<'_> {
    /// The categories, each with an icon the timeline draws and a colour white text can sit on.
    pub(super) fn categories(&mut self) -> Vec<Category> {
        const FILE: &str = "categories.toml";
        let Some(raw) = self.parse::<RawCategories>(FILE) else {
            return Vec::new();
        };
        let place = self.place(FILE);
        let mut seen = HashMap::new();
        let mut categories = Vec::new();
        for raw in raw.category {
            self.id(place, &raw.id, &mut seen, "category");
            if !ICONS.contains(&raw.icon.get_ref().as_str()) {
                self.problem(
                    FILE,
                    place.line(&raw.icon),
                    "icon",
                    format!("there is no icon \"{}\"", raw.icon),
                    &format!("use one of: {}", ICONS.join(", ")),
                );
            }
            match contrast_with_white(raw.colour.get_ref()) {
                None => self.problem(
                    FILE,
                    place.line(&raw.colour),
                    "colour",
                    format!("\"{}\" is not a colour", raw.colour),
                    "write it as # and six hex digits, like \"#1d3557\"",
                ),
                Some(contrast) if contrast < 4.5 => self.problem(
                    FILE,
                    place.line(&raw.colour),
                    "colour",
                    format!(
                        "white text on {} has a contrast of only {contrast:.1}:1",
                        raw.colour
                    ),
                    "choose a darker colour (contrast at least 4.5:1)",
                ),
                Some(_) => {}
            }
            let name = self.trilingual(place, "name", &raw.name, NAME_MAX);
            categories.push(Category {
                id: raw.id.into_inner(),
                icon: raw.icon.into_inner(),
                colour: raw.colour.into_inner(),
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
}

#[cfg(test)]
mod tests {
    use super::super::testing::{files, run};
    use super::*;

    fn category(id: &str, icon: &str, colour: &str) -> String {
        format!(
            "[[category]]\nid = \"{id}\"\nicon = \"{icon}\"\ncolour = \"{colour}\"\nname.de = \"Kultur\"\nname.zh = \"文化\"\nname.en = \"Culture\"\n\n"
        )
    }

    fn check(text: &str) -> (Vec<Category>, Vec<String>) {
        run(&files(&[("categories.toml", text)]), |loader| {
            loader.categories()
        })
    }

    #[test]
    fn colours_need_contrast_with_white() {
        assert!(contrast_with_white("#1d3557").is_some_and(|c| c > 4.5));
        assert!(contrast_with_white("#f1c453").is_some_and(|c| c < 4.5));
        assert!(contrast_with_white("red").is_none());
    }

    #[test]
    fn a_valid_category_is_read() {
        let (categories, found) = check(&category("culture", "lantern", "#1d3557"));
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(categories[0].id, "culture");
        assert_eq!(categories[0].name.zh, "文化");
    }

    #[test]
    fn icon_and_colour_are_checked_where_they_are_written() {
        let text = category("culture", "lantern", "#1d3557")
            + &category("fairs", "rocket", "#f1c453")
            + &category("trade", "flag", "purple");
        let (_, found) = check(&text);
        assert_eq!(
            found,
            [
                "categories.toml:11: icon: there is no icon \"rocket\"",
                "categories.toml:12: colour: white text on #f1c453 has a contrast of only 1.6:1",
                "categories.toml:20: colour: \"purple\" is not a colour",
            ]
        );
    }

    #[test]
    fn ids_are_unique_and_one_category_is_needed() {
        let text =
            category("culture", "lantern", "#1d3557") + &category("culture", "flag", "#1d3557");
        let (_, found) = check(&text);
        assert_eq!(
            found,
            ["categories.toml:10: id: the category id \"culture\" is used twice (first at categories.toml:2)"]
        );
        let (_, found) = check("# nothing yet\n");
        assert_eq!(found, ["categories.toml:1: there is no category"]);
    }
}
