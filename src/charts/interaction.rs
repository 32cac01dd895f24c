//! How a drawn chart answers a visitor, apart from the page so it can be tested natively: its
//! height for a width, where a value's tooltip opens, which value a key moves to, and which
//! years "play" steps through.

use super::draw::PointMark;

/// The chart's height for its width and the text size: half as high as wide, but never lower
/// than 14 lines of text (the axis labels must fit) nor higher than 30. A sparse chart (a few
/// values, see `draw::is_sparse`) is lower: a third as high as wide, 12 to 18 lines, so its
/// few points do not float in a large empty frame.
pub fn chart_height(width: u32, font_px: f64, sparse: bool) -> u32 {
    let (share, lowest, highest) = if sparse {
        (0.3, 12.0, 18.0)
    } else {
        (0.5, 14.0, 30.0)
    };
    (f64::from(width) * share).clamp(font_px * lowest, font_px * highest) as u32
}

/// A value's tooltip opens to the left of it in the last 40 % of the chart, so it is never cut
/// off at the right edge.
pub fn tooltip_opens_left(mark: &PointMark, width: u32) -> bool {
    mark.x > f64::from(width) * 0.6
}

/// The value a key moves the focus to (arrows by one, Home and End to the ends), from
/// `current` among `count` values; `None` for other keys.
pub fn key_target(key: &str, current: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match key {
        "ArrowRight" | "ArrowDown" => current.saturating_add(1).min(last),
        "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// The years a chart has values for, in order, each once: what "play" steps through.
pub fn play_years(points: &[PointMark]) -> Vec<i32> {
    crate::sorted::sorted_once(points.iter().map(|p| p.year).collect())
}

/// Where playing starts: the year after the marked one, or the first year when none is marked
/// or the marked one is the last.
pub fn play_start(years: &[i32], marked: Option<i32>) -> usize {
    marked
        .and_then(|year| years.iter().position(|y| *y > year))
        .unwrap_or(0)
}

/// The value that takes the keyboard focus first: the marked year's, else the first.
pub fn first_focus(points: &[PointMark], marked: Option<i32>) -> usize {
    marked
        .and_then(|year| points.iter().position(|p| p.year == year))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(year: i32, x: f64) -> PointMark {
        PointMark {
            series: 0,
            point: 0,
            year,
            x,
            y: 10.0,
        }
    }

    #[test]
    fn a_chart_is_half_as_high_as_wide_within_limits_of_the_text_size() {
        assert_eq!(chart_height(960, 16.0, false), 480);
        assert_eq!(
            chart_height(300, 16.0, false),
            224,
            "phones: at least 14 lines"
        );
        assert_eq!(chart_height(3840, 16.0, false), 480, "4K: at most 30 lines");
        assert_eq!(chart_height(3840, 28.0, false), 840);
    }

    #[test]
    fn a_sparse_chart_is_lower() {
        assert_eq!(chart_height(960, 16.0, true), 288);
        assert_eq!(
            chart_height(300, 16.0, true),
            192,
            "phones: at least 12 lines"
        );
        assert_eq!(chart_height(1800, 26.0, true), 468, "1080p kiosk: 18 lines");
        assert!(chart_height(1800, 26.0, true) < chart_height(1800, 26.0, false));
    }

    #[test]
    fn tooltips_open_towards_the_middle() {
        assert!(!tooltip_opens_left(&mark(2000, 100.0), 1000));
        assert!(tooltip_opens_left(&mark(2000, 700.0), 1000));
    }

    #[test]
    fn keys_move_from_value_to_value_and_stop_at_the_ends() {
        assert_eq!(key_target("ArrowRight", 2, 5), Some(3));
        assert_eq!(key_target("ArrowRight", 4, 5), Some(4));
        assert_eq!(key_target("ArrowUp", 0, 5), Some(0));
        assert_eq!(key_target("End", 0, 5), Some(4));
        assert_eq!(key_target("Home", 3, 5), Some(0));
        assert_eq!(key_target("a", 3, 5), None);
        assert_eq!(key_target("End", 0, 0), None, "a chart without values");
    }

    #[test]
    fn play_steps_through_each_year_once_from_after_the_marked_one() {
        let points = [
            mark(2015, 0.0),
            mark(2011, 0.0),
            mark(2015, 0.0),
            mark(2013, 0.0),
        ];
        let years = play_years(&points);
        assert_eq!(years, [2011, 2013, 2015]);
        assert_eq!(play_start(&years, None), 0);
        assert_eq!(play_start(&years, Some(2011)), 1);
        assert_eq!(play_start(&years, Some(2012)), 1);
        assert_eq!(
            play_start(&years, Some(2015)),
            0,
            "from the end, again from the start"
        );
        assert_eq!(first_focus(&points, Some(2013)), 3);
        assert_eq!(first_focus(&points, Some(1990)), 0);
    }
}
