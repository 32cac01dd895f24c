//! Where a kiosk keeps its counts (`counts.rs`): the browser's `localStorage`, on the device
//! only, read once and written after every tally. Storage that is full, switched off or
//! failing never breaks the exhibit: the counts then live on in memory until the page reloads,
//! and the staff panel says they could not be kept.
//!
//! The browser calls live here, at the edge; on the host the counts live in memory only.

use std::cell::RefCell;

use super::counts::{Counts, Tally};

thread_local! {
    /// The counts as last read or written; `None` until first used.
    static KEPT: RefCell<Option<Counts>> = const { RefCell::new(None) };
    /// Whether the last write reached the storage.
    static STORED: RefCell<bool> = const { RefCell::new(true) };
}

/// Adds tallies to today's counts and keeps them.
pub fn record(tallies: &[Tally]) {
    if tallies.is_empty() {
        return;
    }
    let date = today();
    update(|counts| {
        for tally in tallies {
            counts.record(&date, tally.clone());
        }
    });
}

/// Every count kept.
pub fn counts() -> Counts {
    KEPT.with(|kept| kept.borrow_mut().get_or_insert_with(load).clone())
}

/// Forgets every count (the staff panel's "reset counts").
pub fn reset() {
    update(|counts| *counts = Counts::default());
}

/// Whether the counts reached the device's storage the last time they were written.
pub fn stored() -> bool {
    STORED.with(|stored| *stored.borrow())
}

fn update(change: impl FnOnce(&mut Counts)) {
    let text = KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        let counts = kept.get_or_insert_with(load);
        change(counts);
        counts.encode()
    });
    let ok = save(&text);
    STORED.with(|stored| *stored.borrow_mut() = ok);
}

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    // Access itself throws where storage is switched off.
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(target_arch = "wasm32")]
fn load() -> Counts {
    storage()
        .and_then(|storage| storage.get_item(super::counts::STORAGE_KEY).ok().flatten())
        .map(|text| Counts::decode(&text))
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn save(text: &str) -> bool {
    storage().is_some_and(|storage| storage.set_item(super::counts::STORAGE_KEY, text).is_ok())
}

/// The kiosk's local date, `YYYY-MM-DD`: a day's counts are the exhibition's day.
#[cfg(target_arch = "wasm32")]
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

#[cfg(not(target_arch = "wasm32"))]
fn load() -> Counts {
    Counts::default()
}

#[cfg(not(target_arch = "wasm32"))]
fn save(_text: &str) -> bool {
    true
}

/// The date on the host (tests): a fixed day.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    "2026-12-01".to_string()
}
