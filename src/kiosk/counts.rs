//! Anonymous counts a kiosk keeps about its visits, only on the device itself (the staff panel
//! shows them and exports them as CSV): visits, events opened, languages chosen, charts played,
//! QR codes shown and visit lengths, per day for at most `KEEP_DAYS` days. Nothing names a
//! visitor, nothing leaves the device. Pure data; `encode`/`decode` give the text the browser
//! keeps in `localStorage` (see `load` and `save`, which never fail the exhibit).

use crate::sorted::SortedMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// How many days of counts a kiosk keeps; older days are dropped.
pub const KEEP_DAYS: usize = 90;
/// Visit lengths are kept in buckets of this many seconds (enough for a median).
pub const LENGTH_BUCKET_SECS: u32 = 10;
/// The longest visit length kept apart; longer ones count as this long.
pub const LONGEST_SECS: u32 = 3600;
/// The `localStorage` key the counts are kept under.
pub const STORAGE_KEY: &str = "exhibit-counts";

/// Something a visitor did that the kiosk counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tally {
    /// A visit ended (at the idle reset), after this many seconds.
    Visit {
        secs: u32,
    },
    EventOpened(String),
    LanguageChosen(Lang),
    ChartPlayed,
    QrShown,
}

/// One day's counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    /// `YYYY-MM-DD`, the kiosk's local date.
    pub date: String,
    pub visits: u32,
    /// Visits by length: bucket (seconds / `LENGTH_BUCKET_SECS`) → visits.
    pub lengths: SortedMap<u32, u32>,
    /// Event id → times its card was opened.
    pub events: SortedMap<String, u32>,
    /// Language code → times chosen.
    pub languages: SortedMap<String, u32>,
    pub charts_played: u32,
    pub qr_shown: u32,
}

/// All days kept, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub days: Vec<Day>,
}

/// The counts over every day kept, as the staff panel shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub visits: u32,
    /// The ten events opened most, most first (ties by id).
    pub top_events: Vec<(String, u32)>,
    pub languages: Vec<(Lang, u32)>,
    pub charts_played: u32,
    pub qr_shown: u32,
    /// The median visit length in seconds (to `LENGTH_BUCKET_SECS`), if there was a visit.
    pub median_visit_secs: Option<u32>,
}

impl Counts {
    /// Adds one tally to the day `date` (`YYYY-MM-DD`), and drops days beyond `KEEP_DAYS`.
    pub fn record(&mut self, date: &str, tally: Tally) {
        let at = match self.days.iter().position(|day| day.date == date) {
            Some(at) => at,
            None => {
                self.days.push(Day {
                    date: date.to_string(),
                    ..Day::default()
                });
                crate::sorted::sort_by(&mut self.days, |a, b| a.date.cmp(&b.date));
                let excess = self.days.len().saturating_sub(KEEP_DAYS);
                self.days.drain(..excess);
                match self.days.iter().position(|day| day.date == date) {
                    Some(at) => at,
                    // A date older than every day kept: not worth keeping.
                    None => return,
                }
            }
        };
        let day = &mut self.days[at];
        let bump = |count: &mut u32| *count = count.saturating_add(1);
        match tally {
            Tally::Visit { secs } => {
                bump(&mut day.visits);
                bump(
                    day.lengths
                        .or_default(secs.min(LONGEST_SECS) / LENGTH_BUCKET_SECS),
                );
            }
            Tally::EventOpened(id) => bump(day.events.or_default(id)),
            Tally::LanguageChosen(lang) => bump(day.languages.or_default(lang.code().to_string())),
            Tally::ChartPlayed => bump(&mut day.charts_played),
            Tally::QrShown => bump(&mut day.qr_shown),
        }
    }

    /// The totals over every day kept.
    pub fn summary(&self) -> Summary {
        let mut events: SortedMap<&str, u32> = SortedMap::new();
        let mut lengths: SortedMap<u32, u32> = SortedMap::new();
        let mut summary = Summary::default();
        for day in &self.days {
            summary.visits = summary.visits.saturating_add(day.visits);
            summary.charts_played = summary.charts_played.saturating_add(day.charts_played);
            summary.qr_shown = summary.qr_shown.saturating_add(day.qr_shown);
            for (id, count) in &day.events {
                *events.or_default(id.as_str()) += count;
            }
            for (bucket, count) in &day.lengths {
                *lengths.or_default(*bucket) += count;
            }
        }
        let mut top: Vec<(String, u32)> = events
            .into_iter()
            .map(|(id, count)| (id.to_string(), count))
            .collect();
        crate::sorted::sort_by(&mut top, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        top.truncate(10);
        summary.top_events = top;
        summary.languages = Lang::ALL
            .into_iter()
            .map(|lang| {
                let chosen = self
                    .days
                    .iter()
                    .filter_map(|day| day.languages.get(lang.code()))
                    .sum();
                (lang, chosen)
            })
            .collect();
        summary.median_visit_secs = median(&lengths);
        summary
    }

    /// The counts as CSV, what a spreadsheet opens: a header row, then one row per day and
    /// kind of count (`item` names the event, language or length bucket where there is one).
    /// The median rows are for reading; `from_csv` reads everything else back exactly.
    pub fn csv(&self) -> String {
        let mut out = String::from(CSV_HEADER);
        out.push('\n');
        let mut row = |date: &str, kind: &str, item: &str, count: u32| {
            out.push_str(&format!("{date},{kind},{},{count}\n", csv_field(item)));
        };
        for day in &self.days {
            row(&day.date, "visits", "", day.visits);
            if let Some(median) = median(&day.lengths) {
                row(&day.date, "median_visit_secs", "", median);
            }
            for (bucket, count) in &day.lengths {
                row(
                    &day.date,
                    "visit_length_secs",
                    &(bucket * LENGTH_BUCKET_SECS).to_string(),
                    *count,
                );
            }
            for (id, count) in &day.events {
                row(&day.date, "event_opened", id, *count);
            }
            for (code, count) in &day.languages {
                row(&day.date, "language_chosen", code, *count);
            }
            row(&day.date, "charts_played", "", day.charts_played);
            row(&day.date, "qr_codes_shown", "", day.qr_shown);
        }
        out
    }

    /// Reads what `csv` wrote; `None` if it is not such a file.
    pub fn from_csv(text: &str) -> Option<Counts> {
        let mut lines = text.lines();
        if lines.next()? != CSV_HEADER {
            return None;
        }
        let mut counts = Counts::default();
        for line in lines {
            let (date, rest) = line.split_once(',')?;
            let (kind, rest) = rest.split_once(',')?;
            let (item, count) = rest.rsplit_once(',')?;
            let item = csv_unquote(item)?;
            let count: u32 = count.parse().ok()?;
            if counts.days.last().is_none_or(|day| day.date != date) {
                counts.days.push(Day {
                    date: date.to_string(),
                    ..Day::default()
                });
            }
            let day = counts.days.last_mut()?;
            match kind {
                "visits" => day.visits = count,
                "median_visit_secs" => {}
                "visit_length_secs" => {
                    let secs: u32 = item.parse().ok()?;
                    day.lengths.insert(secs / LENGTH_BUCKET_SECS, count);
                }
                "event_opened" => {
                    day.events.insert(item, count);
                }
                "language_chosen" => {
                    day.languages.insert(item, count);
                }
                "charts_played" => day.charts_played = count,
                "qr_codes_shown" => day.qr_shown = count,
                _ => return None,
            }
        }
        Some(counts)
    }

    /// The text kept in storage.
    pub fn encode(&self) -> String {
        postcard::to_allocvec(self)
            .map(|bytes| bytes.iter().map(|b| format!("{b:02x}")).collect())
            .unwrap_or_default()
    }

    /// Reads what `encode` wrote; anything else (damaged, from another version) is no counts.
    pub fn decode(text: &str) -> Counts {
        let bytes: Option<Vec<u8>> = text
            .len()
            .is_multiple_of(2)
            .then(|| {
                (0..text.len())
                    .step_by(2)
                    .map(|i| {
                        text.get(i..i + 2)
                            .and_then(|h| u8::from_str_radix(h, 16).ok())
                    })
                    .collect()
            })
            .flatten();
        bytes
            .and_then(|bytes| postcard::from_bytes(&bytes).ok())
            .unwrap_or_default()
    }
}

/// The CSV's header row.
pub const CSV_HEADER: &str = "date,kind,item,count";

/// A CSV field, quoted when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The text of a field `csv_field` wrote.
fn csv_unquote(field: &str) -> Option<String> {
    match field.strip_prefix('"') {
        Some(quoted) => Some(quoted.strip_suffix('"')?.replace("\"\"", "\"")),
        None => Some(field.to_string()),
    }
}

/// The median of lengths kept in buckets, as the middle of its bucket, in seconds.
fn median(lengths: &SortedMap<u32, u32>) -> Option<u32> {
    let total: u32 = lengths.values().sum();
    if total == 0 {
        return None;
    }
    let middle = total.div_ceil(2);
    let mut seen = 0;
    for (bucket, count) in lengths {
        seen += count;
        if seen >= middle {
            return Some(bucket * LENGTH_BUCKET_SECS + LENGTH_BUCKET_SECS / 2);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visits_and_what_they_did_add_up_per_day() {
        let mut counts = Counts::default();
        for secs in [30, 45, 200] {
            counts.record("2026-12-01", Tally::Visit { secs });
        }
        counts.record("2026-12-02", Tally::Visit { secs: 61 });
        for _ in 0..3 {
            counts.record(
                "2026-12-01",
                Tally::EventOpened("bosch-aftermarket-plant".into()),
            );
        }
        counts.record("2026-12-02", Tally::EventOpened("nanjing-day-2026".into()));
        counts.record("2026-12-02", Tally::LanguageChosen(Lang::Zh));
        counts.record("2026-12-02", Tally::ChartPlayed);
        counts.record("2026-12-02", Tally::QrShown);
        let summary = counts.summary();
        assert_eq!(summary.visits, 4);
        assert_eq!(
            summary.top_events,
            vec![
                ("bosch-aftermarket-plant".to_string(), 3),
                ("nanjing-day-2026".to_string(), 1)
            ]
        );
        assert_eq!(
            summary.languages,
            vec![(Lang::De, 0), (Lang::Zh, 1), (Lang::En, 0)]
        );
        assert_eq!((summary.charts_played, summary.qr_shown), (1, 1));
        // 30, 45, 61, 200 s: the median's bucket is 40–50 s.
        assert_eq!(summary.median_visit_secs, Some(45));
        let csv = counts.csv();
        let first_day: Vec<&str> = csv
            .lines()
            .take_while(|l| !l.starts_with("2026-12-02"))
            .collect();
        assert_eq!(
            first_day,
            [
                "date,kind,item,count",
                "2026-12-01,visits,,3",
                "2026-12-01,median_visit_secs,,45",
                "2026-12-01,visit_length_secs,30,1",
                "2026-12-01,visit_length_secs,40,1",
                "2026-12-01,visit_length_secs,200,1",
                "2026-12-01,event_opened,bosch-aftermarket-plant,3",
                "2026-12-01,charts_played,,0",
                "2026-12-01,qr_codes_shown,,0",
            ]
        );
    }

    #[test]
    fn only_ninety_days_and_ten_events_are_kept_and_shown() {
        let mut counts = Counts::default();
        for day in 0..120 {
            let date = format!("2026-{:02}-{:02}", 1 + day / 28, 1 + day % 28);
            counts.record(&date, Tally::Visit { secs: 99_999 });
            counts.record(&date, Tally::EventOpened(format!("event-{}", day % 12)));
        }
        assert_eq!(counts.days.len(), KEEP_DAYS);
        assert_eq!(counts.days[0].date, "2026-02-03");
        // A day older than all kept is not brought back.
        counts.record("2025-01-01", Tally::ChartPlayed);
        assert_eq!(counts.days.len(), KEEP_DAYS);
        assert_eq!(counts.summary().top_events.len(), 10);
        assert_eq!(counts.summary().median_visit_secs, Some(LONGEST_SECS + 5));
    }

    #[test]
    fn counts_come_back_from_storage_and_damage_is_no_counts() {
        let mut counts = Counts::default();
        counts.record("2026-12-01", Tally::Visit { secs: 12 });
        counts.record("2026-12-01", Tally::LanguageChosen(Lang::En));
        assert_eq!(Counts::decode(&counts.encode()), counts);
        for damaged in ["", "zz", "abc", "ffffffffffff", "日本"] {
            assert_eq!(Counts::decode(damaged), Counts::default(), "{damaged}");
        }
    }

    /// A small generator of arbitrary counts, the same for the same seed.
    fn generated(seed: u64) -> Counts {
        let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let mut next = |below: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % below
        };
        let ids = ["bosch-aftermarket-plant", "a,b", "quote\"d", "日本", "x"];
        let mut counts = Counts::default();
        for _ in 0..next(400) {
            let date = format!("2026-{:02}-{:02}", 1 + next(12), 1 + next(28));
            let tally = match next(5) {
                0 => Tally::Visit {
                    secs: next(5000) as u32,
                },
                1 => Tally::EventOpened(ids[next(ids.len() as u64) as usize].to_string()),
                2 => Tally::LanguageChosen(Lang::ALL[next(3) as usize]),
                3 => Tally::ChartPlayed,
                _ => Tally::QrShown,
            };
            counts.record(&date, tally);
        }
        counts
    }

    #[test]
    fn the_csv_reads_back_as_the_same_counts_for_many_generated_cases() {
        for seed in 0..300 {
            let counts = generated(seed);
            let csv = counts.csv();
            assert!(csv.starts_with("date,kind,item,count\n"));
            assert_eq!(
                Counts::from_csv(&csv),
                Some(counts.clone()),
                "seed {seed}:\n{csv}"
            );
            assert_eq!(Counts::decode(&counts.encode()), counts, "seed {seed}");
            assert!(counts.days.len() <= KEEP_DAYS);
        }
        assert_eq!(Counts::from_csv("date,visits\n"), None);
        assert_eq!(
            Counts::from_csv("date,kind,item,count\n2026-12-01,odd,,1\n"),
            None
        );
    }
}
