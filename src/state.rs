//! Where the visitor is: one `State`, changed only through `Action`s.
//!
//! The address bar mirrors the state: the router reports every address change as
//! `Action::Navigated`, so a shared link or the back button restores the same view.

use std::rc::Rc;

use yew::prelude::*;

use std::collections::BTreeSet;

use crate::i18n::Lang;
use crate::kiosk::KioskConfig;
use crate::route::{Route, ViewQuery};
use crate::timeline::TimeWindow;

/// How the exhibit is being shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// A browser on the public web.
    #[default]
    Web,
    /// An unattended touch screen at the exhibition.
    Kiosk,
}

/// Everything about the visitor's place in the exhibit.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// The language the visitor reads.
    pub lang: Lang,
    /// Web or kiosk.
    pub mode: Mode,
    /// The event whose card is open.
    pub selected_event: Option<String>,
    /// The year marked on the timeline and the charts.
    pub year_cursor: Option<i32>,
    /// The visible stretch of the timeline.
    pub window: TimeWindow,
    /// The categories shown; `None` shows all.
    pub categories: Option<BTreeSet<String>>,
    /// How this kiosk is set up (used in kiosk mode only).
    pub kiosk: KioskConfig,
}

/// Everything that can change the visitor's place.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed (a link, the back button, a typed URL).
    Navigated(Route),
    /// The address's query changed: the visible window and the category filter.
    QueryChanged(ViewQuery),
    /// Zoom the timeline by `factor` (above 1 zooms in) around `anchor` (0–1 along the axis).
    Zoom { factor: f64, anchor: f64 },
    /// Move the timeline by this many years.
    Pan(f64),
    /// Show exactly this window.
    SetWindow(TimeWindow),
    /// Show or hide one category.
    ToggleCategory { id: String, all: Vec<String> },
    /// Show every category.
    ShowAllCategories,
    /// The visitor marked a year, or cleared the mark.
    SetYearCursor(Option<i32>),
    /// Back to the start for the next visitor: default language, nothing selected.
    Reset { lang: Lang },
}

impl State {
    /// The address's query for this state: window and filter, so a link restores them.
    pub fn query(&self) -> ViewQuery {
        ViewQuery {
            year: self.year_cursor,
            kiosk: (self.mode == Mode::Kiosk).then_some(self.kiosk.clone()),
            ..ViewQuery::from_view(&self.window, self.categories.as_ref())
        }
    }

    /// Whether an event of this category is shown.
    pub fn shows_category(&self, id: &str) -> bool {
        self.categories
            .as_ref()
            .is_none_or(|shown| shown.contains(id))
    }

    /// The state a visitor arriving at `route` starts in.
    pub fn at(route: &Route, fallback_lang: Lang) -> Self {
        let mut state = State {
            lang: fallback_lang,
            ..State::default()
        };
        state.follow(route);
        state
    }

    fn follow(&mut self, route: &Route) {
        if let Some(lang) = route.lang() {
            self.lang = lang;
        }
        match route {
            Route::Event { id, .. } => {
                self.selected_event = Some(id.clone());
                // Opening an event marks its year: the charts show the same year (one year
                // cursor), in the same render as the card.
                if let Some(event) = crate::embedded::content().event(id) {
                    self.year_cursor = Some(event.date.year());
                }
            }
            Route::Timeline { .. } => self.selected_event = None,
            // The charts and the about page keep the selection, so "back" returns to it.
            Route::Charts { .. } | Route::About { .. } | Route::Root | Route::NotFound => {}
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigated(route) => next.follow(&route),
            Action::QueryChanged(query) => {
                if let Some(window) = query.window() {
                    next.window = window;
                }
                next.categories = query.categories();
                // An address without a year keeps the marked one: the first render re-applies
                // the address after the views have marked their year.
                if query.year.is_some() {
                    next.year_cursor = query.year;
                }
                // Only an address can switch a kiosk on; nothing a visitor does switches it off.
                if let Some(kiosk) = query.kiosk {
                    next.mode = Mode::Kiosk;
                    next.kiosk = kiosk;
                }
            }
            Action::Zoom { factor, anchor } => next.window = next.window.zoom(factor, anchor),
            Action::Pan(years) => next.window = next.window.pan(years),
            Action::SetWindow(window) => {
                next.window = TimeWindow::around((window.start + window.end) / 2.0, window.width())
            }
            Action::ToggleCategory { id, all } => {
                let mut shown: BTreeSet<String> = next
                    .categories
                    .clone()
                    .unwrap_or_else(|| all.iter().cloned().collect());
                if !shown.remove(&id) {
                    shown.insert(id);
                }
                let every = all.iter().all(|c| shown.contains(c));
                next.categories = if every { None } else { Some(shown) };
            }
            Action::ShowAllCategories => next.categories = None,
            Action::SetYearCursor(year) => next.year_cursor = year,
            Action::Reset { lang } => {
                next = State {
                    lang,
                    mode: self.mode,
                    kiosk: self.kiosk.clone(),
                    ..State::default()
                }
            }
        }
        // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The shared handle to the exhibit's state, provided by `app::ExhibitProvider`. Every
/// component that reads it is drawn again on every change (each step of a drag): views that
/// need less read [`use_setting`] or [`QueryHandle`] instead.
pub type ExhibitContext = UseReducerHandle<State>;

/// What changes rarely: the visitor's language and how the exhibit is shown. Its own context,
/// so the components that read only this are not drawn again while the timeline moves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting {
    pub lang: Lang,
    pub mode: Mode,
    pub kiosk: KioskConfig,
}

impl Setting {
    /// The kiosk's setup, in kiosk mode.
    pub fn kiosk(&self) -> Option<&KioskConfig> {
        (self.mode == Mode::Kiosk).then_some(&self.kiosk)
    }
}

/// The language and mode, from any component inside the app.
#[hook]
pub fn use_setting() -> Setting {
    use_context::<Setting>().unwrap_or_else(|| Setting {
        lang: Lang::default(),
        mode: Mode::Web,
        kiosk: KioskConfig::default(),
    })
}

/// The address's query for the current state (window, filter, year, kiosk setup), read when
/// needed: links read it as they are drawn and again when followed, without being drawn again
/// on every change. The handle stays the same object, so reading it subscribes to nothing.
#[derive(Clone, Default)]
pub struct QueryHandle(Rc<std::cell::RefCell<ViewQuery>>);

impl QueryHandle {
    /// The query now.
    pub fn current(&self) -> ViewQuery {
        self.0.borrow().clone()
    }

    /// Called by the provider on every change of the state.
    pub fn set(&self, query: ViewQuery) {
        *self.0.borrow_mut() = query;
    }
}

impl PartialEq for QueryHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The exhibit's state and its dispatcher, from any component inside the app.
#[hook]
pub fn use_exhibit() -> ExhibitContext {
    use_context::<ExhibitContext>()
        .expect("use_exhibit is called inside ExhibitProvider, which wraps the whole app")
}

/// The language to show now: the address's, or for addresses without one (the not-found
/// view) the language the visitor last read.
#[hook]
pub fn use_lang() -> Lang {
    let setting = use_setting();
    crate::router::use_route().lang().unwrap_or(setting.lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(lang: Lang, id: &str) -> Route {
        Route::Event {
            lang,
            id: id.to_string(),
        }
    }

    #[test]
    fn arriving_at_an_event_selects_it_in_its_language() {
        let state = State::at(&event(Lang::Zh, "garden"), Lang::De);
        assert_eq!(state.lang, Lang::Zh);
        assert_eq!(state.selected_event.as_deref(), Some("garden"));
    }

    #[test]
    fn a_not_found_address_keeps_the_fallback_language() {
        assert_eq!(State::at(&Route::NotFound, Lang::En).lang, Lang::En);
    }

    #[test]
    fn the_timeline_clears_the_selection_but_charts_keep_it() {
        let state = Rc::new(State::at(&event(Lang::De, "garden"), Lang::De));
        let at_charts = state
            .clone()
            .reduce(Action::Navigated(Route::Charts { lang: Lang::De }));
        assert_eq!(at_charts.selected_event.as_deref(), Some("garden"));
        let home = at_charts.reduce(Action::Navigated(Route::Timeline { lang: Lang::En }));
        assert_eq!(home.selected_event, None);
        assert_eq!(home.lang, Lang::En);
    }

    #[test]
    fn an_action_that_changes_nothing_returns_the_same_state() {
        let state = Rc::new(State::at(&Route::Charts { lang: Lang::De }, Lang::De));
        let same = state
            .clone()
            .reduce(Action::Navigated(Route::Charts { lang: Lang::De }));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn reset_forgets_the_visit_but_keeps_the_mode() {
        let mut visited = State::at(&event(Lang::Zh, "garden"), Lang::De);
        visited.mode = Mode::Kiosk;
        visited.year_cursor = Some(2013);
        let reset = Rc::new(visited).reduce(Action::Reset { lang: Lang::De });
        assert_eq!(
            *reset,
            State {
                lang: Lang::De,
                mode: Mode::Kiosk,
                selected_event: None,
                year_cursor: None,
                window: TimeWindow::whole(),
                categories: None,
                kiosk: KioskConfig::default(),
            }
        );
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;

    fn all() -> Vec<String> {
        ["a", "b", "c"].map(String::from).to_vec()
    }

    #[test]
    fn toggling_every_category_back_on_shows_all_again() {
        let state = Rc::new(State::default());
        let hidden = state.reduce(Action::ToggleCategory {
            id: "b".into(),
            all: all(),
        });
        assert!(!hidden.shows_category("b") && hidden.shows_category("a"));
        let shown = hidden.reduce(Action::ToggleCategory {
            id: "b".into(),
            all: all(),
        });
        assert_eq!(shown.categories, None);
    }

    #[test]
    fn the_query_round_trips_window_and_filter() {
        let state = State {
            window: TimeWindow::around(2013.0, 4.0),
            categories: Some(["business".to_string()].into()),
            ..State::default()
        };
        let query = state.query().to_query_string();
        assert_eq!(query, "from=2011&to=2015&cat=business");
        let restored =
            Rc::new(State::default()).reduce(Action::QueryChanged(ViewQuery::parse(&query)));
        assert_eq!(restored.window, state.window);
        assert_eq!(restored.categories, state.categories);
    }

    #[test]
    fn the_year_cursor_follows_an_address_that_names_a_year_and_survives_one_that_does_not() {
        let state = Rc::new(State::default());
        let marked = state.reduce(Action::SetYearCursor(Some(2013)));
        let same = marked
            .clone()
            .reduce(Action::QueryChanged(ViewQuery::parse("")));
        assert_eq!(same.year_cursor, Some(2013));
        let moved = same.reduce(Action::QueryChanged(ViewQuery::parse("year=2021")));
        assert_eq!(moved.year_cursor, Some(2021));
        assert_eq!(moved.query().to_query_string(), "year=2021");
    }

    #[test]
    fn zoom_and_pan_keep_the_window_inside_the_span() {
        let state = Rc::new(State::default());
        let zoomed = state.reduce(Action::Zoom {
            factor: 1e6,
            anchor: 0.0,
        });
        assert!((zoomed.window.width() - 1.0).abs() < 1e-9);
        let panned = zoomed.reduce(Action::Pan(-500.0));
        assert!((panned.window.start - TimeWindow::whole().start).abs() < 1e-9);
    }
}
