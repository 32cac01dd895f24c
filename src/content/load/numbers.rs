//! Reading a figure from a series file's value column: a decimal point with commas between
//! columns, a decimal comma (and dots between thousands) with semicolons, as German Excel
//! saves it; and what a yearly figure may be at all.

use super::super::rows::Separator;

/// A value times its series' scale may be at most this: a thousand trillion (10^15), more than
/// ten times the world's yearly output. Anything larger is a slip of the keyboard.
const LARGEST: f64 = 1e15;

/// With commas between columns a number takes a decimal point and no thousands separator
/// (`1234.5`). With semicolons (a spreadsheet in a German setting) it takes a decimal comma
/// (`1234,5`) and may group thousands with dots (`1.234,5`, `1.234.567`) — except a single
/// dot group without a comma (`2.900`), which could as well be 2.9 and is refused.
pub(super) fn read_value(text: &str, separator: Separator) -> Result<f64, (String, String)> {
    if text.is_empty() {
        return Err((
            "the value is empty".into(),
            "leave a year without a figure out altogether: a missing year is shown as a gap".into(),
        ));
    }
    let not_a_number = || {
        (
            format!("\"{text}\" is not a number"),
            "write digits with a dot for decimals and no thousands separator, like 205.7"
                .to_string(),
        )
    };
    match separator {
        Separator::Comma => {
            if let Ok(value) = text.parse::<f64>() {
                return Ok(value);
            }
            if !text.contains(',') || !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
                return Err(not_a_number());
            }
            let fix = match german_number(text) {
                Some(Ok(value)) => format!("in a comma-separated file write it with a decimal point and no thousands separator: {value}"),
                _ => "in a comma-separated file a number has no comma: a dot for decimals and no thousands separator, like 1234.5".into(),
            };
            Err((
                format!("\"{text}\" is not a number in a comma-separated file: it has a comma (a decimal comma or a thousands separator)"),
                fix,
            ))
        }
        Separator::Semicolon => match german_number(text) {
            Some(Ok(value)) => Ok(value),
            Some(Err(())) => {
                let thousands = text.replace('.', "");
                let decimal = text.parse::<f64>().unwrap_or_default();
                Err((
                    format!("\"{text}\" is ambiguous: {thousands} with a dot between the thousands, or {decimal} with a decimal point"),
                    format!("in a semicolon-separated file write decimals with a comma and leave out thousands separators: {thousands}, or {}", format!("{decimal}").replace('.', ",")),
                ))
            }
            None if text.contains('.') && !text.contains(',') && text.parse::<f64>().is_ok_and(f64::is_finite) => Err((
                format!("\"{text}\" has a decimal point, but in a semicolon-separated file decimals take a comma"),
                format!("write {}", text.replace('.', ",")),
            )),
            // Signs, exponents, "inf" and the like: read, and judged after.
            None => text.replace(',', ".").parse::<f64>().map_err(|_| {
                (
                    format!("\"{text}\" is not a number"),
                    "in a semicolon-separated file write digits with a decimal comma and no thousands separator, like 205,7".to_string(),
                )
            }),
        },
    }
}

/// A number written the German way: digits, dots between groups of three, a decimal comma.
/// `None` when it is not written so; `Some(Err)` for one dot group and no comma (`2.900`),
/// which reads as well as a decimal point.
pub(super) fn german_number(text: &str) -> Option<Result<f64, ()>> {
    let (whole, fraction) = match text.split_once(',') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if fraction.is_some_and(|f| !digits(f)) {
        return None;
    }
    let groups: Vec<&str> = whole.split('.').collect();
    let grouped = groups.len() > 1;
    let well_grouped = digits(groups[0])
        && (!grouped || groups[0].len() <= 3)
        && groups[1..].iter().all(|g| g.len() == 3 && digits(g));
    if !well_grouped {
        return None;
    }
    if groups.len() == 2 && fraction.is_none() {
        return Some(Err(()));
    }
    let plain = format!("{}.{}", groups.concat(), fraction.unwrap_or("0"));
    plain.parse::<f64>().ok().map(Ok)
}

/// A number read from the value column, if it can be a yearly figure: zero or more, finite,
/// and not absurdly large once the series' `scale` is applied.
pub(super) fn judge_value(
    text: &str,
    value: f64,
    scale: f64,
) -> Result<f64, (String, &'static str)> {
    if value.is_nan() || value.is_infinite() {
        Err((
            format!("\"{text}\" is not a finite number"),
            "write the figure in digits, like 205.7",
        ))
    } else if value < 0.0 {
        Err((
            format!("{text} is negative"),
            "values are amounts or counts, zero or more",
        ))
    } else if value * scale > LARGEST {
        Err((
            format!("{text} is absurdly large: times the series' scale it is more than a thousand trillion (10^15)"),
            "check the digits and the scale in the series' .toml file (1, 1000000 or 1000000000)",
        ))
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_separator_reads_its_own_way_of_writing_numbers() {
        assert_eq!(read_value("205.7", Separator::Comma), Ok(205.7));
        assert_eq!(read_value("205,7", Separator::Semicolon), Ok(205.7));
        assert_eq!(read_value("1.234,5", Separator::Semicolon), Ok(1234.5));
        assert_eq!(
            read_value("1.234.567", Separator::Semicolon),
            Ok(1_234_567.0)
        );
        let (message, fix) = read_value("205,7", Separator::Comma).expect_err("a comma");
        assert!(message.contains("comma-separated"), "{message}");
        assert!(fix.ends_with("205.7"), "{fix}");
        let (message, _) = read_value("2.900", Separator::Semicolon).expect_err("ambiguous");
        assert!(message.contains("ambiguous"), "{message}");
        assert!(read_value("", Separator::Comma).is_err());
    }

    #[test]
    fn german_numbers_need_groups_of_three() {
        assert_eq!(german_number("12.345,6"), Some(Ok(12345.6)));
        assert_eq!(german_number("2.900"), Some(Err(())));
        assert_eq!(german_number("12.34"), None);
        assert_eq!(german_number("abc"), None);
    }

    #[test]
    fn a_figure_is_finite_not_negative_and_not_absurd() {
        assert_eq!(judge_value("5", 5.0, 1e9), Ok(5.0));
        assert!(judge_value("inf", f64::INFINITY, 1.0).is_err());
        assert!(judge_value("-1", -1.0, 1.0).is_err());
        assert!(judge_value("1e7", 1e7, 1e9).is_err(), "ten million billion");
    }
}
