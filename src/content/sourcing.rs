//! How much of the content rests on sources that stand on their own: official statistics, a
//! government or news reporting (`SourceKind::is_independent`), rather than what a company or
//! a press release says of itself. The curators' check prints it with its summary.

use std::fmt;

use super::model::Content;

/// Events and data values, and how many of each rest on at least one independent source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sourcing {
    pub events: usize,
    pub independent_events: usize,
    pub values: usize,
    pub independent_values: usize,
}

impl Sourcing {
    /// Counts `content`: an event counts when any of its sources is independent, a value when
    /// the one source its row names is.
    pub fn of(content: &Content) -> Sourcing {
        let independent_events = content
            .events
            .iter()
            .filter(|event| event.sources.iter().any(|s| s.kind.is_independent()))
            .count();
        let values = content.series.iter().map(|s| s.points.len()).sum();
        let independent_values = content
            .series
            .iter()
            .flat_map(|series| {
                series.points.iter().filter(|point| {
                    series
                        .sources
                        .get(point.source)
                        .is_some_and(|s| s.kind.is_independent())
                })
            })
            .count();
        Sourcing {
            events: content.events.len(),
            independent_events,
            values,
            independent_values,
        }
    }
}

/// `part` of `whole` in whole percent, rounded half up; 0 of nothing is 0 %.
pub fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

impl fmt::Display for Sourcing {
    /// "36 of 42 events (86 %) and 25 of 31 values (81 %) rest on official statistics, a
    /// government or news reporting"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of {} events ({} %) and {} of {} values ({} %) rest on official statistics, a government or news reporting",
            self.independent_events,
            self.events,
            percent(self.independent_events, self.events),
            self.independent_values,
            self.values,
            percent(self.independent_values, self.values)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::*;

    fn source(kind: SourceKind) -> Source {
        Source {
            title: "Quelle".into(),
            publisher: "Herausgeber".into(),
            url: "https://example.org/a".into(),
            date: None,
            kind,
        }
    }

    fn event(kinds: &[SourceKind]) -> Event {
        Event {
            id: "e".into(),
            date: DateSpan {
                start: PartialDate {
                    year: 2001,
                    month: None,
                    day: None,
                },
                end: None,
                circa: false,
            },
            category: "business".into(),
            era: "friendship".into(),
            confidence: Confidence::Verified,
            confidence_note: None,
            title: Text::default(),
            text: Text::default(),
            picture: None,
            highlight: false,
            sources: kinds.iter().map(|&kind| source(kind)).collect(),
            links: Vec::new(),
        }
    }

    fn point(source: usize) -> DataPoint {
        DataPoint {
            year: 2001,
            value: 1.0,
            status: Status::Reported,
            source,
            note: None,
        }
    }

    #[test]
    fn events_count_with_one_independent_source_values_by_their_own() {
        use SourceKind::*;
        let content = Content {
            events: vec![
                event(&[PressRelease, News]),
                event(&[Company, PressRelease]),
                event(&[OfficialStatistics]),
                event(&[Government, Copy]),
                event(&[Copy]),
            ],
            series: vec![Series {
                id: "s".into(),
                kind: SeriesKind::Line,
                currency: None,
                scale: 1.0,
                group: None,
                title: Text::default(),
                unit: Text::default(),
                sources: vec![source(News), source(Copy), source(PressRelease)],
                points: vec![point(0), point(0), point(1), point(2)],
            }],
            ..Content::default()
        };
        let sourcing = Sourcing::of(&content);
        assert_eq!(
            sourcing,
            Sourcing {
                events: 5,
                independent_events: 3,
                values: 4,
                independent_values: 2,
            }
        );
        assert_eq!(
            sourcing.to_string(),
            "3 of 5 events (60 %) and 2 of 4 values (50 %) rest on official statistics, a government or news reporting"
        );
    }

    #[test]
    fn shares_are_whole_percent_rounded_half_up_and_nothing_is_zero() {
        assert_eq!(percent(36, 42), 86);
        assert_eq!(percent(25, 31), 81);
        assert_eq!(percent(1, 8), 13);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(7, 7), 100);
        assert_eq!(Sourcing::of(&Content::default()).to_string(), "0 of 0 events (0 %) and 0 of 0 values (0 %) rest on official statistics, a government or news reporting");
    }
}
