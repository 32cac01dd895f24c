//! Kiosk mode: how an unattended exhibition screen is set up, from its start address
//! (`/?mode=kiosk&idle=90&lang=zh&orientation=portrait`), and what it does when nobody is there.

pub mod count_store;
pub mod counts;
pub mod device;
pub mod fonts;
pub mod idle;
pub mod qr;
pub mod run_log;
pub mod staff;
pub mod update;

use crate::i18n::Lang;

/// How long a kiosk waits for a touch before it asks "still there?" and then starts over.
pub const DEFAULT_IDLE_SECS: u32 = 90;
/// The shortest and longest idle times a start address may ask for.
pub const IDLE_RANGE: (u32, u32) = (5, 3600);
/// How long the "still there?" countdown lasts before the reset, in seconds.
pub const COUNTDOWN_SECS: u32 = 10;

/// Shown over a kiosk nobody has touched for the idle time, in all three languages at once
/// (the next visitor's language is not known): (`lang` tag, text).
pub const STILL_THERE: [(&str, &str); 3] = [
    ("de", "Noch da?"),
    ("zh-Hans", "还在吗？"),
    ("en", "Still there?"),
];

/// The button that keeps the visit going.
pub const KEEP_GOING: [(&str, &str); 3] = [
    ("de", "Ja, weiter"),
    ("zh-Hans", "继续浏览"),
    ("en", "Yes, go on"),
];

/// The attract loop's call to touch the screen.
pub const TOUCH_TO_START: [(&str, &str); 3] = [
    (
        "de",
        "Berühren Sie den Bildschirm, um die Ausstellung zu entdecken",
    ),
    ("zh-Hans", "请触摸屏幕，开始探索展览"),
    ("en", "Touch the screen to explore the exhibition"),
];

/// The lengths a staff PIN may have, in digits.
pub const PIN_DIGITS: (usize, usize) = (4, 8);

/// Whether `pin` is one a start address may set: 4 to 8 digits.
pub fn is_pin(pin: &str) -> bool {
    (PIN_DIGITS.0..=PIN_DIGITS.1).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Which way the screen is mounted: decides the timeline's direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Orientation {
    /// Follow the screen's shape.
    #[default]
    Auto,
    Landscape,
    Portrait,
}

/// A kiosk's setup, from its start address (read and written by `query::ViewQuery`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskConfig {
    /// Seconds without a touch before the countdown starts.
    pub idle_secs: u32,
    /// The language every visit starts in.
    pub home: Lang,
    pub orientation: Orientation,
    /// The public web address the "take it home" codes lead to (`public=https%3A%2F%2F…`);
    /// without one, the address the kiosk itself loads the exhibit from.
    pub public: Option<String>,
    /// The PIN that opens the staff panel (`staff=<4 to 8 digits>`); without one, no panel.
    pub staff_pin: Option<String>,
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            idle_secs: DEFAULT_IDLE_SECS,
            home: Lang::De,
            orientation: Orientation::Auto,
            public: None,
            staff_pin: None,
        }
    }
}
