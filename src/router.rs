//! Following the address bar: which view ([`Route`]) and which query the visitor is at, and
//! moving to another view without reloading the page.
//!
//! The app's own small router instead of yew-router, which with its history, serde and
//! route-matching crates made up about a seventh of the app's code for features the exhibit
//! does not use. What it does: a [`History`] (the browser's address bar, or a fixed address
//! for the server renderer), the [`Router`] component that re-renders the app when the
//! address changes (its own moves and the browser's back and forward), and three hooks.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::percent::query_string;
use crate::route::Route;

/// An address inside the exhibit: the path and the query (without the `?`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Location {
    pub path: String,
    pub query: String,
}

impl Location {
    /// Splits `/de/about?year=2013` into path and query.
    pub fn parse(address: &str) -> Location {
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        Location {
            path: path.to_string(),
            query: query.to_string(),
        }
    }

    /// The view this address shows.
    pub fn route(&self) -> Route {
        Route::recognize(&self.path)
    }

    /// The query, without the `?`.
    pub fn query_str(&self) -> &str {
        &self.query
    }
}

/// Where the address comes from and goes to: the browser's address bar, or (for the server
/// renderer and native tests) a fixed address kept in memory. Cloning shares it.
#[derive(Clone)]
pub struct History(Rc<HistoryInner>);

struct HistoryInner {
    /// `None` for the browser's address bar.
    memory: Option<RefCell<Location>>,
    /// The router that re-renders the app when this history moves.
    listener: RefCell<Option<Callback<Location>>>,
}

impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl History {
    /// The browser's address bar.
    pub fn browser() -> History {
        History::new(None)
    }

    /// A fixed address such as `/zh/about` (the server renderer's).
    pub fn memory(address: &str) -> History {
        History::new(Some(RefCell::new(Location::parse(address))))
    }

    fn new(memory: Option<RefCell<Location>>) -> History {
        History(Rc::new(HistoryInner {
            memory,
            listener: RefCell::new(None),
        }))
    }

    /// The address now.
    pub fn location(&self) -> Location {
        match &self.0.memory {
            Some(memory) => memory.borrow().clone(),
            None => browser_location(),
        }
    }

    /// Goes to `route` with no query; the browser's back button returns.
    pub fn push(&self, route: &Route) {
        self.go(route, &[], false);
    }

    /// Goes to `route` with the query `pairs` (values are percent-encoded here).
    pub fn push_with_query(&self, route: &Route, pairs: &[(&str, String)]) {
        self.go(route, pairs, false);
    }

    /// Goes to `route` in place of the current address (no new back-button step).
    pub fn replace(&self, route: &Route) {
        self.go(route, &[], true);
    }

    /// [`History::replace`] with the query `pairs`.
    pub fn replace_with_query(&self, route: &Route, pairs: &[(&str, String)]) {
        self.go(route, pairs, true);
    }

    fn go(&self, route: &Route, pairs: &[(&str, String)], replace: bool) {
        let location = Location {
            path: route.to_path(),
            query: query_string(pairs),
        };
        match &self.0.memory {
            Some(memory) => *memory.borrow_mut() = location.clone(),
            None => write_browser_location(&location, replace),
        }
        let listener = self.0.listener.borrow().clone();
        if let Some(listener) = listener {
            listener.emit(location);
        }
    }

    fn listen(&self, listener: Option<Callback<Location>>) {
        *self.0.listener.borrow_mut() = listener;
    }
}

#[cfg(target_arch = "wasm32")]
fn browser_location() -> Location {
    let location = web_sys::window().map(|window| window.location());
    let read = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|location| f(location).ok())
            .unwrap_or_default()
    };
    Location {
        path: read(web_sys::Location::pathname),
        query: read(web_sys::Location::search)
            .trim_start_matches('?')
            .to_string(),
    }
}

#[cfg(target_arch = "wasm32")]
fn write_browser_location(location: &Location, replace: bool) {
    let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else {
        return;
    };
    let address = if location.query.is_empty() {
        location.path.clone()
    } else {
        format!("{}?{}", location.path, location.query)
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&address))
    } else {
        history.push_state_with_url(&state, "", Some(&address))
    };
}

// The host has no address bar: the browser history is only ever used in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn browser_location() -> Location {
    Location::parse("/")
}

#[cfg(not(target_arch = "wasm32"))]
fn write_browser_location(_: &Location, _: bool) {}

/// Properties of [`Router`].
#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub history: History,
    pub children: Html,
}

/// Gives the app inside the history and the address, and renders it again whenever the
/// address changes: by the app's own moves, or by the browser's back and forward buttons.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let location = use_state_eq(|| props.history.location());
    {
        let setter = location.setter();
        use_effect_with(props.history.clone(), move |history| {
            let following = Following::start(history, setter);
            move || drop(following)
        });
    }
    html! {
        <ContextProvider<History> context={props.history.clone()}>
            <ContextProvider<Location> context={(*location).clone()}>
                { props.children.clone() }
            </ContextProvider<Location>>
        </ContextProvider<History>>
    }
}

/// While alive, the router hears every move of its history and of the browser's back and
/// forward buttons.
struct Following {
    history: History,
    _back_and_forward: Option<BackAndForward>,
}

impl Following {
    fn start(history: &History, setter: UseStateSetter<Location>) -> Following {
        let moved = setter.clone();
        history.listen(Some(Callback::from(move |location| moved.set(location))));
        // Children's effects run before their parent's: a view that moved on at once (the
        // root page, to a language) did so before this listener existed. Catch up with it.
        setter.set(history.location());
        Following {
            history: history.clone(),
            _back_and_forward: BackAndForward::start(history, setter),
        }
    }
}

impl Drop for Following {
    fn drop(&mut self) {
        self.history.listen(None);
    }
}

/// The browser's `popstate` listener, removed when dropped.
#[cfg(target_arch = "wasm32")]
struct BackAndForward(web_sys::Window, wasm_bindgen::closure::Closure<dyn FnMut()>);

#[cfg(target_arch = "wasm32")]
impl BackAndForward {
    fn start(history: &History, setter: UseStateSetter<Location>) -> Option<BackAndForward> {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let window = web_sys::window()?;
        let history = history.clone();
        let on_pop = Closure::<dyn FnMut()>::new(move || setter.set(history.location()));
        window
            .add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref())
            .ok()?;
        Some(BackAndForward(window, on_pop))
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for BackAndForward {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        let _ = self
            .0
            .remove_event_listener_with_callback("popstate", self.1.as_ref().unchecked_ref());
    }
}

/// The host has no back button (and the server renderer runs no effects).
#[cfg(not(target_arch = "wasm32"))]
struct BackAndForward;

#[cfg(not(target_arch = "wasm32"))]
impl BackAndForward {
    fn start(_: &History, _: UseStateSetter<Location>) -> Option<BackAndForward> {
        None
    }
}

/// The view of the address now ([`Route::NotFound`] outside a [`Router`]).
#[hook]
pub fn use_route() -> Route {
    use_context::<Location>()
        .map(|location| location.route())
        .unwrap_or(Route::NotFound)
}

/// The address now, inside a [`Router`].
#[hook]
pub fn use_location() -> Option<Location> {
    use_context::<Location>()
}

/// The history, to move to another view. Components that only move (links) do not render
/// again when the address changes.
#[hook]
pub fn use_history() -> Option<History> {
    use_context::<History>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_memory_history_moves_and_tells_its_router() {
        let history = History::memory("/de/about?year=2013");
        assert_eq!(
            history.location(),
            Location {
                path: "/de/about".into(),
                query: "year=2013".into()
            }
        );
        let heard = Rc::new(RefCell::new(Vec::new()));
        let log = heard.clone();
        history.listen(Some(Callback::from(move |location: Location| {
            log.borrow_mut().push(location.route());
        })));
        history.push_with_query(
            &Route::Charts { lang: Lang::Zh },
            &[("public", "https://a.example/x y".into())],
        );
        assert_eq!(
            history.location().query_str(),
            "public=https%3A%2F%2Fa.example%2Fx%20y"
        );
        history.replace(&Route::Timeline { lang: Lang::En });
        assert_eq!(history.location(), Location::parse("/en"));
        assert_eq!(
            *heard.borrow(),
            vec![
                Route::Charts { lang: Lang::Zh },
                Route::Timeline { lang: Lang::En }
            ]
        );
    }
}
