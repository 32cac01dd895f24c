//! Calendar values: a date known to the year, the month or the day, and a span between two.
//!
//! A module of its own, depending on nothing else in the crate: the content dates its events
//! with these, and `i18n` writes them out in each language. Were they part of `content`,
//! `content` (whose texts are keyed by `i18n::Lang`) and `i18n` would import each other.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl PartialDate {
    /// How precisely this date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The year as a fraction, for placing the date on a time axis (mid-month, mid-day).
    pub fn as_fractional_year(&self) -> f64 {
        let month = self.month.map_or(6.0, |m| f64::from(m) - 1.0);
        let day = self.day.map_or(0.5, |d| (f64::from(d) - 0.5) / 31.0);
        f64::from(self.year) + (month + if self.month.is_some() { day } else { 0.0 }) / 12.0
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

/// When an event happened: one date, or a range from `start` to `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    /// The date is approximate.
    pub circa: bool,
}

impl DateSpan {
    /// The year the event is placed in (its start).
    pub fn year(&self) -> i32 {
        self.start.year
    }
}

/// Days in a month, with leap years.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_have_their_days_and_leap_years_a_29th_february() {
        assert_eq!(days_in_month(2019, 2), 28);
        assert_eq!(days_in_month(2020, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2013, 4), 30);
        assert_eq!(days_in_month(2013, 12), 31);
    }

    #[test]
    fn dates_print_as_written_and_know_their_precision() {
        let day = PartialDate {
            year: 2013,
            month: Some(3),
            day: Some(20),
        };
        let year = PartialDate {
            year: 1994,
            month: None,
            day: None,
        };
        assert_eq!(day.to_string(), "2013-03-20");
        assert_eq!(year.to_string(), "1994");
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(year.precision(), Precision::Year);
        // A year alone sits in its middle on the time axis.
        assert_eq!(year.as_fractional_year(), 1994.5);
        let span = DateSpan {
            start: year,
            end: Some(day),
            circa: false,
        };
        assert_eq!(span.year(), 1994);
    }
}
