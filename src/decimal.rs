//! Decimal numbers rounded to a fixed count of places, without core's fixed-places float
//! formatting (`{:.2}` pulls core's exact Grisu and Dragon4 with their bignums into the wasm).
//!
//! The exhibit's one way to round a number: the figures a reader sees (`i18n::format`) and the
//! style values of the timeline and charts. The prerenderer and the browser run this same code,
//! so the page drawn at build time and the hydrated one agree.

use std::fmt;

/// A number rounded to a fixed count of decimals: its digits before and after the point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rounded {
    /// The whole part, without leading zeros ("0" for less than one).
    pub whole: String,
    /// Exactly as many digits as the places asked for.
    pub fraction: String,
}

/// `|value| / 10^shift`, rounded to `places` decimals, a tie away from zero.
///
/// Like the browser's `Intl.NumberFormat` (ICU), this rounds the shortest decimal that reads
/// back as `value` ("1.005", not the binary 1.00499999…), and shifts the point in decimal, so
/// 7.3e8 in units of 10^8 is 7.3 exactly. The shortest decimal is the one `{}` writes, which
/// the charts' SVG needs anyway; core's fixed-places formatting (`{:.2}`) is not needed.
pub fn round(value: f64, shift: u32, places: usize) -> Rounded {
    let written = if value.is_finite() {
        value.abs().to_string()
    } else {
        String::from("0")
    };
    let (whole, after) = written.split_once('.').unwrap_or((&written, ""));
    let mut digits: Vec<u8> = whole.bytes().chain(after.bytes()).collect();
    // The point sits after `point` digits; dividing by 10^shift moves it left.
    let mut point = whole.len() as i64 - i64::from(shift);
    if point < 1 {
        let pad = (1 - point) as usize;
        digits.splice(0..0, std::iter::repeat_n(b'0', pad));
        point = 1;
    }
    let keep = point as usize + places;
    let round_up = digits.get(keep).is_some_and(|&digit| digit >= b'5');
    digits.resize(keep, b'0');
    if round_up {
        let mut at = keep;
        loop {
            if at == 0 {
                digits.insert(0, b'1');
                point += 1;
                break;
            }
            at -= 1;
            if digits[at] == b'9' {
                digits[at] = b'0';
            } else {
                digits[at] += 1;
                break;
            }
        }
    }
    let (whole, fraction) = digits.split_at(point as usize);
    let start = whole
        .iter()
        .position(|&d| d != b'0')
        .unwrap_or(whole.len() - 1);
    Rounded {
        whole: String::from_utf8_lossy(&whole[start..]).into_owned(),
        fraction: String::from_utf8_lossy(fraction).into_owned(),
    }
}

/// `value` with exactly `places` decimals and a point: `fixed(12.5, 3)` shows "12.500".
pub fn fixed(value: f64, places: usize) -> Fixed {
    Fixed { value, places }
}

/// A number shown with a fixed number of decimals (see [`fixed`]), for style values.
#[derive(Clone, Copy, Debug)]
pub struct Fixed {
    value: f64,
    places: usize,
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rounded = round(self.value, 0, self.places);
        if self.value.is_sign_negative() && self.value.is_finite() {
            f.write_str("-")?;
        }
        f.write_str(&rounded.whole)?;
        if self.places > 0 {
            f.write_str(".")?;
            f.write_str(&rounded.fraction)?;
        }
        Ok(())
    }
}

/// Powers of ten a double holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Reads a plain decimal, "-12.375" or "1993.5", as the exhibit writes them (the address's
/// window, a CSS pixel size, the font advances); `None` for anything else (exponents,
/// "inf", an empty text). Without core's general float parser in the wasm: up to 15
/// significant digits the result is the nearest double, as `str::parse` gives; past them it
/// may differ in the last bit.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    // Decimal places to divide by (negative: digits dropped past 19, to multiply by).
    let mut scale: i32 = 0;
    for (index, byte) in whole.bytes().chain(fraction.bytes()).enumerate() {
        if !byte.is_ascii_digit() {
            return None;
        }
        let in_fraction = index >= whole.len();
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(byte - b'0');
            scale += i32::from(in_fraction);
        } else {
            scale -= i32::from(!in_fraction);
        }
    }
    let mut value = mantissa as f64;
    let mut rest = scale;
    while rest != 0 {
        let step = rest.unsigned_abs().min(22);
        let power = EXACT_POWERS[step as usize];
        if rest > 0 {
            value /= power;
            rest -= step as i32;
        } else {
            value *= power;
            rest += step as i32;
        }
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small generator, so the cases are many and the same on every run.
    fn values(count: usize) -> Vec<f64> {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..count)
            .map(|i| match i % 4 {
                // Any bit pattern: every exponent, subnormals, NaN and infinities.
                0 => f64::from_bits(next()),
                // Numbers of the size styles and figures have.
                1 => (next() % 2_000_000_000) as f64 / 1000.0 - 1_000_000.0,
                // Exact ties at every place: where half-even and half-up differ.
                2 => (next() % 100_000) as f64 / 8.0,
                _ => (next() as f64 / u64::MAX as f64) * 200.0 - 100.0,
            })
            .collect()
    }

    /// Whether the shortest decimal of `value` ends in a 5 right after `places` decimals: a
    /// tie, which core rounds to even on the binary value and `Intl` away from zero.
    fn decimal_tie(value: f64, places: usize) -> bool {
        let written = value.abs().to_string();
        let after = written.split_once('.').map_or("", |(_, after)| after);
        after.len() == places + 1 && after.ends_with('5')
    }

    #[test]
    fn fixed_places_equal_core_formatting_except_for_decimal_ties() {
        let mut compared = 0;
        for value in values(40_000) {
            if !value.is_finite() {
                continue;
            }
            for places in 0..=3 {
                // Past 15 significant digits the shortest decimal (what `Intl` and a reader
                // see) ends where core writes the binary value's further digits.
                if decimal_tie(value, places) || value.abs() * 10f64.powi(places as i32) >= 1e15 {
                    continue;
                }
                let ours = fixed(value, places).to_string();
                let core = format!("{value:.places$}");
                assert_eq!(ours, core, "{value:e} at {places} places");
                compared += 1;
            }
        }
        assert!(compared > 100_000, "{compared}");
    }

    #[test]
    fn ties_go_away_from_zero_as_in_intl() {
        assert_eq!(fixed(0.125, 2).to_string(), "0.13");
        assert_eq!(fixed(2.5, 0).to_string(), "3");
        assert_eq!(fixed(-2.5, 0).to_string(), "-3");
        // The binary value is 1.00499999999999989…; a reader (and `Intl`) sees 1.005.
        assert_eq!(fixed(1.005, 2).to_string(), "1.01");
        assert_eq!(fixed(12.5, 3).to_string(), "12.500");
        assert_eq!(fixed(99.9996, 3).to_string(), "100.000");
        assert_eq!(fixed(0.0004, 3).to_string(), "0.000");
        assert_eq!(fixed(-0.0004, 3).to_string(), "-0.000");
        assert_eq!(fixed(1e21, 1).to_string(), "1000000000000000000000.0");
    }

    #[test]
    fn the_point_moves_in_decimal() {
        let rounded = |value, shift, places| {
            let r = round(value, shift, places);
            format!("{}.{}", r.whole, r.fraction)
        };
        assert_eq!(rounded(7.3e8, 8, 2), "7.30");
        assert_eq!(rounded(4.2e9, 9, 2), "4.20");
        assert_eq!(rounded(251.8e9, 9, 2), "251.80");
        assert_eq!(rounded(3.28e8, 8, 2), "3.28");
        assert_eq!(rounded(999_999_999.0, 6, 2), "1000.00");
        assert_eq!(rounded(12_345.0, 8, 2), "0.00");
        assert_eq!(rounded(5e-7, 0, 6), "0.000001");
    }

    #[test]
    fn parse_reads_plain_decimals_as_core_does() {
        let mut state: u64 = 0x1234_5678_9abc_def1;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..50_000 {
            // Up to 15 significant digits, the point anywhere, as written by `{}`.
            let digits = next() % 1_000_000_000_000_000;
            let places = (next() % 16) as usize;
            let mut text = digits.to_string();
            if places > 0 {
                while text.len() <= places {
                    text.insert(0, '0');
                }
                text.insert(text.len() - places, '.');
            }
            if next() % 2 == 0 {
                text.insert(0, '-');
            }
            assert_eq!(parse(&text), text.parse::<f64>().ok(), "{text}");
        }
        // Every window the address writes (thousandths of a year) reads back as itself.
        for thousandths in -3_000_000i64..3_000_000 {
            let year = thousandths as f64 / 1000.0;
            assert_eq!(parse(&year.to_string()), Some(year), "{year}");
        }
        assert_eq!(parse("16px".trim_end_matches("px")), Some(16.0));
        assert_eq!(parse("0.5"), Some(0.5));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert_eq!(parse("-0"), Some(-0.0));
        for bad in [
            "", "-", ".", "1e3", "inf", "NaN", "1.2.3", " 1", "1,5", "--1", "0x10",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        // Long inputs still read close to their value.
        let long = "1234.5678901234567890123456789";
        let read = parse(long).expect("a number");
        assert!((read - 1_234.567_890_123_456_7).abs() < 1e-9, "{read}");
    }
}
