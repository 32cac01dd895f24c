//! An era's name on its band. Lying down it takes two lines of small type under the cluster
//! badges; upright (phones, portrait kiosks) it runs along the band in one to three lines
//! (`data-era-lines`, [`super::classes`]). Where the band is too short for the whole name (the
//! first era, 1986–1994, on a landscape kiosk or a phone), the band shows the era's short name
//! instead of cutting the whole one with an ellipsis; where it is too short for the short name
//! too (a sliver of a band at the edge of a zoomed window), it shows no name rather than one
//! broken inside a word.
//!
//! The band decides by its own size, in the stylesheet: each band is a size container, and
//! the build adds one container query per whole rem of [`SHORT_LADDER`] and way of setting the
//! name (see [`ladder_rules`]). The name carries the sizes from which its whole and its short
//! form fit ([`fits`]), so the page drawn at build time, the app, and every zoom and pan show the
//! same without a script measuring anything.

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
/// The short name's rungs leave [`SLACK`] out: below them the band shows no name at all, and a
/// name that fits by the advance table is worth more than a hair of room. (On a phone the last
/// German era's band is 9.66 rem at the whole span; "30 Jahre Freundschaft" needs 9.41 by the
/// table and took 9.38 in Chromium; with the slack it would need the next rung, 10, and vanish.)
const SHORT_SLACK: f64 = 0.0;
/// The band widths in whole rem the stylesheet can tell apart: a name that fits in a band of
/// fewer rem is given the first, one that needs more than the last is shortened in every band
/// narrower than that.
pub const LADDER: RangeInclusive<u32> = 4..=48;
/// The band widths in whole rem at which a name may be too wide even in its short form: one
/// Chinese character and the padding need 1.85 rem, so no name fits a band narrower than 2.
pub const SHORT_LADDER: RangeInclusive<u32> = 2..=48;
/// Upright, the band heights in rem the stylesheet can tell apart, in half rem: the longest
/// name the check allows (60 characters) needs about 25 rem in one line, and every rule is
/// parsed on every page, landscape too.
pub const UPRIGHT_LADDER: RangeInclusive<u32> = 4..=30;
/// Upright, the band heights in rem at which a name may be too long even in its short form, in
/// half rem: one character and the padding need 1.7 rem.
pub const UPRIGHT_SHORT_LADDER: RangeInclusive<u32> = 2..=30;

/// The least band width, in whole rem, in which the whole `name` fits in [`LINES`] lines;
/// narrower bands show the short name.
pub fn whole_from(name: &str) -> u32 {
    whole_rung(&text_width::Measured::new(name))
}

fn whole_rung(name: &text_width::Measured) -> u32 {
    rung(name.narrowest(LINES) * SIZE + PADDING + SLACK, &LADDER)
}

/// Upright, the least band height, in half rem, in which the whole `name` fits in `lines`
/// lines; shorter bands show the short name.
pub fn upright_from(name: &str, lines: usize) -> HalfRem {
    upright_rung(
        &text_width::Measured::new(name),
        lines,
        SLACK,
        &UPRIGHT_LADDER,
    )
}

/// For each number of lines upright, the height from which a name fits, as an attribute says
/// it: `1-18 2-10 3-8.5`.
fn upright_attribute(rung_for: impl Fn(usize) -> HalfRem) -> String {
    let rungs: Vec<String> = (1..=ERA_NAME_LINES_MOST)
        .map(|lines| format!("{lines}-{}", rung_for(lines)))
        .collect();
    rungs.join(" ")
}

/// Where an era's name fits on its band, as the name's attributes say it to the stylesheet's
/// container queries ([`ladder_rules`]). Below the whole name's rung the band shows the short
/// name; below the short name's rung it shows none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fits {
    /// `data-whole-from`: lying down, the band width in whole rem from which the whole name
    /// fits in [`LINES`] lines ([`whole_from`]).
    pub whole: String,
    /// `data-upright-from`: upright, for each number of lines, the band height from which the
    /// whole name fits ([`upright_from`]).
    pub upright: String,
    /// `data-short-from`: lying down, the band width from which any name shows, the short one
    /// or, should that be the longer, the whole one.
    pub short: String,
    /// `data-upright-short-from`: the same upright, for each number of lines.
    pub upright_short: String,
}

/// A name's attributes ([`Fits`]) from one measuring of the whole and the short name. The
/// timeline makes them once per language, not on every drag step.
pub fn fits(name: &str, short: &str) -> Fits {
    let (whole, short) = (
        text_width::Measured::new(name),
        text_width::Measured::new(short),
    );
    let whole_width = whole_rung(&whole);
    let short_width = rung(
        short.narrowest(LINES) * SIZE + PADDING + SHORT_SLACK,
        &SHORT_LADDER,
    );
    Fits {
        whole: whole_width.to_string(),
        upright: upright_attribute(|lines| upright_rung(&whole, lines, SLACK, &UPRIGHT_LADDER)),
        short: short_width.min(whole_width).to_string(),
        upright_short: upright_attribute(|lines| {
            let whole = upright_rung(&whole, lines, SLACK, &UPRIGHT_LADDER);
            upright_rung(&short, lines, SHORT_SLACK, &UPRIGHT_SHORT_LADDER).min(whole)
        }),
    }
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

/// Upright, the rung of `ladder` (in rem) a band needs for the name in `lines` lines and
/// `slack`, in half rem.
fn upright_rung(
    name: &text_width::Measured,
    lines: usize,
    slack: f64,
    ladder: &RangeInclusive<u32>,
) -> HalfRem {
    let needed = name.narrowest(lines) * upright_size(lines) + UPRIGHT_PADDING + slack;
    let halves =
        ((needed * 2.0).ceil().max(0.0) as u32).clamp(2 * ladder.start(), 2 * ladder.end());
    HalfRem(halves)
}

/// The rung of `ladder` a band needs for `needed` rem.
fn rung(needed: f64, ladder: &RangeInclusive<u32>) -> u32 {
    (needed.ceil().max(0.0) as u32).clamp(*ladder.start(), *ladder.end())
}

/// The stylesheet's rules that show the short name in a band shorter than its whole name
/// needs, and no name in one shorter than the short name needs: lying down by the band's width,
/// one container query per rung of [`SHORT_LADDER`] ([`Fits::whole`], [`Fits::short`]); upright
/// by its height for each number of lines, one per half rung of [`UPRIGHT_SHORT_LADDER`]
/// ([`Fits::upright`], [`Fits::upright_short`]). The build appends them to the stylesheet.
pub fn ladder_rules() -> String {
    let mut css = String::from(
        "\n/* An era's short name where its band is shorter than the whole name needs, and no \
         name where it is shorter than the short one needs (src/time_axis/era_names.rs), added \
         by the build. */\n",
    );
    // The class keeps each rule in the browser's bucket for the names (2 B of brotli).
    const SHORT: &str = "{ --era-whole: none; --era-short: inline; }";
    const NONE: &str = "{ --era-name: hidden; }";
    for rem in SHORT_LADDER {
        let mut rules = Vec::new();
        if LADDER.contains(&rem) {
            rules.push(format!(".era-name[data-whole-from=\"{rem}\"] {SHORT}"));
        }
        rules.push(format!(".era-name[data-short-from=\"{rem}\"] {NONE}"));
        css.push_str(&format!(
            "@container era (width < {rem}rem) {{ {} }}\n",
            rules.join(" ")
        ));
    }
    let upright = |attribute: &str, rem: HalfRem| -> String {
        let selectors: Vec<String> = (1..=ERA_NAME_LINES_MOST)
            .map(|lines| {
                format!("[data-era-lines=\"{lines}\"] .era-name[{attribute}~=\"{lines}-{rem}\"]")
            })
            .collect();
        selectors.join(", ")
    };
    for rem in (2 * UPRIGHT_SHORT_LADDER.start()..=2 * UPRIGHT_SHORT_LADDER.end()).map(HalfRem) {
        let mut rules = Vec::new();
        if rem.0 >= 2 * UPRIGHT_LADDER.start() {
            rules.push(format!("{} {SHORT}", upright("data-upright-from", rem)));
        }
        rules.push(format!(
            "{} {NONE}",
            upright("data-upright-short-from", rem)
        ));
        css.push_str(&format!(
            "@container era-upright (height < {rem}rem) {{ {} }}\n",
            rules.join(" ")
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
        let fits = fits(name, "30 Jahre Freundschaft");
        assert_eq!(
            fits.upright,
            format!(
                "1-{one} 2-{} 3-{}",
                upright_from(name, 2),
                upright_from(name, 3)
            )
        );
        assert_eq!(fits.whole, whole_from(name).to_string());
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
        for rem in SHORT_LADDER {
            assert!(
                css.contains(&format!(
                    ".era-name[data-short-from=\"{rem}\"] {{ --era-name: hidden; }} }}\n"
                )),
                "{rem}"
            );
        }
        // One query per rung: the short name's rule comes after the whole name's in it.
        assert_eq!(css.matches("@container era ").count(), SHORT_LADDER.count());
        assert!(css.contains(
            "@container era (width < 4rem) { .era-name[data-whole-from=\"4\"] { --era-whole: none; --era-short: inline; } .era-name[data-short-from=\"4\"]"
        ));
        assert!(css.contains("@container era (width < 3rem) { .era-name[data-short-from=\"3\"]"));
        assert_eq!(
            css.matches("@container era-upright ").count(),
            2 * UPRIGHT_SHORT_LADDER.count() - 1
        );
        assert!(css.contains(
            "(height < 2.5rem) { [data-era-lines=\"1\"] .era-name[data-upright-short-from~=\"1-2.5\"], [data-era-lines=\"2\"]"
        ));
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
            "visibility: var(--era-name, visible);",
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

    #[test]
    fn a_band_too_short_for_the_short_name_shows_none_and_one_wide_enough_shows_one_whole() {
        // Generated eras: a whole name of several words and a short one of its first words.
        let words = [
            "Freundschaft",
            "30",
            "Jahre",
            "und",
            "Städtefreundschaft",
            "Beginnings",
            "合作",
            "三十年",
            "起步",
        ];
        let mut seed = 11_u32;
        let mut next = |below: usize| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as usize % below
        };
        for _ in 0..500 {
            let count = 2 + next(6);
            let name: Vec<&str> = (0..count).map(|_| words[next(words.len())]).collect();
            let short = name[..1 + next(count - 1)].join(" ");
            let name = name.join(" ");
            let fits = fits(&name, &short);
            let whole: u32 = fits.whole.parse().unwrap();
            let shown_from: u32 = fits.short.parse().unwrap();
            assert!(SHORT_LADDER.contains(&shown_from), "{short}");
            assert!(shown_from <= whole, "{name} / {short}");
            // From its rung on, the short name takes at most two lines and no word is broken
            // (a word wider than the line counts as one line, so it is measured on its own).
            let line = (f64::from(shown_from) - PADDING - SHORT_SLACK) / SIZE;
            if shown_from < whole {
                assert!(text_width::lines(&short, line) <= LINES, "{short}");
                assert!(
                    text_width::narrowest(&short, 99) <= line + 1e-9,
                    "{short}: a word wider than a band of {shown_from} rem"
                );
            }
            // A band a rem narrower would break it or clamp it: its rung is the least one.
            if shown_from > *SHORT_LADDER.start() && shown_from < whole {
                let narrower = line - 1.0 / SIZE;
                assert!(
                    text_width::lines(&short, narrower) > LINES
                        || text_width::narrowest(&short, 99) > narrower,
                    "{short} fits {} rem",
                    shown_from - 1
                );
            }
            // Upright, for each number of lines, the same.
            let rungs = |attribute: &str| -> Vec<HalfRem> {
                attribute
                    .split(' ')
                    .map(|rung| {
                        let rem: f64 = rung.split_once('-').unwrap().1.parse().unwrap();
                        HalfRem((rem * 2.0) as u32)
                    })
                    .collect()
            };
            let (upright, upright_short) = (rungs(&fits.upright), rungs(&fits.upright_short));
            assert_eq!(upright.len(), ERA_NAME_LINES_MOST);
            for lines in 1..=ERA_NAME_LINES_MOST {
                let (whole, shown_from) = (upright[lines - 1], upright_short[lines - 1]);
                assert!(shown_from <= whole, "{short}, {lines} lines");
                assert!(shown_from >= HalfRem(2 * UPRIGHT_SHORT_LADDER.start()));
                if shown_from < whole {
                    let line =
                        (shown_from.rem() - UPRIGHT_PADDING - SHORT_SLACK) / upright_size(lines);
                    assert!(text_width::lines(&short, line) <= lines, "{short}, {lines}");
                    assert!(text_width::narrowest(&short, 99) <= line + 1e-9, "{short}");
                }
            }
        }
    }

    #[test]
    fn the_short_names_of_the_content_show_in_a_band_of_a_few_rem() {
        let content = crate::content_file::content();
        for era in &content.eras {
            for lang in Lang::ALL {
                let fits = fits(era.name.get(lang), era.short.get(lang));
                let shown_from: u32 = fits.short.parse().unwrap();
                assert!((2..=9).contains(&shown_from), "{}: {shown_from}", era.id);
            }
        }
        // "起步" takes a character a line, as Chinese type breaks: 2 rem; "30 Jahre Freundschaft"
        // needs the width of "Freundschaft": 6 rem.
        assert_eq!(fits("起步：巴登-符腾堡州与江苏省", "起步").short, "2");
        // On a phone the last German era's band is 9.66 rem at the whole span: the short name
        // shows there in one line.
        let anniversary = fits(
            "Neue Industrien und 30 Jahre Freundschaft",
            "30 Jahre Freundschaft",
        );
        assert!(
            anniversary.upright_short.starts_with("1-9.5 "),
            "{anniversary:?}"
        );
        assert_eq!(
            fits(
                "Neue Industrien und 30 Jahre Freundschaft",
                "30 Jahre Freundschaft"
            )
            .short,
            "6"
        );
    }
}
