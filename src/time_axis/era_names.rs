//! An era's name on its band, lying down: two lines of small type under the cluster badges.
//! Where the band is too narrow for the whole name in two lines (the first era, 1986–1994, on
//! a landscape kiosk), the band shows the era's short name instead of cutting the whole one
//! with an ellipsis.
//!
//! The band decides by its own width, in the stylesheet: each band is a size container, and
//! the build adds one container query per whole rem of [`LADDER`] (see [`ladder_rules`]). The
//! name carries the width from which its whole form fits ([`whole_from`]), so the page drawn at
//! build time, the app, and every zoom and pan show the same without a script measuring
//! anything. Upright (phones, portrait kiosks) the names run along the band and always show
//! whole ([`super::classes`]).

use std::ops::RangeInclusive;

use super::text_width;

/// The type of an era's name lying down, in rem (`.era-name` in the stylesheet).
pub const SIZE: f64 = 0.75;
/// What the band keeps clear beside the name, in rem: 0.5 rem left and right.
pub const PADDING: f64 = 1.0;
/// Lines the name may take lying down (`line-clamp: 2`).
pub const LINES: usize = 2;
/// What a browser's text may take beyond the advance table (rounding of glyph positions), in
/// rem.
const SLACK: f64 = 0.1;
/// The band widths in whole rem the stylesheet can tell apart: a name that fits in a band of
/// fewer rem is given the first, one that needs more than the last is shortened in every band
/// narrower than that.
pub const LADDER: RangeInclusive<u32> = 4..=48;

/// The least band width, in whole rem, in which the whole `name` fits in [`LINES`] lines;
/// narrower bands show the short name.
pub fn whole_from(name: &str) -> u32 {
    let needed = text_width::narrowest(name, LINES) * SIZE + PADDING + SLACK;
    (needed.ceil().max(0.0) as u32).clamp(*LADDER.start(), *LADDER.end())
}

/// The stylesheet's rules that show the short name in a band narrower than its whole name's
/// [`whole_from`], one per rung of [`LADDER`]; the build appends them to the stylesheet.
pub fn ladder_rules() -> String {
    let mut css = String::from(
        "\n/* An era's short name where its band is narrower than the whole name needs \
         (src/time_axis/era_names.rs), added by the build. */\n",
    );
    for rem in LADDER {
        css.push_str(&format!(
            "@container era (width < {rem}rem) {{ .era-name[data-whole-from=\"{rem}\"] {{ --era-whole: none; --era-short: inline; }} }}\n"
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_name_is_whole_from_the_band_its_two_lines_need() {
        // "Die Anfänge: Baden-" over "Württemberg und Jiangsu": about 11.9 em of 12 px type.
        let beginnings = whole_from("Die Anfänge: Baden-Württemberg und Jiangsu");
        assert!((10..=12).contains(&beginnings), "{beginnings}");
        // Thirteen Chinese characters, seven on the longer line: 5.25 rem and the padding.
        assert_eq!(whole_from("起步：巴登-符腾堡州与江苏省"), 7);
        assert_eq!(whole_from("Zeit"), *LADDER.start());
        assert_eq!(whole_from(&"Wort ".repeat(200)), *LADDER.end());
    }

    #[test]
    fn a_longer_name_never_needs_a_narrower_band() {
        // Generated names, each a word longer than the one before.
        let words = [
            "Messen",
            "und",
            "Werke",
            "Übernahmen",
            "Freundschaft",
            "展会",
            "工厂",
        ];
        let mut seed = 7_u32;
        for _ in 0..300 {
            let mut name = String::new();
            let mut last = *LADDER.start();
            for _ in 0..12 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                if !name.is_empty() {
                    name.push(' ');
                }
                name.push_str(words[(seed >> 16) as usize % words.len()]);
                let from = whole_from(&name);
                assert!(LADDER.contains(&from), "{name}: {from}");
                assert!(from >= last, "{name}: {from} < {last}");
                // The band it names is wide enough: two lines of the name in it.
                let line = (f64::from(from) - PADDING - SLACK) / SIZE;
                assert!(
                    from == *LADDER.end() || text_width::lines(&name, line) <= LINES,
                    "{name}"
                );
                last = from;
            }
        }
    }

    #[test]
    fn every_rung_has_its_rule_and_the_stylesheet_reads_it() {
        let css = ladder_rules();
        for rem in LADDER {
            assert!(
                css.contains(&format!(
                    "(width < {rem}rem) {{ .era-name[data-whole-from=\"{rem}\"]"
                )),
                "{rem}"
            );
        }
        assert_eq!(css.matches("@container").count(), LADDER.count());
        let stylesheet = include_str!("../../assets/style.css");
        for needed in [
            "container: era / inline-size;",
            "display: var(--era-whole, inline);",
            "display: var(--era-short, none);",
            &format!("font-size: {SIZE}rem;"),
        ] {
            assert!(stylesheet.contains(needed), "{needed}");
        }
    }

    #[test]
    fn every_era_of_the_content_has_a_rung_and_a_short_name_that_is_shorter() {
        let content = crate::content_file::content();
        for era in &content.eras {
            for lang in Lang::ALL {
                let (name, short) = (era.name.get(lang), era.short.get(lang));
                assert!(LADDER.contains(&whole_from(name)));
                assert!(whole_from(short) <= whole_from(name), "{}: {short}", era.id);
            }
        }
    }
}
