//! Reading the dates curators write: `1994`, `1994-05`, `1994-05-17` and ranges `A/B`.

use crate::calendar::{days_in_month, DateSpan, PartialDate};

/// Why a date could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct DateError {
    pub message: String,
    pub fix: String,
}

fn error(message: String, fix: &str) -> DateError {
    DateError {
        message,
        fix: fix.to_string(),
    }
}

const FORMAT_FIX: &str =
    "write the year, year-month or year-month-day with digits, like 1994, 1994-05 or 1994-05-17";

/// One date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked to exist in the calendar.
pub fn parse_date(text: &str) -> Result<PartialDate, DateError> {
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize| -> Option<u32> {
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let bad = || error(format!("\"{text}\" is not a date"), FORMAT_FIX);
    if parts.is_empty() || parts.len() > 3 {
        return Err(bad());
    }
    let year = number(parts[0], 4).ok_or_else(bad)? as i32;
    let month = match parts.get(1) {
        Some(part) => Some(number(part, 2).ok_or_else(bad)? as u8),
        None => None,
    };
    let day = match parts.get(2) {
        Some(part) => Some(number(part, 2).ok_or_else(bad)? as u8),
        None => None,
    };
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            return Err(error(
                format!("\"{text}\" is not a real date: there is no month {m}"),
                "months run from 01 to 12",
            ));
        }
        if let Some(d) = day {
            let last = days_in_month(year, m);
            if d == 0 || d > last {
                return Err(error(
                    format!("\"{text}\" is not a real date: {year}-{m:02} has {last} days"),
                    "check the day against the source",
                ));
            }
        }
    }
    Ok(PartialDate { year, month, day })
}

/// A date or a range `start/end`, with `end` after `start`.
pub fn parse_span(text: &str, circa: bool) -> Result<DateSpan, DateError> {
    match text.split_once('/') {
        None => Ok(DateSpan {
            start: parse_date(text)?,
            end: None,
            circa,
        }),
        Some((start, end)) => {
            let start = parse_date(start)?;
            let end = parse_date(end)?;
            if end <= start {
                return Err(error(
                    format!("the range \"{text}\" ends before it starts"),
                    "write the earlier date first, like 2011-10-12/2011-10-14",
                ));
            }
            Ok(DateSpan {
                start,
                end: Some(end),
                circa,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_precision() {
        assert_eq!(parse_date("1994").map(|d| d.month), Ok(None));
        assert_eq!(parse_date("2013-03").map(|d| d.month), Ok(Some(3)));
        assert_eq!(parse_date("2013-03-20").map(|d| d.day), Ok(Some(20)));
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(parse_date("2019-02-30").is_err());
        assert!(parse_date("2019-02-29").is_err());
        assert!(parse_date("2020-02-29").is_ok());
        assert!(parse_date("2013-13").is_err());
        assert!(parse_date("2013-00-10").is_err());
        assert!(parse_date("13-03-2013").is_err());
        assert!(parse_date("2013/03").is_err());
        assert!(parse_date("2013-3-1").is_err());
        assert!(parse_date("").is_err());
        assert!(parse_date("２０１３").is_err());
    }

    #[test]
    fn reads_ranges_in_order() {
        let span = parse_span("2011-10-12/2011-10-14", false).expect("a range");
        assert_eq!(span.end.map(|d| d.day), Some(Some(14)));
        assert!(parse_span("1996/1995", false).is_err());
        assert!(parse_span("1995/1995", false).is_err());
        assert!(parse_span("1995/1996", true).is_ok_and(|s| s.circa));
    }
}
