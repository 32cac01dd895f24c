//! How a kiosk has been running since it was started: when it started, how many errors it met
//! and how often it restarted itself after one (see `crash.rs`). Kept in `sessionStorage`,
//! which lives as long as the kiosk browser's tab and so survives the page's own restarts;
//! kiosks only. Storage that fails only loses these numbers.

/// The `sessionStorage` key: `<started ms> <errors> <restarts>`.
pub const STORAGE_KEY: &str = "exhibit-kiosk-run";

/// Since when the kiosk runs and what went wrong meanwhile.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RunLog {
    /// When the kiosk started, in ms since 1970.
    pub started_ms: f64,
    pub errors: u32,
    pub restarts: u32,
}

impl RunLog {
    /// The text kept.
    pub fn encode(&self) -> String {
        // Whole milliseconds, written and read as integers: the wasm then carries no float
        // parser (about 13 KB).
        format!(
            "{} {} {}",
            self.started_ms.max(0.0) as u64,
            self.errors,
            self.restarts
        )
    }

    /// Reads what `encode` wrote; anything else is `None`.
    pub fn decode(text: &str) -> Option<RunLog> {
        let mut parts = text.split(' ');
        let started_ms = parts.next()?.parse::<u64>().ok()? as f64;
        let errors = parts.next()?.parse().ok()?;
        let restarts = parts.next()?.parse().ok()?;
        (parts.next().is_none() && started_ms.is_finite()).then_some(RunLog {
            started_ms,
            errors,
            restarts,
        })
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{note_error, note_restart, read, start};

#[cfg(not(target_arch = "wasm32"))]
/// Notes the kiosk's start, unless it runs already (on the host: nothing).
pub fn start() {}
#[cfg(not(target_arch = "wasm32"))]
/// Counts an error (on the host: nothing).
pub fn note_error() {}
#[cfg(not(target_arch = "wasm32"))]
/// Counts a restart after an error (on the host: nothing).
pub fn note_restart() {}
#[cfg(not(target_arch = "wasm32"))]
/// The log so far (on the host: none).
pub fn read() -> RunLog {
    RunLog::default()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{RunLog, STORAGE_KEY};

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    /// The log so far; a kiosk without one starts now.
    pub fn read() -> RunLog {
        storage()
            .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|text| RunLog::decode(&text))
            .unwrap_or(RunLog {
                started_ms: js_sys::Date::now(),
                ..RunLog::default()
            })
    }

    fn change(change: impl FnOnce(&mut RunLog)) {
        let mut log = read();
        change(&mut log);
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, &log.encode());
        }
    }

    /// Notes the kiosk's start, unless it runs already (a restart keeps the first start).
    pub fn start() {
        change(|_| {});
    }

    /// Counts an error.
    pub fn note_error() {
        change(|log| log.errors = log.errors.saturating_add(1));
    }

    /// Counts a restart after an error.
    pub fn note_restart() {
        change(|log| log.restarts = log.restarts.saturating_add(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_comes_back_and_damage_is_none() {
        for log in [
            RunLog::default(),
            RunLog {
                started_ms: 1_764_590_000_123.0,
                errors: 3,
                restarts: 2,
            },
        ] {
            assert_eq!(RunLog::decode(&log.encode()), Some(log));
        }
        for damaged in ["", "1 2", "a b c", "1 2 3 4", "NaN 1 1", "1 -1 0"] {
            assert_eq!(RunLog::decode(damaged), None, "{damaged}");
        }
    }
}
