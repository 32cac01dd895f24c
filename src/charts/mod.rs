//! Charts: the content's data series drawn with plotters. Series that share a `group` share a
//! chart (and so a unit and a currency, which the validator ensures); every other series has a
//! chart of its own. Adding a series to the content adds a chart, with no code change.

pub mod draw;
pub mod export;
pub mod interaction;
pub mod summary;
pub mod svg;

use crate::content::{Content, Series};

/// One chart: an id for its address and the series drawn in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart<'a> {
    /// The group's name, or the series' id.
    pub id: String,
    pub series: Vec<&'a Series>,
}

/// The charts the content makes, in the order of its series.
pub fn charts(content: &Content) -> Vec<Chart<'_>> {
    let mut charts: Vec<Chart> = Vec::new();
    for series in &content.series {
        let id = series.group.clone().unwrap_or_else(|| series.id.clone());
        match charts.iter_mut().find(|chart| chart.id == id) {
            Some(chart) => chart.series.push(series),
            None => charts.push(Chart {
                id,
                series: vec![series],
            }),
        }
    }
    charts
}

/// The chart an embed's address names: by the chart's id, or by the id of a series drawn in
/// it (a group's series each lead to the group's chart).
pub fn chart_named<'a>(content: &'a Content, id: &str) -> Option<Chart<'a>> {
    charts(content)
        .into_iter()
        .find(|chart| chart.id == id || chart.series.iter().any(|s| s.id == id))
}

/// A chart's title: the titles of its series.
pub fn chart_title(chart: &Chart<'_>, lang: crate::i18n::Lang) -> String {
    chart
        .series
        .iter()
        .map(|s| s.title.get(lang))
        .collect::<Vec<_>>()
        // A no-break space before the dot: where the title wraps, the dot ends a line and
        // never begins one (a chart's heading on a phone, its link preview).
        .join(SEPARATOR)
}

/// Between the series' names in a chart's title.
const SEPARATOR: &str = "\u{a0}· ";

#[cfg(test)]
mod title_tests {
    use super::{chart_title, charts};
    use crate::content_file::content;
    use crate::i18n::Lang;

    #[test]
    fn a_charts_title_names_every_series_and_never_begins_a_line_with_the_dot() {
        let content = content();
        let several = charts(content)
            .into_iter()
            .filter(|chart| chart.series.len() > 1)
            .collect::<Vec<_>>();
        assert!(!several.is_empty(), "a chart of several series");
        for chart in several {
            for lang in Lang::ALL {
                let title = chart_title(&chart, lang);
                for series in &chart.series {
                    assert!(title.contains(series.title.get(lang)), "{title}");
                }
                // A line may break after the dot, never before it.
                assert!(!title.contains(" ·"), "{title:?}");
                assert_eq!(title.matches("\u{a0}· ").count(), chart.series.len() - 1);
            }
        }
    }
}
