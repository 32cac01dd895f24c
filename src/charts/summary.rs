//! A chart in words, generated from its data in each language: what a visitor who reads rather
//! than looks, or a screen reader, is told about it.

use crate::components::series_table::status_name;
use crate::content::{DataPoint, Series, SeriesKind, Status};
use crate::i18n::format::{format_amount, format_year};
use crate::i18n::ui;
use crate::i18n::Lang;

/// One sentence or two about a series: where it starts and ends, its peak, and its gaps.
pub fn summary(series: &Series, lang: Lang) -> String {
    let points = &series.points;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return String::new();
    };
    let amount = |value: f64| format_amount(lang, value * series.scale, series.currency.as_deref());
    let year = |year: i32| format_year(lang, year);
    let title = series.title.get(lang);
    let peak = points
        .iter()
        .max_by(|a, b| a.value.total_cmp(&b.value))
        .unwrap_or(first);
    let mut text = match series.kind {
        SeriesKind::Bars => match lang {
            Lang::De => format!(
                "{title}: {} Beträge zwischen {} und {}; der größte: {} ({}).",
                points.len(),
                year(first.year),
                year(last.year),
                amount(peak.value),
                year(peak.year)
            ),
            Lang::Zh => format!(
                "{title}：{}至{}共{}笔，最大一笔为{}的{}。",
                year(first.year),
                year(last.year),
                points.len(),
                year(peak.year),
                amount(peak.value)
            ),
            Lang::En => format!(
                "{title}: {} amounts between {} and {}; the largest is {} ({}).",
                points.len(),
                year(first.year),
                year(last.year),
                amount(peak.value),
                year(peak.year)
            ),
        },
        SeriesKind::Line if points.len() == 1 => match lang {
            Lang::De => format!("{title}: {} ({}).", amount(first.value), year(first.year)),
            Lang::Zh => format!("{title}：{}为{}。", year(first.year), amount(first.value)),
            Lang::En => format!("{title}: {} ({}).", amount(first.value), year(first.year)),
        },
        SeriesKind::Line => {
            let change = Change::between(first.value, last.value);
            // A value with its year, and its status when it is not a final, reported one:
            // "170 Mrd. € (2016, geschätzt)", "2016年的1700亿欧元（估计）", "€170bn in 2016 (estimated)".
            let at = |point: &DataPoint| {
                let status =
                    (point.status != Status::Reported).then(|| status_name(ui(lang), point.status));
                let value = amount(point.value);
                match (lang, status) {
                    (Lang::De, None) => format!("{value} ({})", point.year),
                    (Lang::De, Some(status)) => format!("{value} ({}, {status})", point.year),
                    (Lang::Zh, None) => format!("{}的{value}", year(point.year)),
                    (Lang::Zh, Some(status)) => {
                        format!("{}的{value}（{status}）", year(point.year))
                    }
                    (Lang::En, None) => format!("{value} in {}", point.year),
                    (Lang::En, Some(status)) => format!("{value} in {} ({status})", point.year),
                }
            };
            let (from, to) = (at(first), at(last));
            let (y0, y1) = (first.year, last.year);
            let mut text = match (lang, change) {
                (Lang::De, Change::Up) => format!("{title}: Anstieg von {from} auf {to}"),
                (Lang::De, Change::Down) => format!("{title}: Rückgang von {from} auf {to}"),
                (Lang::De, Change::Level) => {
                    format!("{title}: {y0} wie {y1} rund {}", amount(last.value))
                }
                (Lang::Zh, Change::Up) => format!("{title}从{from}增至{to}"),
                (Lang::Zh, Change::Down) => format!("{title}从{from}降至{to}"),
                (Lang::Zh, Change::Level) => format!(
                    "{title}在{}和{}均约为{}",
                    year(y0),
                    year(y1),
                    amount(last.value)
                ),
                (Lang::En, Change::Up) => format!("{title} rose from {from} to {to}"),
                (Lang::En, Change::Down) => format!("{title} fell from {from} to {to}"),
                (Lang::En, Change::Level) => format!(
                    "{title} stood at about {} in both {y0} and {y1}",
                    amount(last.value)
                ),
            };
            let peak_inside = peak.year != first.year && peak.year != last.year;
            if peak_inside {
                text.push_str(&match lang {
                    Lang::De => {
                        format!(", Höchstwert {} im Jahr {}", amount(peak.value), peak.year)
                    }
                    Lang::Zh => {
                        format!("，峰值出现在{}，为{}", year(peak.year), amount(peak.value))
                    }
                    Lang::En => format!(", with a peak of {} in {}", amount(peak.value), peak.year),
                });
            }
            text.push_str(if lang == Lang::Zh { "。" } else { "." });
            text
        }
    };
    let gaps = gap_ranges(series);
    if !gaps.is_empty() {
        let list = gaps
            .iter()
            .map(|&(from, to)| range_text(lang, from, to))
            .collect::<Vec<_>>()
            .join(if lang == Lang::Zh { "、" } else { ", " });
        text.push_str(&match lang {
            Lang::De => format!(" Für {list} gibt es keinen belastbaren Wert."),
            Lang::Zh => format!("{list}没有可靠数据。"),
            Lang::En => format!(" There is no reliable figure for {list}."),
        });
    }
    text
}

/// Whether a series went up, down, or stayed within 2 % of where it started.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Change {
    Up,
    Down,
    Level,
}

impl Change {
    fn between(first: f64, last: f64) -> Self {
        if first > 0.0 && ((last - first) / first).abs() < 0.02 {
            Change::Level
        } else if last > first {
            Change::Up
        } else if last < first {
            Change::Down
        } else {
            Change::Level
        }
    }
}

/// The runs of years between a line series' first and last value that have no value.
pub fn gap_ranges(series: &Series) -> Vec<(i32, i32)> {
    if series.kind != SeriesKind::Line {
        return Vec::new();
    }
    let mut gaps = Vec::new();
    for pair in series.points.windows(2) {
        if pair[1].year - pair[0].year > 1 {
            gaps.push((pair[0].year + 1, pair[1].year - 1));
        }
    }
    gaps
}

fn range_text(lang: Lang, from: i32, to: i32) -> String {
    match (lang, from == to) {
        (Lang::Zh, true) => format!("{from}年"),
        (Lang::Zh, false) => format!("{from}至{to}年"),
        (_, true) => from.to_string(),
        (_, false) => format!("{from}–{to}"),
    }
}
