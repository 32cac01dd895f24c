//! Numbers, amounts and dates as each reader expects them: "4,2 Mrd. US-$", "42亿美元",
//! "US$4.2bn"; "20. März 2013", "2013年3月20日", "20 March 2013".
//!
//! These pure functions are the one way the exhibit writes numbers and dates, on the server
//! renderer and in the browser alike (so a prerendered page and the hydrated one agree), without
//! core's fixed-places float formatting or the browser's `Intl` in the wasm. A browser test
//! holds them to what the browser's own `Intl` writes for many generated numbers and dates.

use super::Lang;
use crate::calendar::{DateSpan, PartialDate};

/// The browser locale whose `Intl` formatting these functions write (held to it by a browser test).
pub fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de-DE",
        Lang::Zh => "zh-CN",
        Lang::En => "en-GB",
    }
}

/// From this size on, numbers are written short ("4,2 Mrd.", "42亿", "4.2bn").
pub const COMPACT_FROM: f64 = 1e6;

/// A number: short for large amounts, grouped for smaller ones, at most two decimals.
pub fn format_number(lang: Lang, value: f64) -> String {
    plain_number(lang, value)
}

/// An amount with its currency in the reader's convention, or a plain number for counts.
pub fn format_amount(lang: Lang, value: f64, currency: Option<&str>) -> String {
    with_currency(lang, &format_number(lang, value), currency)
}

/// Puts the currency around an already formatted number.
pub fn with_currency(lang: Lang, number: &str, currency: Option<&str>) -> String {
    let Some(code) = currency else {
        return number.to_string();
    };
    match lang {
        Lang::De => {
            let symbol = match code {
                "USD" => "US-$",
                "EUR" => "€",
                "CNY" => "CN¥",
                other => other,
            };
            format!("{number}\u{a0}{symbol}")
        }
        Lang::Zh => {
            let name = match code {
                "USD" => "美元",
                "EUR" => "欧元",
                "CNY" => "元",
                other => other,
            };
            format!("{number}{name}")
        }
        Lang::En => {
            let symbol = match code {
                "USD" => "US$",
                "EUR" => "€",
                "CNY" => "CN¥",
                other => return format!("{number}\u{a0}{other}"),
            };
            format!("{symbol}{number}")
        }
    }
}

/// The formatting `Intl.NumberFormat` does for our options (at most two decimals, grouped
/// from four digits, compact from a million), written out in Rust: the one way the exhibit
/// writes a number, on the server renderer and in the browser alike.
pub fn plain_number(lang: Lang, value: f64) -> String {
    let (shift, suffix) = if value.abs() >= COMPACT_FROM {
        compact(lang, value.abs())
    } else {
        (0, "")
    };
    let (decimal, group, min_grouping) = match lang {
        Lang::De => (',', '.', 4),
        Lang::Zh | Lang::En => ('.', ',', 4),
    };
    let rounded = crate::decimal::round(value, shift, 2);
    let integer = rounded.whole;
    let fraction = rounded.fraction.trim_end_matches('0');
    let mut text = String::new();
    if value < 0.0 {
        text.push('-');
    }
    // Compact numbers and numbers below the grouping threshold are not grouped.
    let group_it = suffix.is_empty() && integer.len() >= min_grouping;
    for (i, digit) in integer.chars().enumerate() {
        if group_it && i > 0 && (integer.len() - i).is_multiple_of(3) {
            text.push(group);
        }
        text.push(digit);
    }
    if !fraction.is_empty() {
        text.push(decimal);
        text.push_str(fraction);
    }
    if !suffix.is_empty() {
        if lang == Lang::De {
            text.push('\u{a0}');
        }
        text.push_str(suffix);
    }
    text
}

/// The power of ten a large number is written in, and its word: (9, "Mrd.") for 4.2e9.
fn compact(lang: Lang, value: f64) -> (u32, &'static str) {
    let steps: &[(f64, u32, &str)] = match lang {
        Lang::De => &[(1e12, 12, "Bio."), (1e9, 9, "Mrd."), (1e6, 6, "Mio.")],
        Lang::Zh => &[(1e12, 12, "万亿"), (1e8, 8, "亿"), (1e4, 4, "万")],
        Lang::En => &[(1e12, 12, "tn"), (1e9, 9, "bn"), (1e6, 6, "m")],
    };
    steps
        .iter()
        .find(|(step, _, _)| value >= *step)
        .map_or((0, ""), |&(_, power, word)| (power, word))
}

/// A colon as each language writes it: ": " in German and English, "：" (full width, no space
/// after it) in Chinese.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::De | Lang::En => ": ",
    }
}

/// The comma between two parts of a phrase: ", " in German and English, "，" (full width, no
/// space after it) in Chinese.
pub fn comma(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "，",
        Lang::De | Lang::En => ", ",
    }
}

/// The mark between the items of a list of names: ", " in German and English, "、" (the
/// enumeration comma) in Chinese.
pub fn list_comma(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::De | Lang::En => ", ",
    }
}

/// A year as a caption: "2013", "2013年", "2013".
pub fn format_year(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::De | Lang::En => year.to_string(),
    }
}

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date at the precision it is known.
pub fn format_date(lang: Lang, date: PartialDate) -> String {
    plain_date(lang, date)
}

/// The formatting `Intl.DateTimeFormat` does for our options, written out in Rust.
pub fn plain_date(lang: Lang, date: PartialDate) -> String {
    let year = date.year;
    let month = date
        .month
        .map(|m| usize::from(m.clamp(1, 12)) - 1)
        .unwrap_or(0);
    match (lang, date.month, date.day) {
        (_, None, _) => format_year(lang, year),
        (Lang::De, Some(_), None) => format!("{} {year}", MONTHS_DE[month]),
        (Lang::De, Some(_), Some(day)) => format!("{day}. {} {year}", MONTHS_DE[month]),
        (Lang::Zh, Some(m), None) => format!("{year}年{m}月"),
        (Lang::Zh, Some(m), Some(day)) => format!("{year}年{m}月{day}日"),
        (Lang::En, Some(_), None) => format!("{} {year}", MONTHS_EN[month]),
        (Lang::En, Some(_), Some(day)) => format!("{day} {} {year}", MONTHS_EN[month]),
    }
}

/// When an event happened, with its precision, range and "circa".
pub fn format_span(lang: Lang, span: &DateSpan) -> String {
    let mut text = format_date(lang, span.start);
    if let Some(end) = span.end {
        let joiner = if lang == Lang::Zh {
            "至"
        } else {
            "\u{2009}–\u{2009}"
        };
        text = format!("{text}{joiner}{}", format_date(lang, end));
    }
    if span.circa {
        text = match lang {
            Lang::De => format!("um {text}"),
            Lang::Zh => format!("约{text}"),
            Lang::En => format!("c. {text}"),
        };
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_naturally_in_each_language() {
        assert_eq!(
            format_amount(Lang::De, 4.2e9, Some("USD")),
            "4,2\u{a0}Mrd.\u{a0}US-$"
        );
        assert_eq!(format_amount(Lang::Zh, 4.2e9, Some("USD")), "42亿美元");
        assert_eq!(format_amount(Lang::En, 4.2e9, Some("USD")), "US$4.2bn");
        assert_eq!(
            format_amount(Lang::De, 251.8e9, Some("EUR")),
            "251,8\u{a0}Mrd.\u{a0}€"
        );
        assert_eq!(format_amount(Lang::Zh, 7.3e8, Some("USD")), "7.3亿美元");
        assert_eq!(format_amount(Lang::Zh, 3.28e8, Some("CNY")), "3.28亿元");
        assert_eq!(format_amount(Lang::En, 1.2e8, Some("EUR")), "€120m");
    }

    #[test]
    fn lists_and_phrases_take_each_language_s_marks() {
        assert_eq!(["A", "B"].join(list_comma(Lang::Zh)), "A、B");
        assert_eq!(["A", "B"].join(list_comma(Lang::De)), "A, B");
        assert_eq!(["A", "B"].join(list_comma(Lang::En)), "A, B");
        assert_eq!(comma(Lang::Zh), "，");
        assert_eq!(colon(Lang::Zh), "：");
        assert_eq!(colon(Lang::En), ": ");
    }

    #[test]
    fn counts_are_grouped_not_shortened() {
        assert_eq!(format_number(Lang::De, 315.0), "315");
        assert_eq!(format_number(Lang::De, 2200.0), "2.200");
        assert_eq!(format_number(Lang::De, 12000.0), "12.000");
        assert_eq!(format_number(Lang::En, 2200.0), "2,200");
        assert_eq!(format_number(Lang::Zh, 81000.0), "81,000");
        assert_eq!(format_number(Lang::De, 16.4), "16,4");
    }

    #[test]
    fn dates_keep_their_precision() {
        let day = PartialDate {
            year: 2013,
            month: Some(3),
            day: Some(20),
        };
        assert_eq!(format_date(Lang::De, day), "20. März 2013");
        assert_eq!(format_date(Lang::Zh, day), "2013年3月20日");
        assert_eq!(format_date(Lang::En, day), "20 March 2013");
        let month = PartialDate { day: None, ..day };
        assert_eq!(format_date(Lang::De, month), "März 2013");
        assert_eq!(format_date(Lang::Zh, month), "2013年3月");
        let year = PartialDate {
            month: None,
            ..month
        };
        assert_eq!(format_date(Lang::Zh, year), "2013年");
        let span = DateSpan {
            start: PartialDate {
                year: 1995,
                month: None,
                day: None,
            },
            end: Some(PartialDate {
                year: 1996,
                month: None,
                day: None,
            }),
            circa: true,
        };
        assert_eq!(format_span(Lang::Zh, &span), "约1995年至1996年");
        assert_eq!(format_span(Lang::De, &span), "um 1995\u{2009}–\u{2009}1996");
    }
}
