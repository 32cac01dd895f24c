//! The arithmetic of the timeline's gestures, apart from the browser's events so it can be
//! tested natively: when a touch becomes a drag, how fast a flick glides, what a pinch, a
//! wheel turn or a key does to the window.

use super::TimeWindow;

/// How far (px) a pointer moves before a tap becomes a drag.
pub const DRAG_THRESHOLD: f64 = 8.0;

/// Below this distance (px) between two fingers a pinch is not measured: the ratio would jump.
const PINCH_MIN_GAP: f64 = 10.0;

/// A flick faster than this (px per ms) keeps gliding after the finger lifts…
const GLIDE_START: f64 = 0.3;
/// …if it moved this recently (ms)…
const GLIDE_RECENT_MS: f64 = 80.0;
/// …slowing down by this factor every frame, until it is slower than this (px per ms).
const GLIDE_FRICTION: f64 = 0.92;
const GLIDE_STOP: f64 = 0.02;

/// How much one zoom step (a button, a key) zooms in.
pub const ZOOM_STEP: f64 = 1.6;

/// How long after its last step (ms) a wheel or pinch zoom counts as ended: while it goes on
/// the markers keep their packing ([`super::TimeWindow::packing_width_while_zooming`]). A
/// mouse wheel's notches come 30 to 100 ms apart while it spins.
pub const ZOOM_SETTLE_MS: u32 = 200;

/// What a gesture asks of the timeline's window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WindowChange {
    /// Zoom by `factor` (above 1 zooms in) around `anchor` (0–1 along the axis).
    Zoom { factor: f64, anchor: f64 },
    /// Move by this many years (positive: later).
    Pan(f64),
}

/// Whether a pointer that went down at `start` and is now at `now` has become a drag.
pub fn is_drag(start: (f64, f64), now: (f64, f64)) -> bool {
    (now.0 - start.0).hypot(now.1 - start.1) > DRAG_THRESHOLD
}

/// The drag's speed along the axis, px per ms, smoothed over the last moves.
pub fn smoothed_velocity(before: f64, moved_px: f64, elapsed_ms: f64) -> f64 {
    0.7 * before + 0.3 * (moved_px / elapsed_ms.max(1.0))
}

/// Whether a drag that ended at `velocity`, `since_last_move_ms` after its last move, glides on.
pub fn glides(velocity: f64, since_last_move_ms: f64, reduced_motion: bool) -> bool {
    !reduced_motion && since_last_move_ms < GLIDE_RECENT_MS && velocity.abs() > GLIDE_START
}

/// The glide's speed in the next frame, or `None` when it has come to rest.
pub fn glide_step(velocity: f64) -> Option<f64> {
    let next = velocity * GLIDE_FRICTION;
    (next.abs() >= GLIDE_STOP).then_some(next)
}

/// One finger moved from `old` to `new` while another rests at `other`: the zoom that keeps
/// both fingers over the same years, around their midpoint (`along` maps a point to px along
/// the axis). `None` while the fingers are too close to measure.
pub fn pinch(
    old: (f64, f64),
    new: (f64, f64),
    other: (f64, f64),
    along: impl Fn(f64, f64) -> f64,
    axis_px: f64,
) -> Option<WindowChange> {
    let before = (old.0 - other.0).hypot(old.1 - other.1);
    let after = (new.0 - other.0).hypot(new.1 - other.1);
    (before > PINCH_MIN_GAP && after > PINCH_MIN_GAP).then(|| WindowChange::Zoom {
        factor: after / before,
        anchor: along((new.0 + other.0) / 2.0, (new.1 + other.1) / 2.0) / axis_px.max(1.0),
    })
}

/// A wheel or trackpad turn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wheel {
    pub dx: f64,
    pub dy: f64,
    /// The deltas count lines, not pixels (`deltaMode == 1`).
    pub in_lines: bool,
    pub ctrl: bool,
    pub shift: bool,
    /// Where the pointer is along the axis, 0–1.
    pub anchor: f64,
}

/// A wheel turn zooms around the pointer; sideways scrolling (or Shift) pans. On a vertical
/// timeline the wheel pans and Ctrl + wheel (a trackpad pinch) zooms.
pub fn wheel(turn: Wheel, vertical: bool, years_per_px: f64) -> WindowChange {
    let unit = if turn.in_lines { 16.0 } else { 1.0 };
    let (dx, dy) = (turn.dx * unit, turn.dy * unit);
    let sideways = dx.abs() > dy.abs();
    let pans = if vertical {
        !turn.ctrl
    } else {
        sideways || turn.shift
    };
    if pans {
        let delta = if sideways { dx } else { dy };
        WindowChange::Pan(delta * years_per_px)
    } else {
        WindowChange::Zoom {
            factor: (-dy * 0.002).exp(),
            anchor: turn.anchor,
        }
    }
}

/// A key on the focused track: + and − zoom, arrows pan a tenth, Page keys most of a window,
/// Home and End go to the ends. `None` for every other key.
pub fn key(key: &str, window: &TimeWindow) -> Option<WindowChange> {
    let width = window.width();
    let whole = TimeWindow::whole();
    Some(match key {
        "+" | "=" => WindowChange::Zoom {
            factor: ZOOM_STEP,
            anchor: 0.5,
        },
        "-" | "_" => WindowChange::Zoom {
            factor: 1.0 / ZOOM_STEP,
            anchor: 0.5,
        },
        "ArrowRight" | "ArrowDown" => WindowChange::Pan(width * 0.1),
        "ArrowLeft" | "ArrowUp" => WindowChange::Pan(-width * 0.1),
        "PageDown" => WindowChange::Pan(width * 0.8),
        "PageUp" => WindowChange::Pan(-width * 0.8),
        "Home" => WindowChange::Pan(whole.start - whole.end),
        "End" => WindowChange::Pan(whole.end - whole.start),
        _ => return None,
    })
}

/// The window after a change.
pub fn apply(window: &TimeWindow, change: WindowChange) -> TimeWindow {
    match change {
        WindowChange::Zoom { factor, anchor } => window.zoom(factor, anchor),
        WindowChange::Pan(years) => window.pan(years),
    }
}

/// A CSS length such as `16px` in px; `None` for anything else.
pub fn css_px(value: &str) -> Option<f64> {
    value
        .trim()
        .strip_suffix("px")
        .and_then(crate::decimal::parse)
        .filter(|px| px.is_finite() && *px > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tap_stays_a_tap_until_the_finger_moves_past_the_threshold() {
        assert!(!is_drag((100.0, 100.0), (105.0, 105.0)));
        assert!(is_drag((100.0, 100.0), (109.0, 100.0)));
        assert!(is_drag((100.0, 100.0), (100.0, 91.0)));
    }

    #[test]
    fn a_quick_recent_flick_glides_and_comes_to_rest() {
        let mut v = 0.0;
        for _ in 0..10 {
            v = smoothed_velocity(v, 20.0, 16.0);
        }
        assert!(v > 1.0, "{v}");
        assert!(glides(v, 20.0, false));
        assert!(!glides(v, 200.0, false), "the finger rested before lifting");
        assert!(!glides(v, 20.0, true), "reduced motion: no glide");
        assert!(!glides(0.1, 20.0, false), "too slow");
        let mut frames = 0;
        let mut speed = Some(v);
        while let Some(now) = speed {
            frames += 1;
            speed = glide_step(now);
        }
        assert!((10..200).contains(&frames), "{frames} frames");
        assert_eq!(
            smoothed_velocity(0.0, 10.0, 0.0),
            3.0,
            "no division by zero"
        );
    }

    #[test]
    fn a_pinch_keeps_the_fingers_over_their_years() {
        let along = |x: f64, _y: f64| x;
        let change = pinch((300.0, 0.0), (500.0, 0.0), (100.0, 0.0), along, 1000.0);
        assert_eq!(
            change,
            Some(WindowChange::Zoom {
                factor: 2.0,
                anchor: 0.3
            })
        );
        assert_eq!(
            pinch((105.0, 0.0), (300.0, 0.0), (100.0, 0.0), along, 1000.0),
            None,
            "fingers too close to measure"
        );
    }

    #[test]
    fn the_wheel_zooms_around_the_pointer_and_sideways_pans() {
        let turn = Wheel {
            dx: 0.0,
            dy: -100.0,
            in_lines: false,
            ctrl: false,
            shift: false,
            anchor: 0.25,
        };
        match wheel(turn, false, 0.01) {
            WindowChange::Zoom { factor, anchor } => {
                assert!(factor > 1.0, "up zooms in");
                assert_eq!(anchor, 0.25);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            wheel(
                Wheel {
                    dx: 50.0,
                    dy: 0.0,
                    ..turn
                },
                false,
                0.01
            ),
            WindowChange::Pan(0.5)
        );
        assert_eq!(
            wheel(
                Wheel {
                    shift: true,
                    ..turn
                },
                false,
                0.01
            ),
            WindowChange::Pan(-1.0)
        );
        assert_eq!(
            wheel(
                Wheel {
                    in_lines: true,
                    dy: 3.0,
                    ..turn
                },
                true,
                0.01
            ),
            WindowChange::Pan(0.48),
            "a vertical timeline scrolls; lines count 16 px"
        );
        assert!(matches!(
            wheel(Wheel { ctrl: true, ..turn }, true, 0.01),
            WindowChange::Zoom { .. }
        ));
    }

    #[test]
    fn keys_zoom_pan_and_jump_to_the_ends() {
        let window = TimeWindow::around(2000.0, 10.0);
        assert_eq!(key("ArrowRight", &window), Some(WindowChange::Pan(1.0)));
        assert_eq!(key("PageUp", &window), Some(WindowChange::Pan(-8.0)));
        assert_eq!(key("a", &window), None);
        let end = apply(&window, key("End", &window).unwrap());
        assert!((end.end - TimeWindow::whole().end).abs() < 1e-9);
        let start = apply(&end, key("Home", &end).unwrap());
        assert!((start.start - TimeWindow::whole().start).abs() < 1e-9);
        let zoomed = apply(&window, key("+", &window).unwrap());
        assert!((zoomed.width() - 10.0 / ZOOM_STEP).abs() < 1e-9);
    }

    #[test]
    fn css_lengths_in_px_are_read_and_nonsense_is_not() {
        assert_eq!(css_px("16px"), Some(16.0));
        assert_eq!(css_px(" 22.5px"), Some(22.5));
        assert_eq!(css_px("1em"), None);
        assert_eq!(css_px("NaNpx"), None);
        assert_eq!(css_px("0px"), None);
    }
}
