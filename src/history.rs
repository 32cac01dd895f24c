//! The browser's address bar (or, for the server renderer and native tests, a fixed address
//! kept in memory): read it, write it, and hear the back and forward buttons.
//!
//! Only the state's provider (`state::provider`) uses it: it reads the address when the app
//! starts and when the visitor goes back or forward, and it is the one writer of the address.

use std::cell::RefCell;
use std::rc::Rc;

/// An address as the browser holds it: the path and the query (without the `?`), as typed or
/// shared, not yet understood; and the origin the exhibit is served from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Location {
    pub path: String,
    pub query: String,
    /// `https://exhibit.example.org`; empty where there is none (the server renderer).
    pub origin: String,
    /// The browser's preferred languages, first first (`zh-CN`, `en-GB`): where the start
    /// page moves on to when the address asks for no language.
    pub languages: Vec<String>,
}

impl Location {
    /// Splits `/de/about?year=2013` into path and query.
    pub fn parse(address: &str) -> Location {
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        Location {
            path: path.to_string(),
            query: query.to_string(),
            ..Location::default()
        }
    }

    /// The view this address shows.
    pub fn route(&self) -> crate::route::Route {
        crate::route::Route::recognize(&self.path)
    }

    /// The language the path's first segment names (`zh` in `/zh/nowhere`), whatever follows:
    /// how an address the exhibit does not know still tells which language to answer in.
    pub fn named_lang(&self) -> Option<crate::i18n::Lang> {
        self.path
            .trim_start_matches('/')
            .split('/')
            .next()?
            .parse()
            .ok()
    }

    /// Path and query as one address: `/de/about?year=2013`.
    pub fn href(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }
}

/// Hears the back and forward buttons until dropped.
pub type Listening = browser::Listening;

/// How a change of view enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Step {
    /// A new entry: the back button returns to the view before.
    #[default]
    Push,
    /// In place of the current entry (a kiosk starting over, the root moving on, a query
    /// that follows the timeline).
    Replace,
}

/// The address bar, or a fixed address in memory. Cloning shares it.
#[derive(Clone)]
pub struct History(Rc<Option<RefCell<Location>>>);

impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl History {
    /// The browser's address bar.
    pub fn browser() -> History {
        History(Rc::new(None))
    }

    /// A fixed address such as `/zh/about` (the server renderer's, native tests').
    pub fn memory(address: &str) -> History {
        History(Rc::new(Some(RefCell::new(Location::parse(address)))))
    }

    /// The address now.
    pub fn location(&self) -> Location {
        match &*self.0 {
            Some(memory) => memory.borrow().clone(),
            None => browser::location(),
        }
    }

    /// Path and query now (`/de/charts?year=2013`): what the writer compares on every change,
    /// so it reads no more than that (not the origin, not the browser's languages).
    pub fn href(&self) -> String {
        match &*self.0 {
            Some(memory) => memory.borrow().href(),
            None => browser::href(),
        }
    }

    /// Writes `address` (path and query, already encoded by `query::Address`).
    pub fn write(&self, address: &str, step: Step) {
        match &*self.0 {
            Some(memory) => *memory.borrow_mut() = Location::parse(address),
            None => browser::write(address, step),
        }
    }

    /// Calls `moved` with the new address whenever the visitor goes back or forward, for as
    /// long as the returned guard lives.
    pub fn on_back_or_forward(&self, moved: impl Fn(Location) + 'static) -> Option<Listening> {
        match &*self.0 {
            Some(_) => None,
            None => browser::on_pop(moved),
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{Location, Step};

    pub fn location() -> Location {
        let location = web_sys::window().map(|window| window.location());
        let read = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
            location
                .as_ref()
                .and_then(|location| f(location).ok())
                .unwrap_or_default()
        };
        Location {
            path: crate::base::inward(&read(web_sys::Location::pathname)),
            query: read(web_sys::Location::search)
                .trim_start_matches('?')
                .to_string(),
            origin: read(web_sys::Location::origin),
            languages: web_sys::window()
                .map(|window| window.navigator().languages())
                .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
                .unwrap_or_default(),
        }
    }

    thread_local! {
        /// Writes asked for but not yet made: the address follows a tap after the card is
        /// painted ([`crate::after_paint`]), in the order asked.
        static PENDING: std::cell::RefCell<Vec<(String, Step)>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    /// The address now, or the last one asked for and not yet written.
    pub fn href() -> String {
        if let Some(last) = PENDING.with(|pending| pending.borrow().last().map(|(a, _)| a.clone()))
        {
            return last;
        }
        let Some(location) = web_sys::window().map(|window| window.location()) else {
            return String::new();
        };
        format!(
            "{}{}",
            crate::base::inward(&location.pathname().unwrap_or_default()),
            location.search().unwrap_or_default()
        )
    }

    /// Asks for `address` to be written once the next frame is painted, after any asked for
    /// before it.
    pub fn write(address: &str, step: Step) {
        let first = PENDING.with(|pending| {
            let mut pending = pending.borrow_mut();
            pending.push((address.to_string(), step));
            pending.len() == 1
        });
        if first {
            crate::after_paint::after_paint(|| {
                for (address, step) in PENDING.with(|pending| pending.take()) {
                    write_now(&address, step);
                }
            });
        }
    }

    fn write_now(address: &str, step: Step) {
        let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else {
            return;
        };
        let state = wasm_bindgen::JsValue::NULL;
        let address = crate::base::outward(address);
        let _ = match step {
            Step::Replace => history.replace_state_with_url(&state, "", Some(&address)),
            Step::Push => history.push_state_with_url(&state, "", Some(&address)),
        };
    }

    pub type Listening = gloo_events::EventListener;

    pub fn on_pop(moved: impl Fn(Location) + 'static) -> Option<Listening> {
        let window = web_sys::window()?;
        Some(gloo_events::EventListener::new(
            &window,
            "popstate",
            move |_| {
                // The visitor went back or forward: a write still waiting belongs to the view
                // left, and would put it back on top.
                PENDING.with(|pending| pending.borrow_mut().clear());
                moved(location())
            },
        ))
    }
}

// The host has no address bar: a browser history is only ever used in the browser.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::{Location, Step};

    pub fn location() -> Location {
        Location::parse("/")
    }

    pub fn href() -> String {
        "/".into()
    }

    pub fn write(_: &str, _: Step) {}

    /// Nothing to hear on the host; dropped like the browser's listener.
    pub struct Listening;

    impl Drop for Listening {
        fn drop(&mut self) {}
    }

    pub fn on_pop(_: impl Fn(Location) + 'static) -> Option<Listening> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memory_history_keeps_what_is_written() {
        let history = History::memory("/de/about?year=2013");
        assert_eq!(history.location().path, "/de/about");
        assert_eq!(history.location().query, "year=2013");
        history.write("/zh/charts?cat=business,culture", Step::Push);
        assert_eq!(history.location().href(), "/zh/charts?cat=business,culture");
        history.write("/en", Step::Replace);
        assert_eq!(history.location(), Location::parse("/en"));
        assert_eq!(history.href(), "/en");
        assert!(history.on_back_or_forward(|_| {}).is_none());
    }
}
