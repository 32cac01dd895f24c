//! Layout classes: the timeline is laid out for a few track sizes, not for every pixel.
//!
//! Everything on the track is placed in rem and in fractions of the axis, so one layout serves
//! every track at least as large as its class: a larger track only spreads the markers further
//! apart. The page drawn at build time carries the layout of every class; a small script
//! (assets/scripts/timeline-layout.js) picks the class of the visitor's track before the first
//! paint, with the same rule as [`class_of`], and the app keeps that layout when it takes over.
//! So nothing moves when the WebAssembly arrives, and nothing overlaps while it doesn't.
//!
//! The track's height is fixed in rem by the stylesheet (`.timeline-track`), so a landscape
//! class is set by the axis' length alone and a portrait class by the track's width.

/// The track's height in rem on a landscape screen (as in the stylesheet).
pub const LANDSCAPE_HEIGHT: f64 = 22.5;
/// The track's height in rem on a portrait screen, which is its axis (as in the stylesheet).
pub const PORTRAIT_HEIGHT: f64 = 40.0;

/// One class: the smallest track it serves, and how its lanes are cut.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutClass {
    /// Its name in the page (`data-class`), unique.
    pub key: &'static str,
    /// Portrait: the axis runs down.
    pub vertical: bool,
    /// The least width of a track of this class, in rem.
    pub width: f64,
    /// How many lanes of markers it has.
    pub lanes: usize,
}

/// Every class, smallest first within each orientation.
pub const CLASSES: &[LayoutClass] = &[
    class("h28", false, 28.0, 4),
    class("h34", false, 34.0, 4),
    class("h40", false, 40.0, 4),
    class("h46", false, 46.0, 4),
    class("h53", false, 53.0, 4),
    class("h61", false, 61.0, 4),
    class("h70", false, 70.0, 4),
    class("h80", false, 80.0, 4),
    class("h92", false, 92.0, 4),
    class("v18", true, 18.0, 1),
    class("v20", true, 20.0, 1),
    class("v22", true, 22.0, 1),
    class("v25", true, 25.0, 1),
    class("v33", true, 33.0, 2),
    class("v40", true, 40.0, 2),
    class("v50", true, 50.0, 3),
];

const fn class(key: &'static str, vertical: bool, width: f64, lanes: usize) -> LayoutClass {
    LayoutClass {
        key,
        vertical,
        width,
        lanes,
    }
}

/// What takes room across a portrait track besides the lanes, in rem: the year ticks on the
/// left, the column of clusters and the strip naming the eras on the right.
pub const PORTRAIT_TICKS: f64 = 2.9;
pub const PORTRAIT_CLUSTERS: f64 = 3.0;
pub const PORTRAIT_ERA_NAMES: f64 = 1.4;
/// The widest a portrait lane gets, in rem.
const PORTRAIT_LANE_MOST: f64 = 16.0;
/// Upright, one more line of an era's name (0.75 rem at a line height of 1.15, as the
/// stylesheet's `.era-name` in two or three lines), in rem.
const ERA_NAME_LINE: f64 = 0.8625;
/// Upright, what the strip of the eras' names keeps clear: 0.2 rem after the clusters and
/// 0.2 rem before the track's edge.
const ERA_NAME_MARGINS: f64 = 0.4;
/// The most lines an era's name takes upright.
pub const ERA_NAME_LINES_MOST: usize = 3;

impl LayoutClass {
    /// The axis' length in rem that this class lays out for.
    pub fn axis(&self) -> f64 {
        if self.vertical {
            PORTRAIT_HEIGHT
        } else {
            self.width
        }
    }

    /// How far apart the lanes are across the axis, in rem.
    pub fn lane_pitch(&self) -> f64 {
        if self.vertical {
            let room = self.width - PORTRAIT_TICKS - PORTRAIT_CLUSTERS - PORTRAIT_ERA_NAMES;
            (room / self.lanes as f64).min(PORTRAIT_LANE_MOST)
        } else {
            3.85
        }
    }

    /// Where lane `n` starts across the axis, in rem; lane `lanes` holds the clusters.
    pub fn lane_offset(&self, lane: usize) -> f64 {
        if self.vertical {
            PORTRAIT_TICKS + lane as f64 * self.lane_pitch()
        } else {
            2.5 + lane as f64 * self.lane_pitch()
        }
    }

    /// Upright, the track widths in rem from which an era's name takes a second and a third
    /// line: a track wider than its class leaves more room beside the clusters' column
    /// (a portrait kiosk of 1080 px is 34.6 rem wide in the class of 33). Lying down, none:
    /// the names take two lines under the badges at every width.
    pub fn era_line_widths(&self) -> impl Iterator<Item = f64> {
        let clusters_end = self.lane_offset(self.lanes) + PORTRAIT_CLUSTERS;
        let most = if self.vertical {
            ERA_NAME_LINES_MOST
        } else {
            1
        };
        (2..=most).map(move |lines| clusters_end + ERA_NAME_MARGINS + lines as f64 * ERA_NAME_LINE)
    }

    /// How many lines an era's name takes on a track `width` rem wide of this class: one,
    /// or more where [`LayoutClass::era_line_widths`] says the track has room.
    pub fn era_name_lines(&self, width: f64) -> usize {
        1 + self
            .era_line_widths()
            .filter(|least| *least <= width + 1e-6)
            .count()
    }

    /// The page's description of the class, read by the layout script: key, orientation,
    /// least width and, upright, the widths from which the eras' names take more lines, as
    /// `h46:h:46` or `v33:v:33:33.725:34.5875`.
    pub fn describe(&self) -> String {
        let mut out = format!(
            "{}:{}:{}",
            self.key,
            if self.vertical { "v" } else { "h" },
            self.width
        );
        for least in self.era_line_widths() {
            out.push_str(&format!(":{least}"));
        }
        out
    }
}

/// The class of a track `width` rem wide: the largest of its orientation that fits, or the
/// smallest when none does.
pub fn class_of(vertical: bool, width: f64) -> &'static LayoutClass {
    let mut of_orientation = CLASSES.iter().filter(|c| c.vertical == vertical);
    let smallest = of_orientation
        .clone()
        .next()
        .expect("classes of each orientation");
    of_orientation
        .rfind(|c| c.width <= width + 1e-6)
        .unwrap_or(smallest)
}

/// Every class, as the layout script reads them (`data-classes`).
pub fn describe_all() -> String {
    CLASSES
        .iter()
        .map(LayoutClass::describe)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_track_takes_the_largest_class_it_holds() {
        assert_eq!(class_of(false, 46.0).key, "h46");
        assert_eq!(class_of(false, 52.99).key, "h46");
        assert_eq!(class_of(false, 500.0).key, "h92");
        assert_eq!(class_of(false, 10.0).key, "h28");
        assert_eq!(class_of(true, 22.8).key, "v22");
        assert_eq!(class_of(true, 36.0).key, "v33");
    }

    #[test]
    fn keys_are_unique_and_classes_grow() {
        for (i, a) in CLASSES.iter().enumerate() {
            for b in &CLASSES[i + 1..] {
                assert_ne!(a.key, b.key);
                if a.vertical == b.vertical {
                    assert!(a.width < b.width, "{} before {}", a.key, b.key);
                }
            }
        }
    }

    #[test]
    fn upright_the_eras_names_take_the_room_beside_the_clusters() {
        let v33 = class_of(true, 34.6);
        assert_eq!(v33.key, "v33");
        // A portrait kiosk of 1080 px (34.63 rem): three lines; a track just of its class: one.
        assert_eq!(v33.era_name_lines(34.63), 3);
        assert_eq!(v33.era_name_lines(33.0), 1);
        assert_eq!(class_of(true, 22.4).era_name_lines(22.4), 1);
        assert_eq!(class_of(false, 120.0).era_name_lines(120.0), 1);
        // Every width of every class: the lines stand between the clusters' column and the
        // track's edge, and the count never falls as the track widens.
        for class in CLASSES.iter().filter(|c| c.vertical) {
            let clusters_end = class.lane_offset(class.lanes) + PORTRAIT_CLUSTERS;
            let mut before = 0;
            for step in 0..2000 {
                let width = class.width + f64::from(step) * 0.01;
                if class_of(true, width) != class {
                    break;
                }
                let lines = class.era_name_lines(width);
                assert!(
                    (1..=ERA_NAME_LINES_MOST).contains(&lines),
                    "{} at {width}",
                    class.key
                );
                assert!(lines >= before, "{} at {width}", class.key);
                before = lines;
                if lines > 1 {
                    let strip = ERA_NAME_MARGINS + lines as f64 * ERA_NAME_LINE;
                    assert!(
                        clusters_end + strip <= width + 1e-6,
                        "{} at {width}",
                        class.key
                    );
                }
            }
        }
    }

    #[test]
    fn the_stylesheet_sizes_the_eras_names_lines_as_counted_here() {
        let css = include_str!("../../assets/style.css");
        for lines in 2..=ERA_NAME_LINES_MOST {
            let width = format!("width: calc({lines} * {ERA_NAME_LINE}rem);");
            assert!(css.contains(&width), "style.css lacks `{width}`");
        }
        assert!((0.75 * 1.15 - ERA_NAME_LINE).abs() < 1e-9);
    }

    #[test]
    fn the_description_carries_what_the_layout_script_needs() {
        assert_eq!(class_of(false, 46.0).describe(), "h46:h:46");
        let v33 = class_of(true, 33.0);
        let described = v33.describe();
        let fields: Vec<&str> = described.split(':').collect();
        assert_eq!(&fields[..3], ["v33", "v", "33"]);
        // The script counts the widths it reaches, as `era_name_lines` does, from the same
        // numbers written out in full.
        let widths: Vec<f64> = fields[3..].iter().map(|f| f.parse().unwrap()).collect();
        assert_eq!(widths, v33.era_line_widths().collect::<Vec<_>>());
    }

    #[test]
    fn lanes_and_clusters_fit_across_the_track() {
        for class in CLASSES {
            let end = class.lane_offset(class.lanes);
            if class.vertical {
                assert!(
                    end + PORTRAIT_CLUSTERS + PORTRAIT_ERA_NAMES <= class.width + 1e-9,
                    "{}",
                    class.key
                );
                assert!(class.lane_pitch() >= 9.5, "{}", class.key);
            } else {
                // The cluster lane (a badge 2.6 rem high) and the eras' names: two lines of
                // 0.75 rem at a line height of 1.15, 0.15 rem above the bottom (the stylesheet's
                // `.era-name` lying down), 1.875 rem.
                assert!(end + 2.6 + 1.875 <= LANDSCAPE_HEIGHT, "{}", class.key);
            }
        }
    }
}
