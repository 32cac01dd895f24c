//! One class's layout of the events in view: each marker's form, size and place, in rem and
//! in fractions of the axis, ready to be drawn. Sizes follow the stylesheet's `.marker` rules.

use super::classes::{LayoutClass, PORTRAIT_CLUSTERS};
use super::layout::{place, Form, Item, Placement, Span};
use super::text_width::Measured;
use crate::decimal::fixed;

/// A marker's parts besides its title, in rem: the icon, the gap after it, the padding at
/// its far end and the borders.
pub const MARKER_CHROME: f64 = 2.5 + 0.35 + 0.6 + 0.3;
/// The title's size in rem (`.marker-title`).
pub const TITLE_SIZE: f64 = 0.85;
/// Room added to every title's measured width: a browser's font may run a little wider.
const TITLE_SLACK: f64 = 1.05;
/// The widest a landscape marker gets, in rem.
pub const MARKER_MOST: f64 = 20.0;
/// A small marker (icon and year) on a landscape axis, in rem.
pub const COMPACT_WIDTH: f64 = 6.4;
/// A marker's height in rem with its title on two lines (`.marker`).
pub const PORTRAIT_MARKER: f64 = 3.5;
/// A small marker's height on a portrait axis, in rem: its icon (2.5 rem) and borders.
pub const PORTRAIT_COMPACT: f64 = 2.8;
/// The most lines a title takes on a marker across every lane of a portrait axis (where a
/// phone has one lane, its titles may take three lines, a highlight's five, rather than be
/// hidden).
fn wide_lines_most(event: &Dated) -> usize {
    if event.highlight {
        5
    } else {
        3
    }
}

/// A portrait marker's height in rem with its title on `lines` lines (`.marker-title` sets
/// lines 0.85 × 1.15 rem high).
pub fn portrait_height(lines: usize) -> f64 {
    PORTRAIT_MARKER + lines.saturating_sub(2) as f64 * 1.1
}
const GAP: f64 = 0.3;
/// Where a landscape marker that opens backwards ends, past its date, in rem: its icon
/// stands on the date.
const BACKWARD_END: f64 = 1.5;
/// A cluster badge's length along the axis, in rem.
pub fn cluster_extent(class: &LayoutClass) -> f64 {
    if class.vertical {
        // A badge 3 rem high (at least 48 px: the root's font is 16 px or more) and a gap.
        3.2
    } else {
        4.2
    }
}

/// The most lines a title is measured for.
const LINES_MOST: usize = 5;

/// One event to lay out: where it is dated (a fraction of the axis), its title in the
/// language shown, and whether it is a highlight. Its title is measured once, here, for
/// every class that lays it out.
#[derive(Clone, Debug)]
pub struct Dated<'a> {
    pub fraction: f64,
    pub title: &'a str,
    pub highlight: bool,
    /// The width in rem the title needs on 1, 2, … lines.
    widths: [f64; LINES_MOST],
}

impl<'a> Dated<'a> {
    pub fn new(fraction: f64, title: &'a str, highlight: bool) -> Self {
        let measured = Measured::new(title);
        let mut widths = [0.0; LINES_MOST];
        for (lines, width) in widths.iter_mut().enumerate() {
            *width = measured.narrowest(lines + 1) * TITLE_SIZE * TITLE_SLACK + 0.2;
        }
        Self {
            fraction,
            title,
            highlight,
            widths,
        }
    }

    /// The width in rem the title needs to stand whole on `lines` lines.
    fn title_width(&self, lines: usize) -> f64 {
        self.widths[lines.clamp(1, LINES_MOST) - 1]
    }
}

/// A marker, drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerBox {
    pub index: usize,
    pub form: Form,
    /// Opens backwards from its date (landscape, later half).
    pub backwards: bool,
    /// Its CSS position along the axis (`left` or `top`).
    pub along: String,
    /// Where it starts across the axis, in rem.
    pub across: f64,
    /// Its width in rem.
    pub width: f64,
    /// Its height in rem, where it is not the stylesheet's (a wide portrait marker whose
    /// title takes more than two lines).
    pub height: Option<f64>,
}

/// A cluster badge, drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterBox {
    pub indices: Vec<usize>,
    /// Where it starts along the axis, as a fraction of it.
    pub fraction: f64,
    pub across: f64,
}

/// A class's layout.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arrangement {
    pub markers: Vec<MarkerBox>,
    pub clusters: Vec<ClusterBox>,
    /// For each event, where its marker is in `markers`.
    places: Vec<Option<usize>>,
}

impl Arrangement {
    /// The marker of event `index`, if it has one (not in a cluster).
    pub fn marker(&self, index: usize) -> Option<&MarkerBox> {
        self.places
            .get(index)
            .copied()
            .flatten()
            .map(|place| &self.markers[place])
    }
}

/// The fewest lines, up to `most`, on which a title stands whole in a marker `width` rem wide.
fn lines_within(event: &Dated, width: f64, most: usize) -> Option<usize> {
    (1..=most).find(|&lines| event.title_width(lines) + MARKER_CHROME <= width)
}

/// Lays out `events` in `class`.
pub fn arrange(class: &LayoutClass, events: &[Dated]) -> Arrangement {
    arrange_along(class, events, class.axis())
}

/// Lays out `events` in `class` along an axis `axis` rem long: the track's own, or, zoomed in,
/// the whole span at the zoom's scale, of which the track shows a part. Laid out once for the
/// whole span, markers keep their lanes while the visitor pans (see components/timeline).
/// Positions are fractions of that axis; markers open backwards in its later half.
pub fn arrange_along(class: &LayoutClass, events: &[Dated], axis: f64) -> Arrangement {
    let portrait_width = class.lane_pitch() - 0.4;
    let portrait_wide = class.lane_pitch() * class.lanes as f64 + PORTRAIT_CLUSTERS - 0.4;
    let mut widths = Vec::with_capacity(events.len());
    let items: Vec<Item> = events
        .iter()
        .map(|event| {
            let date = event.fraction * axis;
            let title = event.title_width(2) + MARKER_CHROME;
            if class.vertical {
                let span = |height: f64| {
                    let start = date.min(axis - height);
                    Span {
                        start,
                        end: start + height + GAP,
                    }
                };
                widths.push((
                    portrait_width,
                    portrait_wide,
                    COMPACT_WIDTH.min(portrait_width),
                ));
                // Across every lane a title may take more lines.
                let wide = lines_within(event, portrait_wide, wide_lines_most(event))
                    .map(|lines| span(portrait_height(lines)));
                Item {
                    date,
                    full: (title <= portrait_width).then(|| span(PORTRAIT_MARKER)),
                    wide,
                    compact: span(PORTRAIT_COMPACT),
                    highlight: event.highlight,
                }
            } else {
                let width = title.max(COMPACT_WIDTH);
                widths.push((width, width, COMPACT_WIDTH));
                let span = |width: f64| {
                    if date > axis / 2.0 {
                        let end = (date + BACKWARD_END).min(axis);
                        Span {
                            start: end - width - GAP,
                            end,
                        }
                    } else {
                        Span {
                            start: date,
                            end: date + width + GAP,
                        }
                    }
                };
                Item {
                    date,
                    full: (width <= MARKER_MOST).then(|| span(width)),
                    wide: None,
                    compact: span(COMPACT_WIDTH),
                    highlight: event.highlight,
                }
            }
        })
        .collect();
    let mut arrangement = Arrangement::default();
    for placement in place(&items, class.lanes, axis, cluster_extent(class)) {
        match placement {
            Placement::Marker { index, form, lane } => {
                let fraction = events[index].fraction;
                let (full, wide, compact) = widths[index];
                let width = match form {
                    Form::Full => full,
                    Form::Wide => wide,
                    Form::Compact => compact,
                };
                let lines = (form == Form::Wide)
                    .then(|| {
                        lines_within(
                            &events[index],
                            portrait_wide,
                            wide_lines_most(&events[index]),
                        )
                    })
                    .flatten()
                    .filter(|&lines| lines > 2);
                let height = match lines {
                    Some(lines) => Some(portrait_height(lines)),
                    None if class.vertical && form == Form::Compact => Some(PORTRAIT_COMPACT),
                    None => None,
                };
                let backwards = !class.vertical && fraction * axis > axis / 2.0;
                let along = if class.vertical {
                    format!(
                        "min({}%, 100% - {}rem)",
                        fixed(fraction * 100.0, 3),
                        fixed(height.unwrap_or(PORTRAIT_MARKER), 2)
                    )
                } else if backwards {
                    format!(
                        "calc(min({}% + {BACKWARD_END}rem, 100%) - {}rem)",
                        fixed(fraction * 100.0, 3),
                        fixed(width, 2)
                    )
                } else {
                    format!("{}%", fixed(fraction * 100.0, 3))
                };
                arrangement.markers.push(MarkerBox {
                    index,
                    form,
                    backwards,
                    along,
                    across: class.lane_offset(lane),
                    width,
                    height,
                });
            }
            Placement::Cluster { indices, start } => arrangement.clusters.push(ClusterBox {
                indices,
                fraction: start / axis,
                across: class.lane_offset(class.lanes),
            }),
        }
    }
    arrangement.places = vec![None; events.len()];
    for (place, marker) in arrangement.markers.iter().enumerate() {
        arrangement.places[marker.index] = Some(place);
    }
    arrangement
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time_axis::classes::{class_of, CLASSES};

    #[test]
    fn a_highlight_stands_whole_in_every_class() {
        let events: Vec<Dated> = (0..40)
            .map(|i| Dated::new(0.2 + f64::from(i) * 0.002, "Stuttgart und Nanjing", i == 25))
            .collect();
        for class in CLASSES {
            let arrangement = arrange(class, &events);
            let marker = arrangement.markers.iter().find(|m| m.index == 25);
            assert!(
                marker.is_some_and(|m| m.form == Form::Full),
                "{}: {marker:?}",
                class.key
            );
        }
    }

    #[test]
    fn long_titles_are_shown_small_where_a_portrait_lane_is_narrow() {
        let long = Dated::new(
            0.5,
            "Siemens nimmt in Nanjing seine erste „digital native“ Fabrik in Betrieb",
            false,
        );
        let narrow = arrange(class_of(true, 18.0), std::slice::from_ref(&long));
        assert_eq!(narrow.markers[0].form, Form::Compact);
        let wide = arrange(class_of(false, 46.0), &[long]);
        assert_eq!(wide.markers[0].form, Form::Full);
        assert!(wide.markers[0].width <= MARKER_MOST);
    }
}
