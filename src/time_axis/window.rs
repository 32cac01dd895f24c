//! The visible stretch of the timeline: from the whole span down to a single year.

use super::gesture::ZOOM_STEP;
use crate::content::SPAN;

/// The narrowest window: one year.
pub const MIN_YEARS: f64 = 1.0;

/// The scales the markers are packed for: each zoom step of the keys (`ZOOM_STEP`) is this many
/// levels. Between two levels a zoom moves the markers and packs nothing anew.
const PACKING_LEVELS_PER_STEP: f64 = 2.0;

/// A visible window on the time axis, in fractional years (`1994.5` is mid-1994).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeWindow {
    pub start: f64,
    pub end: f64,
}

impl Default for TimeWindow {
    fn default() -> Self {
        Self::whole()
    }
}

impl TimeWindow {
    /// The exhibit's whole span, from the start of its first year to the end of its last.
    pub fn whole() -> Self {
        Self {
            start: f64::from(SPAN.0),
            end: f64::from(SPAN.1) + 1.0,
        }
    }

    /// A window of `width` years centred on `centre`, kept inside the span.
    pub fn around(centre: f64, width: f64) -> Self {
        let whole = Self::whole();
        let width = width.clamp(MIN_YEARS, whole.width());
        Self {
            start: centre - width / 2.0,
            end: centre + width / 2.0,
        }
        .clamped()
    }

    pub fn width(&self) -> f64 {
        self.end - self.start
    }

    /// Whether this is the whole span.
    pub fn is_whole(&self) -> bool {
        (self.width() - Self::whole().width()).abs() < 1e-9
    }

    /// Zooms by `factor` (above 1 zooms in) keeping the year under `anchor` (0 = left or top
    /// edge, 1 = right or bottom edge) where it is.
    pub fn zoom(&self, factor: f64, anchor: f64) -> Self {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let anchor = if anchor.is_finite() {
            anchor.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let width = (self.width() / factor).clamp(MIN_YEARS, Self::whole().width());
        let pivot = self.start + self.width() * anchor;
        Self {
            start: pivot - width * anchor,
            end: pivot - width * anchor + width,
        }
        .clamped()
    }

    /// Moves the window by `years` (positive: later), stopping at the span's ends.
    pub fn pan(&self, years: f64) -> Self {
        if !years.is_finite() {
            return *self;
        }
        Self {
            start: self.start + years,
            end: self.end + years,
        }
        .clamped()
    }

    /// The width, in years, the markers are packed for: the window's own at the whole span, at
    /// one year and at every level (each zoom key lands on one), else the next wider level's.
    /// A marker so packed has at least the room it was given, never less, so none overlap; and
    /// a wheel or pinch zoom packs anew only where it passes a level (every 26 %), not on every
    /// step.
    pub fn packing_width(&self) -> f64 {
        let whole = Self::whole().width();
        let width = self.width();
        if !width.is_finite() || width >= whole {
            return whole;
        }
        if width <= MIN_YEARS * (1.0 + 1e-9) {
            return width;
        }
        let level_ln = ZOOM_STEP.ln() / PACKING_LEVELS_PER_STEP;
        // A hair of room, so that a width a zoom key reached (by rounded floats) counts as
        // its level and not the one below.
        let level = ((whole / width).ln() / level_ln + 1e-6).floor();
        (whole / (level * level_ln).exp()).max(width)
    }

    /// The width to pack for while a wheel or pinch zoom goes on, given the width the last
    /// render packed for (`last`): that one as long as the window is no wider than it, else
    /// the window's level ([`Self::packing_width`]). Zooming in gives every marker more room
    /// than it was packed for, so none overlap: the markers only move, and clusters part when
    /// the gesture ends (`gestures.rs`), in one packing instead of one per level passed.
    pub fn packing_width_while_zooming(&self, last: Option<f64>) -> f64 {
        match last {
            Some(last) if last >= self.width() && last <= Self::whole().width() => last,
            _ => self.packing_width(),
        }
    }

    /// Where a year falls in the window: 0 at the start, 1 at the end.
    pub fn fraction(&self, year: f64) -> f64 {
        (year - self.start) / self.width()
    }

    /// Keeps the window inside the span, keeping its width.
    fn clamped(self) -> Self {
        let whole = Self::whole();
        let width = self.width().clamp(MIN_YEARS, whole.width());
        let start = self.start.clamp(whole.start, whole.end - width);
        Self {
            start,
            end: start + width,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_in_keeps_the_anchor_year_in_place() {
        let whole = TimeWindow::whole();
        let zoomed = whole.zoom(4.0, 0.5);
        assert!((zoomed.width() - whole.width() / 4.0).abs() < 1e-9);
        let centre = (whole.start + whole.end) / 2.0;
        assert!((zoomed.fraction(centre) - 0.5).abs() < 1e-9);
    }

    #[test]
    fn zoom_stops_at_one_year_and_at_the_whole_span() {
        let deep = TimeWindow::whole().zoom(1e9, 0.3);
        assert!((deep.width() - MIN_YEARS).abs() < 1e-9);
        let out = deep.zoom(1e-9, 0.3);
        assert!(out.is_whole());
    }

    #[test]
    fn markers_are_packed_for_levels_never_narrower_than_the_window() {
        let whole = TimeWindow::whole();
        assert_eq!(whole.packing_width(), whole.width());
        // Every zoom key lands on a level, down to the narrowest window: packed exactly for
        // the window.
        let mut keyed = whole;
        for _ in 0..9 {
            keyed = keyed.zoom(ZOOM_STEP, 0.5);
            let packed = keyed.packing_width();
            assert!(
                (packed - keyed.width()).abs() < 1e-9 * keyed.width(),
                "{packed} for {keyed:?}"
            );
        }
        // Any other width: at least the window's, at most a level wider, and one value for a
        // whole level, so that the layout is kept between levels.
        let level = ZOOM_STEP.powf(1.0 / PACKING_LEVELS_PER_STEP);
        let mut seen: Vec<f64> = Vec::new();
        for n in 0..4000 {
            let width = MIN_YEARS + (whole.width() - MIN_YEARS) * f64::from(n) / 4000.0;
            let window = TimeWindow::around(2000.0, width);
            let packed = window.packing_width();
            assert!(packed >= window.width(), "{packed} < {width}");
            assert!(
                packed <= window.width() * level * (1.0 + 1e-9),
                "{packed} for {width}"
            );
            if !seen.iter().any(|s| s.to_bits() == packed.to_bits()) {
                seen.push(packed);
            }
        }
        let levels = (whole.width() / MIN_YEARS).ln() / level.ln();
        assert!(
            seen.len() as f64 <= levels.ceil() + 2.0,
            "{} widths packed",
            seen.len()
        );
    }

    #[test]
    fn a_zoom_gesture_keeps_its_packing_while_zooming_in_and_packs_anew_zooming_out() {
        // Generated gestures: a wheel or pinch zooms in and out by steps of any size around
        // any year; each render packs for what the last one packed for while it may.
        let mut seed = 5_u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            f64::from(seed >> 8) / f64::from(1_u32 << 24)
        };
        for _ in 0..200 {
            let mut window = TimeWindow::whole();
            let mut last = None;
            let mut packings = 0;
            let mut levels_passed = 0;
            for _ in 0..60 {
                let before = window;
                // Mostly in, now and then a little out, as fingers and wheels do.
                let factor = if next() < 0.8 {
                    1.0 + next() * 0.3
                } else {
                    1.0 / (1.0 + next() * 0.1)
                };
                window = window.zoom(factor, next());
                let packed = window.packing_width_while_zooming(last);
                // Never less room than the window: no two markers overlap.
                assert!(packed >= window.width(), "{packed} < {}", window.width());
                assert!(packed <= TimeWindow::whole().width() + 1e-9);
                if last != Some(packed) {
                    packings += 1;
                    // Packed anew only for a window wider than the last packing, at its level.
                    assert!(
                        last.is_none_or(|last| window.width() > last),
                        "{last:?} -> {packed}"
                    );
                    assert_eq!(packed.to_bits(), window.packing_width().to_bits());
                }
                if before.packing_width().to_bits() != window.packing_width().to_bits() {
                    levels_passed += 1;
                }
                last = Some(packed);
            }
            assert!(
                packings <= levels_passed + 1,
                "{packings} packings, {levels_passed} levels"
            );
        }
        // Not zooming, or with nonsense carried over, the level decides.
        let window = TimeWindow::around(2000.0, 7.0);
        assert_eq!(
            window.packing_width_while_zooming(None),
            window.packing_width()
        );
        for odd in [f64::NAN, f64::INFINITY, -1.0, 3.0, 1e6] {
            assert_eq!(
                window.packing_width_while_zooming(Some(odd)),
                window.packing_width(),
                "{odd}"
            );
        }
        assert_eq!(window.packing_width_while_zooming(Some(30.0)), 30.0);
    }

    #[test]
    fn panning_stops_at_the_ends() {
        let window = TimeWindow::around(2000.0, 4.0);
        let far = window.pan(1000.0);
        assert!((far.end - TimeWindow::whole().end).abs() < 1e-9);
        assert!((far.width() - 4.0).abs() < 1e-9);
        let back = window.pan(-1000.0);
        assert!((back.start - TimeWindow::whole().start).abs() < 1e-9);
    }

    #[test]
    fn nonsense_input_changes_nothing() {
        let window = TimeWindow::around(2000.0, 4.0);
        assert_eq!(window.zoom(f64::NAN, 0.5), window);
        assert_eq!(window.zoom(-2.0, 0.5), window);
        assert_eq!(window.pan(f64::INFINITY), window);
        assert!(window.zoom(2.0, f64::NAN).width() > 0.0);
    }
}
