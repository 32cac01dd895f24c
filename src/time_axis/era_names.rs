//! An era's name on its band. Lying down it takes two lines of small type under the cluster
//! badges; upright (phones, portrait kiosks) it runs along the band in one to three lines
//! (`data-era-lines`, [`super::classes`]). Where the band is too short for the whole name (the
//! first era, 1986–1994, on a landscape kiosk or a phone), the band shows the era's short name
//! instead of cutting the whole one with an ellipsis.
//!
//! The band decides by its own size, in the stylesheet: each band is a size container, and
//! the build adds one container query per whole rem of [`LADDER`] and way of setting the name
//! (see [`ladder_rules`]). The name carries the sizes from which its whole form fits
//! ([`whole_from`], [`upright_from`]), so the page drawn at build time, the app, and every zoom
//! and pan show the same without a script measuring anything.

use std::ops::RangeInclusive;

use super::classes::ERA_NAME_LINES_MOST;
use super::text_width;

/// The type of an era's name lying down, in rem (`.era-name` in the stylesheet).
pub const SIZE: f64 = 0.75;
/// What the band keeps clear beside the name, in rem: 0.5 rem left and right.
pub const PADDING: f64 = 1.0;
/// Lines the name may take lying down (`line-clamp: 2`).
pub const LINES: usize = 2;
/// Upright, the type of a name in one line, in rem (`.era-name`); in two or three it is
/// [`SIZE`].
pub const UPRIGHT_SIZE_ONE_LINE: f64 = 0.8;
/// Upright, what the band keeps clear above and below the name, in rem: 0.4 rem each.
pub const UPRIGHT_PADDING: f64 = 0.8;
/// What a browser's text may take beyond the advance table (rounding of glyph positions), in
/// rem.
const SLACK: f64 = 0.1;
/// The band widths in whole rem the stylesheet can tell apart: a name that fits in a band of
/// fewer rem is given the first, one that needs more than the last is shortened in every band
/// narrower than that.
pub const LADDER: RangeInclusive<u32> = 4..=48;
/// Upright, the band heights in rem the stylesheet can tell apart, in half rem: the longest
/// name the check allows (60 characters) needs about 25 rem in one line, and every rule is
/// parsed on every page, landscape too.
pub const UPRIGHT_LADDER: RangeInclusive<u32> = 4..=30;

/// The least band width, in whole rem, in which the whole `name` fits in [`LINES`] lines;
/// narrower bands show the short name.
pub fn whole_from(name: &str) -> u32 {
    whole_rung(&text_width::Measured::new(name))
}

fn whole_rung(name: &text_width::Measured) -> u32 {
    rung(name.narrowest(LINES) * SIZE + PADDING)
}

/// Upright, the least band height, in half rem, in which the whole `name` fits in `lines`
/// lines; shorter bands show the short name.
pub fn upright_from(name: &str, lines: usize) -> HalfRem {
    upright_rung(&text_width::Measured::new(name), lines)
}

/// The name's `data-upright-from`: for each number of lines upright, the band height from
/// which the whole name fits ([`upright_from`]), as `1-18 2-10 3-8.5`.
fn upright_attribute(measured: &text_width::Measured) -> String {
    let rungs: Vec<String> = (1..=ERA_NAME_LINES_MOST)
        .map(|lines| format!("{lines}-{}", upright_rung(measured, lines)))
        .collect();
    rungs.join(" ")
}

/// A name's two attributes, `data-whole-from` and `data-upright-from`, from one measuring of
/// it. The timeline makes them once per language, not on every drag step.
pub fn attributes(name: &str) -> (String, String) {
    let measured = text_width::Measured::new(name);
    (
        whole_rung(&measured).to_string(),
        upright_attribute(&measured),
    )
}

/// Upright a band's height is all the room its name has, so the ladder climbs in half rem: in
/// whole rem it would show the short name in bands up to a rem taller than the whole one needs
/// (the first German era on a portrait kiosk needs 8.4 rem and has 8.76).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct HalfRem(pub u32);

impl HalfRem {
    pub fn rem(self) -> f64 {
        f64::from(self.0) / 2.0
    }
}

/// As CSS and the attribute write it: `8`, `8.5` (no float formatting in the app's code).
impl std::fmt::Display for HalfRem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let half = if self.0 % 2 == 1 { ".5" } else { "" };
        write!(f, "{}{half}", self.0 / 2)
    }
}

/// Upright, the type of a name in `lines` lines, in rem.
fn upright_size(lines: usize) -> f64 {
    if lines == 1 {
        UPRIGHT_SIZE_ONE_LINE
    } else {
        SIZE
    }
}

fn upright_rung(name: &text_width::Measured, lines: usize) -> HalfRem {
    let needed = name.narrowest(lines) * upright_size(lines) + UPRIGHT_PADDING + SLACK;
    let halves = ((needed * 2.0).ceil().max(0.0) as u32)
        .clamp(2 * UPRIGHT_LADDER.start(), 2 * UPRIGHT_LADDER.end());
    HalfRem(halves)
}

/// The rung of [`LADDER`] a band needs for `needed` rem (and [`SLACK`]).
fn rung(needed: f64) -> u32 {
    ((needed + SLACK).ceil().max(0.0) as u32).clamp(*LADDER.start(), *LADDER.end())
}

/// The stylesheet's rules that show the short name in a band shorter than its whole name
/// needs: lying down by the band's width, one per rung of [`LADDER`] ([`whole_from`]); upright
/// by its height for each number of lines, one per half rung ([`upright_from`]). The build
/// appends them to the stylesheet.
pub fn ladder_rules() -> String {
    let mut css = String::from(
        "\n/* An era's short name where its band is shorter than the whole name needs \
         (src/time_axis/era_names.rs), added by the build. */\n",
    );
    // The class keeps each rule in the browser's bucket for the names (2 B of brotli).
    const SHORT: &str = "{ --era-whole: none; --era-short: inline; }";
    for rem in LADDER {
        css.push_str(&format!(
            "@container era (width < {rem}rem) {{ .era-name[data-whole-from=\"{rem}\"] {SHORT} }}\n"
        ));
    }
    for rem in (2 * UPRIGHT_LADDER.start()..=2 * UPRIGHT_LADDER.end()).map(HalfRem) {
        let selectors: Vec<String> = (1..=ERA_NAME_LINES_MOST)
            .map(|lines| {
                format!(
                    "[data-era-lines=\"{lines}\"] .era-name[data-upright-from~=\"{lines}-{rem}\"]"
                )
            })
            .collect();
        css.push_str(&format!(
            "@container era-upright (height < {rem}rem) {{ {} {SHORT} }}\n",
            selectors.join(", ")
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
    fn upright_a_name_needs_less_height_in_more_lines_and_says_so_for_each() {
        let name = "Neue Industrien und 30 Jahre Freundschaft";
        let one = upright_from(name, 1);
        // About 21 em of 0.8 rem type in one line, and the padding.
        assert!((16.0..=20.0).contains(&one.rem()), "{one}");
        assert!(upright_from(name, 2) < one);
        assert!(upright_from(name, 3) <= upright_from(name, 2));
        assert_eq!(
            attributes(name).1,
            format!(
                "1-{one} 2-{} 3-{}",
                upright_from(name, 2),
                upright_from(name, 3)
            )
        );
        assert_eq!(attributes(name).0, whole_from(name).to_string());
        assert_eq!(
            [HalfRem(16), HalfRem(17), HalfRem(96)].map(|h| h.to_string()),
            ["8", "8.5", "48"]
        );
        // In the band it names, the name takes no more lines than counted.
        for lines in 1..=ERA_NAME_LINES_MOST {
            let from = upright_from(name, lines);
            let line = (from.rem() - UPRIGHT_PADDING - SLACK) / upright_size(lines);
            assert!(text_width::lines(name, line) <= lines, "{lines}");
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
        assert_eq!(css.matches("@container era ").count(), LADDER.count());
        assert_eq!(
            css.matches("@container era-upright ").count(),
            2 * UPRIGHT_LADDER.count() - 1
        );
        assert!(css.contains(
            "(height < 17.5rem) { [data-era-lines=\"1\"] .era-name[data-upright-from~=\"1-17.5\"], [data-era-lines=\"2\"]"
        ));
        for lines in 1..=ERA_NAME_LINES_MOST {
            assert!(css.contains(&format!(
                "[data-era-lines=\"{lines}\"] .era-name[data-upright-from~=\"{lines}-30\"]"
            )));
        }
        let stylesheet = include_str!("../../assets/style.css");
        for needed in [
            "container: era / inline-size;",
            "container: era-upright / size;",
            "display: var(--era-whole, inline);",
            "display: var(--era-short, none);",
            &format!("font-size: {SIZE}rem;"),
        ] {
            assert!(stylesheet.contains(needed), "{needed}");
        }
    }

    // The check's limits live with the loader, which the browser build does not have.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_longest_names_the_check_allows_fit_below_the_top_rungs() {
        use crate::content::load::NAME_MAX;
        let german = "Neue Industrien und dreißig Jahre Städtefreundschaft am Neckar";
        let chinese = "新兴产业与友好城市三十周年纪念活动在南京和斯图加特隆重举行啊";
        let longest = [
            german.chars().take(NAME_MAX.0).collect::<String>(),
            chinese.chars().take(NAME_MAX.1).collect::<String>(),
        ];
        for name in &longest {
            assert!(whole_from(name) < *LADDER.end(), "{name}");
            for lines in 1..=ERA_NAME_LINES_MOST {
                let from = upright_from(name, lines);
                assert!(from < HalfRem(2 * UPRIGHT_LADDER.end()), "{name}: {from}");
            }
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
                for lines in 1..=ERA_NAME_LINES_MOST {
                    assert!(upright_from(short, lines) <= upright_from(name, lines));
                }
            }
        }
    }
}
