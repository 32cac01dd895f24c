//! The staff's way into a kiosk's panel, as plain rules (the component `staff_door` applies
//! them): a finger held still on the screen's top-left corner for a few seconds, which a
//! visitor does not do by accident, then the PIN from the kiosk's start address, with a pause
//! after a few wrong ones. The panel closes itself when left alone.

/// How long the finger must stay on the corner, in ms.
pub const HOLD_MS: f64 = 5000.0;
/// The corner's size: this many CSS px from the top and from the left edge.
pub const CORNER_PX: f64 = 96.0;
/// How far the finger may drift while held, in CSS px (a drag is not a hold).
pub const SLOP_PX: f64 = 12.0;
/// Wrong PINs in a row before the pad pauses.
pub const ATTEMPTS: u32 = 3;
/// How long the pad pauses after too many wrong PINs, in ms.
pub const PAUSE_MS: f64 = 60_000.0;
/// The PIN pad and the panel close after this long without a touch or a key, in ms.
pub const LEFT_ALONE_MS: u32 = 60_000;

/// A finger held on the top-left corner: started by a touch there, broken by a drift, a
/// second finger or lifting the finger before `HOLD_MS`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CornerHold {
    /// Where and when the finger came down (`x`, `y`, ms), while the hold lasts.
    held: Option<(f64, f64, f64)>,
    /// Fingers on the screen now.
    fingers: u32,
}

impl CornerHold {
    /// A finger (or the mouse button) comes down at (`x`, `y`) at `now` ms. Returns whether a
    /// hold started (then ask `done` again after `HOLD_MS`).
    pub fn down(&mut self, x: f64, y: f64, now: f64) -> bool {
        self.fingers += 1;
        let corner = (0.0..CORNER_PX).contains(&x) && (0.0..CORNER_PX).contains(&y);
        self.held = (self.fingers == 1 && corner).then_some((x, y, now));
        self.held.is_some()
    }

    /// The finger moved to (`x`, `y`): more than `SLOP_PX` breaks the hold.
    pub fn moved(&mut self, x: f64, y: f64) {
        if let Some((x0, y0, _)) = self.held {
            if (x - x0).hypot(y - y0) > SLOP_PX {
                self.held = None;
            }
        }
    }

    /// A finger lifted (or the touch was cancelled): the hold ends.
    pub fn up(&mut self) {
        self.fingers = self.fingers.saturating_sub(1);
        self.held = None;
    }

    /// Whether the finger has been held long enough at `now` ms. A hold that completes is
    /// used up: the next one starts with a new touch.
    pub fn done(&mut self, now: f64) -> bool {
        let done = self
            .held
            .is_some_and(|(_, _, since)| now - since >= HOLD_MS);
        if done {
            self.held = None;
        }
        done
    }
}

/// What the PIN pad says after a PIN was entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinAnswer {
    /// The right PIN: the panel opens.
    Open,
    /// A wrong PIN; this many tries are left before a pause.
    Wrong { left: u32 },
    /// Too many wrong PINs: the pad takes no PIN for this many more seconds.
    Paused { secs: u32 },
}

/// Counts wrong PINs and pauses the pad after `ATTEMPTS` of them in a row.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PinLock {
    wrong: u32,
    /// Until when (ms) the pad takes no PIN.
    paused_until: f64,
}

impl PinLock {
    /// Checks `entered` against the kiosk's `pin` at `now` ms.
    pub fn check(&mut self, entered: &str, pin: &str, now: f64) -> PinAnswer {
        if let Some(answer) = self.paused(now) {
            return answer;
        }
        if entered == pin {
            self.wrong = 0;
            return PinAnswer::Open;
        }
        self.wrong += 1;
        if self.wrong >= ATTEMPTS {
            self.wrong = 0;
            self.paused_until = now + PAUSE_MS;
            return PinAnswer::Paused {
                secs: (PAUSE_MS / 1000.0) as u32,
            };
        }
        PinAnswer::Wrong {
            left: ATTEMPTS - self.wrong,
        }
    }

    /// `Paused` while the pad pauses at `now` ms.
    pub fn paused(&self, now: f64) -> Option<PinAnswer> {
        (now < self.paused_until).then(|| PinAnswer::Paused {
            secs: ((self.paused_until - now) / 1000.0).ceil() as u32,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_still_finger_on_the_corner_for_five_seconds_opens_the_door() {
        let mut hold = CornerHold::default();
        assert!(hold.down(20.0, 30.0, 1000.0));
        assert!(!hold.done(1000.0 + HOLD_MS - 1.0));
        hold.moved(25.0, 33.0);
        assert!(hold.done(1000.0 + HOLD_MS));
        // Used up: the same touch does not open it twice.
        assert!(!hold.done(1000.0 + 2.0 * HOLD_MS));
        hold.up();

        // Lifted too early.
        assert!(hold.down(10.0, 10.0, 0.0));
        hold.up();
        assert!(!hold.done(HOLD_MS * 2.0));
        // Dragged away.
        assert!(hold.down(10.0, 10.0, 0.0));
        hold.moved(10.0, 10.0 + SLOP_PX + 1.0);
        assert!(!hold.done(HOLD_MS));
        hold.up();
        // Anywhere but the corner, including the other corners.
        for (x, y) in [
            (CORNER_PX, 10.0),
            (10.0, CORNER_PX),
            (1900.0, 10.0),
            (500.0, 500.0),
        ] {
            assert!(!hold.down(x, y, 0.0), "{x},{y}");
            assert!(!hold.done(HOLD_MS));
            hold.up();
        }
        // A second finger (a pinch, a child's hand) breaks it.
        assert!(hold.down(10.0, 10.0, 0.0));
        assert!(!hold.down(10.0, 12.0, 100.0));
        assert!(!hold.done(HOLD_MS));
        hold.up();
        hold.up();
        // Afterwards a single finger works again.
        assert!(hold.down(10.0, 10.0, 0.0));
        assert!(hold.done(HOLD_MS));
    }

    #[test]
    fn three_wrong_pins_pause_the_pad_for_a_minute() {
        let mut lock = PinLock::default();
        assert_eq!(
            lock.check("1111", "0417", 0.0),
            PinAnswer::Wrong { left: 2 }
        );
        assert_eq!(
            lock.check("2222", "0417", 1.0),
            PinAnswer::Wrong { left: 1 }
        );
        assert_eq!(
            lock.check("3333", "0417", 2.0),
            PinAnswer::Paused { secs: 60 }
        );
        // Even the right PIN waits out the pause.
        assert_eq!(
            lock.check("0417", "0417", 30_002.0),
            PinAnswer::Paused { secs: 30 }
        );
        assert_eq!(lock.paused(60_001.0), Some(PinAnswer::Paused { secs: 1 }));
        assert_eq!(lock.paused(60_002.0), None);
        assert_eq!(lock.check("0417", "0417", 60_002.0), PinAnswer::Open);
        // The right PIN starts the count of wrong ones afresh.
        assert_eq!(
            lock.check("9", "0417", 60_003.0),
            PinAnswer::Wrong { left: 2 }
        );
    }
}
