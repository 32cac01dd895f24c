//! How wide a title is, without a browser: the timeline decides from this whether a title fits
//! whole on two lines of a marker, so the page drawn at build time and the app agree on it.
//!
//! Latin characters take their advance in Inter Regular (assets/fonts/advances.txt, written by
//! scripts/fonts.py from the same font the exhibit bundles); Chinese characters and full-width
//! punctuation take one em. Lines break at spaces, after a hyphen inside a word and between
//! Chinese characters (never before closing or after opening punctuation), never elsewhere
//! inside a word: a browser breaks at least there, so it never needs more lines than counted.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a Latin character not in the table is taken to be: as wide as a capital M is in Inter.
const UNKNOWN: f64 = 0.9;

/// The table of advances, read once.
fn advances() -> &'static HashMap<char, f64> {
    static TABLE: OnceLock<HashMap<char, f64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../assets/fonts/advances.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (code, width) = line.split_once(' ')?;
                let char = char::from_u32(u32::from_str_radix(code, 16).ok()?)?;
                Some((char, crate::decimal::parse(width.trim())? / 1000.0))
            })
            .collect()
    })
}

/// Whether a character is set in the Chinese face, one em wide, with a break allowed on
/// either side.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF)
}

/// The advance of one character, in em.
fn advance(c: char) -> f64 {
    let latin = advances().get(&c).copied();
    if is_cjk(c) {
        1.0
    } else if matches!(c, '“' | '”' | '‘' | '’' | '…' | '—' | '·') {
        // Set in the Chinese face when Chinese text comes first: one em there.
        latin.unwrap_or(1.0).max(1.0)
    } else {
        latin.unwrap_or(UNKNOWN)
    }
}

/// Punctuation a line may not start with: it stays with what comes before it.
fn closes(c: char) -> bool {
    "，。、：；！？）》」】”’…·%–".contains(c)
}

/// Punctuation a line may not end with: it stays with what follows it.
fn opens(c: char) -> bool {
    "（《「【“‘".contains(c)
}

/// The pieces a line may not break inside, with the width of the space before each (0 when
/// none): words, and single Chinese characters with the punctuation that clings to them.
fn pieces(text: &str) -> Vec<(f64, f64)> {
    let space = advance(' ');
    let mut pieces: Vec<(f64, f64)> = Vec::new();
    let mut word = 0.0;
    let mut gap = 0.0;
    let mut opening = 0.0;
    for c in text.chars() {
        if closes(c) && word == 0.0 && gap == 0.0 {
            // After a Chinese character (or a finished word): no break before it.
            match pieces.last_mut() {
                Some(last) => last.1 += advance(c),
                None => word += advance(c),
            }
        } else if opens(c) && word == 0.0 {
            opening += advance(c);
        } else if c.is_whitespace() {
            if word > 0.0 {
                pieces.push((gap, word));
                word = 0.0;
                gap = 0.0;
            }
            gap += space;
        } else if is_cjk(c) {
            if word > 0.0 {
                pieces.push((gap, word));
                gap = 0.0;
            }
            pieces.push((gap, opening + advance(c)));
            opening = 0.0;
            word = 0.0;
            gap = 0.0;
        } else if c == '-' && word > 0.0 {
            // A line may break after a hyphen inside a word, as in "Baden-|Württemberg".
            pieces.push((gap, opening + word + advance(c)));
            opening = 0.0;
            word = 0.0;
            gap = 0.0;
        } else {
            word += opening + advance(c);
            opening = 0.0;
        }
    }
    if word + opening > 0.0 {
        pieces.push((gap, word + opening));
    }
    pieces
}

/// How many lines `text` takes at `line` em per line, breaking greedily as a browser does.
pub fn lines(text: &str, line: f64) -> usize {
    lines_of(&pieces(text), line)
}

/// How many lines the `pieces` of a text take at `line` em per line.
fn lines_of(pieces: &[(f64, f64)], line: f64) -> usize {
    let mut count = 0;
    let mut used = f64::INFINITY;
    for &(gap, width) in pieces {
        if used + gap + width <= line {
            used += gap + width;
        } else {
            count += 1;
            used = width;
        }
    }
    count
}

/// The narrowest line, in em, on which `text` takes at most `most` lines: never less than its
/// widest word. Exact to a hundredth of an em.
pub fn narrowest(text: &str, most: usize) -> f64 {
    Measured::new(text).narrowest(most)
}

/// A text cut into the pieces a line may not break inside, once, for measuring it at several
/// numbers of lines: cutting it anew on every step of the search was most of the app's start
/// with 500 events (bench/REPORT.md).
pub struct Measured(Vec<(f64, f64)>);

impl Measured {
    pub fn new(text: &str) -> Self {
        Measured(pieces(text))
    }

    /// The narrowest line, in em, on which the text takes at most `most` lines: never less
    /// than its widest word. Exact to a hundredth of an em.
    pub fn narrowest(&self, most: usize) -> f64 {
        let pieces = &self.0;
        let widest = pieces.iter().map(|p| p.1).fold(0.0, f64::max);
        let total: f64 = pieces.iter().map(|p| p.0 + p.1).sum();
        let (mut low, mut high) = (widest, total.max(widest));
        while high - low > 0.01 {
            let middle = (low + high) / 2.0;
            if lines_of(pieces, middle) <= most {
                high = middle;
            } else {
                low = middle;
            }
        }
        high
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_inter_s_widths() {
        // Inter Regular: a space is narrow, an M wide.
        assert!((advance(' ') - 0.281).abs() < 0.001);
        assert!(advance('M') > advance('i') * 3.0);
        assert!(advance('8') >= advance('1'));
        assert_eq!(advance('南'), 1.0);
        assert_eq!(advance('，'), 1.0);
    }

    #[test]
    fn lines_break_at_spaces_and_between_chinese_characters() {
        let word = narrowest("Württemberg", 1);
        assert_eq!(lines("Württemberg", word), 1);
        // A word wider than the line still takes one line: it is never split.
        assert_eq!(lines("Württemberg", word / 2.0), 1);
        assert_eq!(lines("Baden Württemberg", word), 2);
        assert_eq!(lines("南京斯图", 2.0), 2);
        assert_eq!(lines("南京斯图", 4.0), 1);
        assert_eq!(lines("", 4.0), 0);
        // No line starts with a closing mark or ends with an opening one.
        assert_eq!(lines("南京行”", 3.2), 2);
        assert!((narrowest("“德国企业南京行”会议", 99) - 2.0).abs() < 0.02);
        assert!((narrowest("南京，斯图", 99) - 2.0).abs() < 0.02);
    }

    #[test]
    fn the_narrowest_line_is_the_tightest_that_keeps_the_count() {
        for text in [
            "Stuttgart und Nanjing vereinbaren eine Städtefreundschaft",
            "斯图加特与南京建立友好城市关系",
            "Merkel in Nanjing: „Deutschland und China – gemeinsam in Bewegung“",
            "Nanjing Day 2026 in Stuttgart",
        ] {
            let two = narrowest(text, 2);
            assert!(lines(text, two) <= 2, "{text}");
            assert!(
                lines(text, two - 0.05) > 2 || two <= narrowest(text, 99) + 0.05,
                "{text}"
            );
            assert!(narrowest(text, 1) >= two);
        }
    }
}
