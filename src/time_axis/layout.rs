//! Places event markers along the axis so that no two overlap.
//!
//! The highlights (a field the curators set) go first, whole; then every other event that
//! fits whole in a lane; then, in the room left, events shown small (icon and year); the events
//! no lane has room for are counted in clusters, badges in a lane of their own that never
//! overlap one another and open up on zoom. All positions are in one unit along the axis (the
//! caller's), so the same layout serves any scale of it.

/// Where a marker of one form would lie along the axis: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub start: f64,
    pub end: f64,
}

impl Span {
    fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One event to place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Where the event is dated.
    pub date: f64,
    /// Its marker with the whole title in one lane, when the title fits whole there.
    pub full: Option<Span>,
    /// Its marker with the whole title across every lane and the clusters' lane, when it
    /// fits whole there.
    pub wide: Option<Span>,
    /// Its small marker: icon and year.
    pub compact: Span,
    /// One of the highlights: placed before every other event.
    pub highlight: bool,
}

/// How a marker is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Icon, year and the whole title.
    Full,
    /// Icon, year and the whole title, across every lane and the clusters' lane.
    Wide,
    /// Icon and year.
    Compact,
}

/// Where one marker, or a cluster of them, goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// One event: its index in the input, its form and its lane.
    Marker {
        index: usize,
        form: Form,
        lane: usize,
    },
    /// Events no lane had room for, close together: their indices, and where the badge
    /// starts along the axis. Clusters live in the lane after the markers' lanes.
    Cluster { indices: Vec<usize>, start: f64 },
}

/// Lays out `items` in `lanes` lanes of an axis `axis` long; a cluster badge takes
/// `cluster_extent` along it.
pub fn place(items: &[Item], lanes: usize, axis: f64, cluster_extent: f64) -> Vec<Placement> {
    let lanes = lanes.max(1);
    let usable = |i: &usize| items[*i].date.is_finite();
    let by_date =
        crate::sorted::order(items.len(), &|a, b| items[a].date.total_cmp(&items[b].date));
    let order: Vec<usize> = by_date.into_iter().filter(usable).collect();
    // What each lane holds; the last one, `lanes`, is the clusters' (wide markers cross it).
    let mut taken: Vec<Vec<Span>> = vec![Vec::new(); lanes + 1];
    let mut placed: Vec<Placement> = Vec::new();
    let mut done = vec![false; items.len()];
    let mut try_place = |index: usize, form: Form, taken: &mut Vec<Vec<Span>>| -> bool {
        let span = match form {
            Form::Full => items[index].full,
            Form::Wide => items[index].wide,
            Form::Compact => Some(items[index].compact),
        };
        let Some(span) = span else {
            return false;
        };
        // A lane's spans never overlap and are kept in order: only the one before `span`'s
        // end can reach into it.
        let free = |lane: usize| {
            let spans: &Vec<Span> = &taken[lane];
            let next = spans.partition_point(|t| t.start < span.end);
            next == 0 || spans[next - 1].end <= span.start
        };
        let lane = if form == Form::Wide {
            (0..=lanes).all(free).then_some(0)
        } else {
            (0..lanes).find(|&lane| free(lane))
        };
        if let Some(lane) = lane {
            let across = if form == Form::Wide {
                0..lanes + 1
            } else {
                lane..lane + 1
            };
            for lane in across {
                let at = taken[lane].partition_point(|t| t.start < span.start);
                taken[lane].insert(at, span);
            }
            placed.push(Placement::Marker { index, form, lane });
        }
        lane.is_some()
    };
    // The highlights first, whole where they can be.
    for &index in order.iter().filter(|&&i| items[i].highlight) {
        done[index] = try_place(index, Form::Full, &mut taken)
            || try_place(index, Form::Wide, &mut taken)
            || try_place(index, Form::Compact, &mut taken);
    }
    // Then every other event whole, then small. Where there are several lanes, only a
    // highlight crosses them all: a wide marker there would cost more events than it names.
    let forms: &[Form] = if lanes == 1 {
        &[Form::Full, Form::Wide, Form::Compact]
    } else {
        &[Form::Full, Form::Compact]
    };
    for &form in forms {
        for &index in &order {
            if !done[index] {
                done[index] = try_place(index, form, &mut taken);
            }
        }
    }
    // The rest in clusters, each starting where the last ends, clear of wide markers.
    let crossing = &taken[lanes];
    let last_start = (axis - cluster_extent).max(0.0);
    // The first place from `from` on where a badge is clear of every wide marker.
    let clear_from = |from: f64| -> Option<f64> {
        let mut start = from;
        while let Some(wide) = crossing.iter().find(|w| {
            w.overlaps(&Span {
                start,
                end: start + cluster_extent,
            })
        }) {
            start = wide.end;
        }
        (start <= last_start).then_some(start)
    };
    let mut clusters: Vec<(Vec<usize>, f64)> = Vec::new();
    for &index in order.iter().filter(|&&i| !done[i]) {
        let date = items[index].date;
        let after = clusters
            .last()
            .map_or(0.0, |(_, start)| start + cluster_extent);
        let start = clear_from(date.clamp(0.0, last_start).max(after));
        match (clusters.last_mut(), start) {
            // Close to the last badge, or no room for another before the end: the last takes it.
            (Some((indices, _)), _) if date < after => indices.push(index),
            (Some((indices, _)), None) => indices.push(index),
            (_, Some(start)) => clusters.push((vec![index], start)),
            // No room from here on and no badge before: the first clear place takes it.
            (None, None) => clusters.push((vec![index], clear_from(0.0).unwrap_or(0.0))),
        }
    }
    placed.extend(
        clusters
            .into_iter()
            .map(|(indices, start)| Placement::Cluster { indices, start }),
    );
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item whose whole marker is `full` long and small one `compact` long, from its date.
    fn item(date: f64, full: f64, compact: f64) -> Item {
        Item {
            date,
            full: Some(Span {
                start: date,
                end: date + full,
            }),
            wide: None,
            compact: Span {
                start: date,
                end: date + compact,
            },
            highlight: false,
        }
    }

    fn spans(items: &[Item], placements: &[Placement], lanes: usize) -> Vec<(usize, Span)> {
        placements
            .iter()
            .flat_map(|p| match p {
                Placement::Marker { index, form, lane } => match form {
                    Form::Full => vec![(*lane, items[*index].full.unwrap())],
                    Form::Wide => (0..=lanes)
                        .map(|l| (l, items[*index].wide.unwrap()))
                        .collect(),
                    Form::Compact => vec![(*lane, items[*index].compact)],
                },
                Placement::Cluster { .. } => vec![],
            })
            .collect()
    }

    fn assert_no_overlap(
        items: &[Item],
        placements: &[Placement],
        lanes: usize,
        axis: f64,
        extent: f64,
    ) {
        let spans = spans(items, placements, lanes);
        for (i, (lane_a, a)) in spans.iter().enumerate() {
            for (lane_b, b) in &spans[i + 1..] {
                assert!(
                    lane_a != lane_b || !a.overlaps(b),
                    "{a:?} and {b:?} in lane {lane_a}"
                );
            }
        }
        let clusters: Vec<f64> = placements
            .iter()
            .filter_map(|p| match p {
                Placement::Cluster { start, .. } => Some(*start),
                _ => None,
            })
            .collect();
        for pair in clusters.windows(2) {
            assert!(pair[1] >= pair[0] + extent - 1e-9, "{clusters:?}");
        }
        for start in clusters {
            assert!(start >= 0.0 && start + extent <= axis + 1e-9, "{start}");
            let badge = Span {
                start,
                end: start + extent,
            };
            for (lane, span) in &spans {
                assert!(
                    *lane < lanes || !badge.overlaps(span),
                    "a badge under {span:?}"
                );
            }
        }
    }

    fn shown_once(items: &[Item], placements: &[Placement]) {
        let mut seen = vec![0; items.len()];
        for placement in placements {
            match placement {
                Placement::Marker { index, .. } => seen[*index] += 1,
                Placement::Cluster { indices, .. } => indices.iter().for_each(|&i| seen[i] += 1),
            }
        }
        assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
    }

    #[test]
    fn a_highlight_is_whole_even_among_crowds() {
        let mut items: Vec<Item> = (0..30)
            .map(|i| item(100.0 + i as f64, 200.0, 60.0))
            .collect();
        items[17].highlight = true;
        let placements = place(&items, 2, 1000.0, 60.0);
        assert!(placements.contains(&Placement::Marker {
            index: 17,
            form: Form::Full,
            lane: 0
        }));
        assert_no_overlap(&items, &placements, 2, 1000.0, 60.0);
        shown_once(&items, &placements);
    }

    #[test]
    fn events_shown_small_before_they_are_counted() {
        // Two events close together, a lane with room for one whole and one small.
        let items = [item(0.0, 300.0, 50.0), item(10.0, 300.0, 50.0)];
        let placements = place(&items, 1, 400.0, 40.0);
        let whole = Placement::Marker {
            index: 0,
            form: Form::Full,
            lane: 0,
        };
        let counted = Placement::Cluster {
            indices: vec![1],
            start: 10.0,
        };
        assert_eq!(placements, vec![whole, counted]);
        let apart = [item(0.0, 300.0, 50.0), item(320.0, 300.0, 50.0)];
        let placements = place(&apart, 1, 700.0, 40.0);
        assert!(placements.iter().all(|p| matches!(
            p,
            Placement::Marker {
                form: Form::Full,
                ..
            }
        )));
        let small = [
            item(0.0, 300.0, 50.0),
            item(310.0, 300.0, 50.0),
            item(360.0, 300.0, 50.0),
        ];
        let placements = place(&small, 1, 700.0, 40.0);
        assert!(placements.contains(&Placement::Marker {
            index: 1,
            form: Form::Full,
            lane: 0
        }));
        assert!(placements.contains(&Placement::Cluster {
            indices: vec![2],
            start: 360.0
        }));
    }

    #[test]
    fn a_title_that_does_not_fit_whole_is_shown_small() {
        let mut long = item(0.0, 0.0, 50.0);
        long.full = None;
        let placements = place(&[long], 2, 400.0, 40.0);
        assert_eq!(
            placements,
            vec![Placement::Marker {
                index: 0,
                form: Form::Compact,
                lane: 0
            }]
        );
    }

    #[test]
    fn clusters_never_overlap_even_at_the_end_of_the_axis() {
        // The 4K fault: two badges near the end were drawn on top of each other.
        let items: Vec<Item> = (0..40)
            .map(|i| item(900.0 + i as f64 * 2.5, 300.0, 80.0))
            .collect();
        let placements = place(&items, 1, 1000.0, 45.0);
        assert_no_overlap(&items, &placements, 1, 1000.0, 45.0);
        shown_once(&items, &placements);
    }

    #[test]
    fn generated_layouts_never_overlap_and_show_every_event_once() {
        // A small deterministic generator: many crowds, lanes and axes.
        let mut seed = 7_u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as f64 / f64::from(1_u32 << 31)
        };
        for _ in 0..500 {
            let axis = 200.0 + next() * 2000.0;
            let lanes = 1 + (next() * 6.0) as usize;
            let extent = 20.0 + next() * 60.0;
            let count = (next() * 60.0) as usize;
            let items: Vec<Item> = (0..count)
                .map(|_| {
                    let date = next() * axis;
                    let mut it = item(date, 50.0 + next() * 300.0, 20.0 + next() * 40.0);
                    it.highlight = next() < 0.1;
                    if next() < 0.1 {
                        it.full = None;
                    }
                    if next() < 0.3 {
                        it.wide = Some(Span {
                            start: date,
                            end: date + 10.0 + next() * 60.0,
                        });
                    }
                    it
                })
                .collect();
            let placements = place(&items, lanes, axis, extent);
            assert_no_overlap(&items, &placements, lanes, axis, extent);
            shown_once(&items, &placements);
        }
    }
}
