//! What an unattended kiosk shows as the quiet seconds pass: the visit, then "still there?"
//! with a countdown, then the attract loop that tours the highlights until the next touch.

use super::{KioskConfig, COUNTDOWN_SECS};
use crate::content::Content;

/// How long the attract loop shows each highlight, in seconds.
pub const ATTRACT_STEP_SECS: u32 = 8;

/// The kiosk's phase after `quiet` seconds without a touch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Someone is using it.
    Visit,
    /// Nobody touched it for the idle time: a countdown of `left` seconds before the reset.
    StillThere { left: u32 },
    /// The visit is over: the attract loop plays; `step` counts its highlights shown so far.
    Attract { step: u32 },
}

/// The phase after `quiet` seconds without a touch.
pub fn phase(config: &KioskConfig, quiet: u32) -> Phase {
    let reset_at = config.idle_secs + COUNTDOWN_SECS;
    if quiet < config.idle_secs {
        Phase::Visit
    } else if quiet < reset_at {
        Phase::StillThere {
            left: reset_at - quiet,
        }
    } else {
        Phase::Attract {
            step: (quiet - reset_at) / ATTRACT_STEP_SECS,
        }
    }
}

/// The events the attract loop tours: those with a picture, in date order (the content's
/// order), so the loop shows something to look at on every step.
pub fn highlights(content: &Content) -> Vec<&str> {
    content
        .events
        .iter()
        .filter(|event| event.picture.is_some())
        .map(|event| event.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiet_kiosk_asks_then_counts_down_then_attracts() {
        let config = KioskConfig {
            idle_secs: 60,
            ..KioskConfig::default()
        };
        assert_eq!(phase(&config, 0), Phase::Visit);
        assert_eq!(phase(&config, 59), Phase::Visit);
        assert_eq!(phase(&config, 60), Phase::StillThere { left: 10 });
        assert_eq!(phase(&config, 69), Phase::StillThere { left: 1 });
        assert_eq!(phase(&config, 70), Phase::Attract { step: 0 });
        assert_eq!(phase(&config, 70 + 8 * 5 + 3), Phase::Attract { step: 5 });
        // A whole day later the loop still just counts on.
        assert!(matches!(phase(&config, 86_400), Phase::Attract { .. }));
    }
}
