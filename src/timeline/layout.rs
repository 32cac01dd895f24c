//! Places event markers along the axis so that their labels never overlap: each marker takes
//! the first lane where it fits; where even the last lane is full, markers merge into a
//! cluster that opens up on zoom.

/// Where one marker, or a cluster of them, goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// One event: its index in the input, position along the axis (px), and lane.
    Marker { index: usize, at: f64, lane: usize },
    /// Several events too close to show apart: their indices, position and lane.
    Cluster {
        indices: Vec<usize>,
        at: f64,
        lane: usize,
    },
}

/// Lays out markers at the given positions (px, sorted or not), each `extent` px long along
/// the axis (its label's size), in at most `lanes` lanes.
pub fn place(positions: &[f64], extent: f64, lanes: usize) -> Vec<Placement> {
    let lanes = lanes.max(1);
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_by(|a, b| positions[*a].total_cmp(&positions[*b]));
    // The end (px) of the last thing placed in each lane.
    let mut lane_end = vec![f64::NEG_INFINITY; lanes];
    let mut placed: Vec<Placement> = Vec::new();
    for index in order {
        let at = positions[index];
        if !at.is_finite() {
            continue;
        }
        if let Some(lane) = (0..lanes).find(|&lane| lane_end[lane] <= at) {
            lane_end[lane] = at + extent;
            placed.push(Placement::Marker { index, at, lane });
            continue;
        }
        // No lane is free: join the cluster in the last lane, or turn its marker into one.
        let last = lanes - 1;
        let joined = placed
            .iter_mut()
            .rev()
            .find_map(|placement| match placement {
                Placement::Cluster { indices, lane, .. } if *lane == last => {
                    indices.push(index);
                    Some(())
                }
                Placement::Marker {
                    index: other,
                    at: other_at,
                    lane,
                } if *lane == last => {
                    *placement = Placement::Cluster {
                        indices: vec![*other, index],
                        at: *other_at,
                        lane: last,
                    };
                    Some(())
                }
                _ => None,
            });
        if joined.is_none() {
            placed.push(Placement::Cluster {
                indices: vec![index],
                at,
                lane: last,
            });
        }
        lane_end[last] = lane_end[last].max(at + extent);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let placed = place(&positions, 120.0, 4);
        let spans = spans(&placed, 120.0);
        for (i, a) in spans.iter().enumerate() {
            for b in spans.iter().skip(i + 1) {
                if a.0 == b.0 && a.0 < 3 {
                    assert!(a.2 <= b.1 || b.2 <= a.1, "{a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn every_event_is_shown_once_as_marker_or_in_a_cluster() {
        let positions: Vec<f64> = (0..58).map(|i| f64::from(i) * 3.0).collect();
        let placed = place(&positions, 100.0, 3);
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
    fn far_apart_events_share_the_first_lane() {
        let placed = place(&[0.0, 300.0, 600.0], 100.0, 3);
        assert!(placed
            .iter()
            .all(|p| matches!(p, Placement::Marker { lane: 0, .. })));
    }
}
