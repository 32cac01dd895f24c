//! Kiosk mode: how an unattended exhibition screen is set up, from its start address
//! (`/?mode=kiosk&idle=90&lang=zh&orientation=portrait`), and what it does when nobody is there.

pub mod idle;
pub mod qr;

use crate::i18n::Lang;
use crate::percent::percent_decode;

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

/// Which way the screen is mounted: decides the timeline's direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Orientation {
    /// Follow the screen's shape.
    #[default]
    Auto,
    Landscape,
    Portrait,
}

/// A kiosk's setup, from its start address.
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
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            idle_secs: DEFAULT_IDLE_SECS,
            home: Lang::De,
            orientation: Orientation::Auto,
            public: None,
        }
    }
}

impl KioskConfig {
    /// Reads one query parameter into the setup; unknown or nonsensical values are ignored.
    pub fn apply(&mut self, key: &str, value: &str) {
        match key {
            "idle" => {
                if let Ok(secs) = value.parse::<u32>() {
                    self.idle_secs = secs.clamp(IDLE_RANGE.0, IDLE_RANGE.1);
                }
            }
            "lang" => {
                if let Ok(lang) = value.parse() {
                    self.home = lang;
                }
            }
            "public" => {
                let address = percent_decode(value);
                let scheme = address
                    .strip_prefix("https://")
                    .or_else(|| address.strip_prefix("http://"));
                let plain = !address
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c));
                if scheme.is_some_and(|rest| !rest.is_empty()) && plain {
                    self.public = Some(address.trim_end_matches('/').to_string());
                }
            }
            "orientation" => {
                self.orientation = match value {
                    "portrait" => Orientation::Portrait,
                    "landscape" => Orientation::Landscape,
                    _ => Orientation::Auto,
                }
            }
            _ => {}
        }
    }

    /// The query parameters that keep this setup in every address (defaults left out), with
    /// their values not yet encoded.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("mode", "kiosk".to_string())];
        if self.idle_secs != DEFAULT_IDLE_SECS {
            pairs.push(("idle", self.idle_secs.to_string()));
        }
        if self.home != Lang::De {
            pairs.push(("lang", self.home.code().to_string()));
        }
        match self.orientation {
            Orientation::Auto => {}
            Orientation::Landscape => pairs.push(("orientation", "landscape".into())),
            Orientation::Portrait => pairs.push(("orientation", "portrait".into())),
        }
        if let Some(public) = &self.public {
            // Raw: whoever writes the address encodes it (the router, `to_query_string`).
            pairs.push(("public", public.clone()));
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> KioskConfig {
        let mut config = KioskConfig::default();
        for (key, value) in query.split('&').filter_map(|pair| pair.split_once('=')) {
            config.apply(key, value);
        }
        config
    }

    #[test]
    fn the_start_address_sets_idle_time_language_and_orientation() {
        let config = read("idle=30&lang=zh&orientation=portrait");
        assert_eq!(config.idle_secs, 30);
        assert_eq!(config.home, Lang::Zh);
        assert_eq!(config.orientation, Orientation::Portrait);
        let pairs: Vec<String> = config
            .pairs()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        assert_eq!(
            pairs.join("&"),
            "mode=kiosk&idle=30&lang=zh&orientation=portrait"
        );
    }

    #[test]
    fn the_public_address_travels_encoded_and_only_a_web_address_counts() {
        let config = read("mode=kiosk&public=https%3A%2F%2Fexhibit.example.org%2F");
        assert_eq!(
            config.public.as_deref(),
            Some("https://exhibit.example.org")
        );
        let pairs = config.pairs();
        assert_eq!(
            pairs.last(),
            Some(&("public", "https://exhibit.example.org".to_string()))
        );
        for bad in [
            "javascript%3Aalert(1)",
            "https%3A%2F%2F",
            "ftp%3A%2F%2Fx",
            "https%3A%2F%2Fa%20b",
            "%ZZ",
        ] {
            assert_eq!(read(&format!("public={bad}")).public, None, "{bad}");
        }
    }

    #[test]
    fn nonsense_keeps_the_defaults_and_extremes_are_clamped() {
        assert_eq!(
            read("idle=abc&lang=fr&orientation=sideways"),
            KioskConfig::default()
        );
        assert_eq!(read("idle=0").idle_secs, 5);
        assert_eq!(read("idle=999999").idle_secs, 3600);
        assert_eq!(
            KioskConfig::default().pairs(),
            vec![("mode", "kiosk".to_string())]
        );
    }
}
