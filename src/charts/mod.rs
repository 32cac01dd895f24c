//! Charts: the content's data series drawn with plotters. Series that share a `group` share a
//! chart (and so a unit and a currency, which the validator ensures); every other series has a
//! chart of its own. Adding a series to the content adds a chart, with no code change.

pub mod draw;
pub mod export;
pub mod interaction;
pub mod summary;

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
