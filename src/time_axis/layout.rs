//! Places event markers along the axis so that their labels never overlap: each marker takes
//! the first lane where it fits; the events no lane has room for are counted in clusters in a
//! lane of their own (small badges at their dates), which open up on zoom. Markers already shown stay shown, so even a phone
//! with a single lane shows as many labels as fit.

/// Where one marker, or a cluster of them, goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// One event: its index in the input, where its label starts along the axis (px), and
    /// its lane.
    Marker { index: usize, at: f64, lane: usize },
    /// Events no lane had room for, close together: their indices and the first one's date.
    /// Clusters live in the lane after the markers' lanes (`lane == lanes`).
    Cluster {
        indices: Vec<usize>,
        at: f64,
        lane: usize,
    },
}

/// One event's label along the axis, in px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    /// Where the event is dated.
    pub date: f64,
    /// Where its label starts; it takes `start..start + extent`.
    pub start: f64,
    /// The label ends at its date and opens backwards (in the later half of the axis), so it
    /// is packed from the end of the axis towards the middle.
    pub backwards: bool,
}

impl Label {
    /// A label that starts at its date.
    pub fn at(date: f64) -> Self {
        Self {
            date,
            start: date,
            backwards: false,
        }
    }
}

/// Lays out labels in `lanes` lanes without overlaps: forward labels are packed from the start
/// of the axis, backward ones from its end, so both halves get their markers. Events that fit
/// nowhere are counted in clusters in lane `lanes`: a cluster sits at its first event's date
/// and gathers the later ones within `cluster_extent` (the size of its badge), so it never
/// stands for events far from where it is drawn.
pub fn place(labels: &[Label], extent: f64, cluster_extent: f64, lanes: usize) -> Vec<Placement> {
    let lanes = lanes.max(1);
    let usable = |i: &usize| labels[*i].start.is_finite() && labels[*i].date.is_finite();
    let mut forward: Vec<usize> = (0..labels.len())
        .filter(usable)
        .filter(|&i| !labels[i].backwards)
        .collect();
    forward.sort_by(|a, b| labels[*a].start.total_cmp(&labels[*b].start));
    let mut backward: Vec<usize> = (0..labels.len())
        .filter(usable)
        .filter(|&i| labels[i].backwards)
        .collect();
    backward.sort_by(|a, b| labels[*b].start.total_cmp(&labels[*a].start));
    // What each lane holds: forward labels up to `end`, backward labels from `begin` on.
    let mut end = vec![f64::NEG_INFINITY; lanes];
    let mut begin = vec![f64::INFINITY; lanes];
    let mut placed: Vec<Placement> = Vec::new();
    let mut overflow: Vec<usize> = Vec::new();
    for index in forward {
        let at = labels[index].start;
        match (0..lanes).find(|&lane| end[lane] <= at) {
            Some(lane) => {
                end[lane] = at + extent;
                placed.push(Placement::Marker { index, at, lane });
            }
            None => overflow.push(index),
        }
    }
    for index in backward {
        let at = labels[index].start;
        match (0..lanes).find(|&lane| at + extent <= begin[lane] && end[lane] <= at) {
            Some(lane) => {
                begin[lane] = at;
                placed.push(Placement::Marker { index, at, lane });
            }
            None => overflow.push(index),
        }
    }
    overflow.sort_by(|a, b| labels[*a].date.total_cmp(&labels[*b].date));
    let mut cluster: Option<(Vec<usize>, f64)> = None;
    for index in overflow {
        let date = labels[index].date;
        match &mut cluster {
            Some((indices, at)) if date < *at + cluster_extent => indices.push(index),
            _ => {
                if let Some((indices, at)) = cluster.take() {
                    placed.push(Placement::Cluster {
                        indices,
                        at,
                        lane: lanes,
                    });
                }
                cluster = Some((vec![index], date));
            }
        }
    }
    if let Some((indices, at)) = cluster {
        placed.push(Placement::Cluster {
            indices,
            at,
            lane: lanes,
        });
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forwards(positions: &[f64]) -> Vec<Label> {
        positions.iter().map(|&p| Label::at(p)).collect()
    }

    fn spans(placements: &[Placement], extent: f64) -> Vec<(usize, f64, f64)> {
        placements
            .iter()
            .map(|p| match p {
                Placement::Marker { at, lane, .. } | Placement::Cluster { at, lane, .. } => {
                    (*lane, *at, *at + extent)
                }
            })
            .collect()
    }

    #[test]
    fn labels_in_one_lane_never_overlap() {
        let positions: Vec<f64> = (0..200).map(|i| f64::from(i) * 7.3 % 900.0).collect();
        let placed = place(&forwards(&positions), 120.0, 120.0, 4);
        let spans = spans(&placed, 120.0);
        for (i, a) in spans.iter().enumerate() {
            for b in spans.iter().skip(i + 1) {
                if a.0 == b.0 {
                    assert!(a.2 <= b.1 || b.2 <= a.1, "{a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn every_event_is_shown_once_as_marker_or_in_a_cluster() {
        let positions: Vec<f64> = (0..58).map(|i| f64::from(i) * 3.0).collect();
        let placed = place(&forwards(&positions), 100.0, 100.0, 3);
        let mut seen: Vec<usize> = placed
            .iter()
            .flat_map(|p| match p {
                Placement::Marker { index, .. } => vec![*index],
                Placement::Cluster { indices, .. } => indices.clone(),
            })
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..58).collect::<Vec<_>>());
    }

    #[test]
    fn a_cluster_gathers_only_events_within_one_label_of_it() {
        // Evenly dense events: more than the lanes hold, all along the axis.
        let positions: Vec<f64> = (0..60).map(|i| f64::from(i) * 20.0).collect();
        let placed = place(&forwards(&positions), 100.0, 100.0, 3);
        for placement in &placed {
            if let Placement::Cluster { indices, at, .. } = placement {
                for &i in indices {
                    let distance = positions[i] - at;
                    assert!(
                        (0.0..100.0).contains(&distance),
                        "event at {} joined the cluster at {at}",
                        positions[i]
                    );
                }
            }
        }
        let markers = placed
            .iter()
            .filter(|p| matches!(p, Placement::Marker { .. }))
            .count();
        assert!(
            markers >= 20,
            "only {markers} of 60 events shown as markers"
        );
    }

    #[test]
    fn a_single_lane_keeps_its_markers_and_counts_the_rest() {
        // A phone: one lane, one event a year, room for a label every four years.
        let positions: Vec<f64> = (0..40).map(|i| f64::from(i) * 12.0).collect();
        let placed = place(&forwards(&positions), 48.0, 48.0, 1);
        let markers: Vec<f64> = placed
            .iter()
            .filter_map(|p| match p {
                Placement::Marker { at, lane: 0, .. } => Some(*at),
                _ => None,
            })
            .collect();
        assert_eq!(markers.len(), 10, "{placed:?}");
        assert!(placed.iter().all(|p| match p {
            Placement::Cluster { lane, .. } => *lane == 1,
            Placement::Marker { lane, .. } => *lane == 0,
        }));
    }

    #[test]
    fn clusters_stand_at_their_events_even_when_labels_open_backwards() {
        // A kiosk at the whole span: a label covers eleven years, and near the end of the
        // axis labels open backwards, so their starts lie years before their dates.
        let dates: Vec<f64> = (0..42).map(|i| f64::from(i) * 29.0).collect();
        let labels: Vec<Label> = dates
            .iter()
            .map(|&date| {
                let backwards = date > 610.0;
                let start = if backwards { date - 253.0 } else { date };
                Label {
                    date,
                    start,
                    backwards,
                }
            })
            .collect();
        let placed = place(&labels, 342.0, 118.0, 4);
        let mut shown = 0;
        for placement in &placed {
            match placement {
                Placement::Cluster { indices, at, lane } => {
                    assert_eq!(*lane, 4);
                    for &i in indices {
                        let distance = dates[i] - at;
                        assert!((0.0..118.0).contains(&distance), "{} in {at}", dates[i]);
                    }
                    shown += indices.len();
                }
                Placement::Marker { .. } => shown += 1,
            }
        }
        assert_eq!(shown, 42);
        // Both halves of the axis get markers.
        let late = placed
            .iter()
            .filter(|p| matches!(p, Placement::Marker { index, .. } if dates[*index] > 900.0))
            .count();
        assert!(
            late >= 3,
            "only {late} markers in the last quarter: {placed:?}"
        );
    }

    #[test]
    fn far_apart_events_share_the_first_lane() {
        let placed = place(&forwards(&[0.0, 300.0, 600.0]), 100.0, 100.0, 3);
        assert!(placed
            .iter()
            .all(|p| matches!(p, Placement::Marker { lane: 0, .. })));
    }
}
