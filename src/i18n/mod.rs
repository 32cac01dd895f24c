//! Languages of the exhibit and the interface strings in each of them.

pub mod format;
mod ui;

use std::fmt;
use std::str::FromStr;

// The texts are content (assets/content/interface.toml), so the content file hands them out.
pub use crate::content_file::ui;
pub use ui::{UiText, PLACEHOLDERS};

/// A language a visitor can read the exhibit in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// German, the default at the exhibition in Stuttgart.
    #[default]
    De,
    /// Simplified Chinese.
    Zh,
    /// English, for the public web.
    En,
}

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 3] = [Lang::De, Lang::Zh, Lang::En];

    /// The code used in URLs: `de`, `zh`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for `lang` attributes; Chinese is marked as Simplified script.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// The name shown where the header is narrow (phones): "DE", "中文", "EN".
    pub fn short_name(self) -> &'static str {
        match self {
            Lang::De => "DE",
            Lang::Zh => "中文",
            Lang::En => "EN",
        }
    }

    /// The first exhibit language among a browser's preferred languages (`navigator.languages`),
    /// matching by primary subtag: `de-AT` reads German, `zh-TW` and `zh-Hans-CN` read Chinese.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            primary.to_ascii_lowercase().parse().ok()
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a URL segment that names no exhibit language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not one of the exhibit's languages (de, zh, en)",
            self.0
        )
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "de" => Ok(Lang::De),
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
    }

    #[test]
    fn unknown_codes_are_rejected() {
        for code in ["", "fr", "DE", "de-DE", "zh-Hans", "../de"] {
            assert!(code.parse::<Lang>().is_err(), "{code} must not parse");
        }
    }

    #[test]
    fn browser_preferences_pick_the_first_exhibit_language() {
        assert_eq!(
            Lang::from_preferences(["fr-FR", "zh-CN", "de"]),
            Some(Lang::Zh)
        );
        assert_eq!(Lang::from_preferences(["de-AT"]), Some(Lang::De));
        assert_eq!(Lang::from_preferences(["EN_us"]), Some(Lang::En));
        assert_eq!(Lang::from_preferences(["fr", "it"]), None);
        assert_eq!(Lang::from_preferences([]), None);
    }
}
