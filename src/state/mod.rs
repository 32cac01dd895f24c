//! Where the visitor is: one `State`, changed only through `Action`s.
//!
//! The state holds the view (`route`) and everything the address's query keeps; the provider
//! (`provider.rs`) starts it from the address, hears the back and forward buttons, and is the
//! only writer of the address. So a shared link or a reload restores the same view, and the
//! address always says what the screen shows.

pub mod provider;
pub mod tallies;

use crate::sorted::SortedSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::content_file::content;
use crate::history::{Location, Step};
use crate::i18n::Lang;
use crate::kiosk::counts::Tally;
use crate::kiosk::KioskConfig;
use crate::query::{Address, ViewQuery};
use crate::route::Route;
use crate::time_axis::TimeWindow;

pub use tallies::Tallies;

pub use provider::{
    use_dispatch, use_exhibit, use_lang, use_link_query, use_route, use_setting, ExhibitContext,
    ExhibitProvider, Setting,
};

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
    /// The view: which page, in which language, which event's card is open.
    pub route: Route,
    /// The language of the last view whose address named one: what views without one (the
    /// not-found view) are shown in.
    pub last_lang: Lang,
    /// Web or kiosk.
    pub mode: Mode,
    /// How this kiosk is set up (used in kiosk mode only).
    pub kiosk: KioskConfig,
    /// The year marked on the timeline and the charts.
    pub year_cursor: Option<i32>,
    /// The visible stretch of the timeline.
    pub window: TimeWindow,
    /// The categories shown; `None` shows all.
    pub categories: Option<SortedSet<String>>,
    /// Where the exhibit is served from (`https://…`): where a kiosk's "take it home" codes
    /// lead when its setup names no public address. Empty on the server.
    pub origin: String,
    /// How the latest change of view enters the browser's history.
    pub step: Step,
    /// Counts arrivals at a view (a link followed, an address opened, back or forward): a
    /// view that brings into sight what the visitor came for does so once per arrival, not
    /// on every change the visitor makes inside it.
    pub arrival: u32,
    /// The staff's door on a kiosk: closed, the PIN pad, or the staff panel.
    pub staff: StaffView,
    /// The staff opened the panel during this visit: nothing more of it is counted.
    pub staff_visit: bool,
    /// The attract loop, not a visitor, chose the view.
    pub touring: bool,
    /// What the kiosk counts of its visits (kiosks only; kept on the device by an effect).
    pub tallies: Tallies,
}

/// What of the staff's door a kiosk shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StaffView {
    #[default]
    Closed,
    /// The PIN pad, after the staff's gesture.
    Pin,
    /// The staff panel, after the right PIN.
    Panel,
}

/// Everything that can change the visitor's place.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address bar changed outside the app: the page was opened or reloaded, or the
    /// visitor went back or forward.
    Arrived(Location),
    /// The visitor goes to another view (a link, a marker); `year` marks a year on arrival.
    Go {
        route: Route,
        year: Option<i32>,
        step: Step,
    },
    /// Zoom the timeline by `factor` (above 1 zooms in) around `anchor` (0–1 along the axis).
    Zoom { factor: f64, anchor: f64 },
    /// Move the timeline by this many years.
    Pan(f64),
    /// Show exactly this window.
    SetWindow(TimeWindow),
    /// Show or hide one category.
    ToggleCategory(String),
    /// Show every category.
    ShowAllCategories,
    /// The visitor marked a year, or cleared the mark.
    SetYearCursor(Option<i32>),
    /// Back to the start for the next visitor: the kiosk's language, nothing selected.
    Reset,
    /// The kiosk's attract loop shows this event.
    Tour(String),
    /// A visit ended at the kiosk's idle reset after this many seconds of use: counted, then
    /// back to the start as `Reset`.
    VisitEnded { secs: u32 },
    /// A visitor did something the kiosk counts (played a chart, was shown a QR code).
    Count(Tally),
    /// Opens or closes the staff's PIN pad or panel.
    Staff(StaffView),
}

impl State {
    /// The state a visitor arriving at `location` starts in.
    pub fn at(location: &Location) -> Self {
        let mut state = State::default();
        state.arrive(location);
        state
    }

    /// The state for `location`'s view alone, its query not yet applied: the first render of
    /// a prerendered page, which must match the page as it was built (with no query).
    pub fn at_view_of(location: &Location) -> Self {
        let mut state = State::default();
        let route = location.route();
        state.answer_unknown_in(&route, location);
        state.follow(route, None);
        state
    }

    /// An address the exhibit does not know is answered in the language it names
    /// (`/zh/nowhere`), else in the last view's.
    fn answer_unknown_in(&mut self, route: &Route, location: &Location) {
        if *route == Route::NotFound {
            if let Some(lang) = location.named_lang() {
                self.last_lang = lang;
            }
        }
    }

    /// The language to show.
    pub fn lang(&self) -> Lang {
        self.route.lang().unwrap_or(self.last_lang)
    }

    /// The event whose card is open.
    pub fn selected_event(&self) -> Option<&str> {
        match &self.route {
            Route::Event { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The kiosk's setup, in kiosk mode.
    pub fn kiosk(&self) -> Option<&KioskConfig> {
        (self.mode == Mode::Kiosk).then_some(&self.kiosk)
    }

    /// What the address's query keeps of this state. An event's own year is implied by its
    /// address (arriving there marks it), so only another year is written.
    pub fn query(&self) -> ViewQuery {
        let implied = match &self.route {
            Route::Event { id, .. } => content().event(id).map(|event| event.date.year()),
            _ => None,
        };
        ViewQuery {
            window: ViewQuery::window_of(&self.window),
            categories: self.categories.clone(),
            year: self.year_cursor.filter(|year| Some(*year) != implied),
            kiosk: self.kiosk().cloned(),
            lang: None,
        }
    }

    /// The address of this state; `None` on the not-found view, whose address stays as the
    /// visitor typed it.
    pub fn address(&self) -> Option<Address> {
        (self.route != Route::NotFound).then(|| Address {
            route: self.route.clone(),
            query: self.query(),
        })
    }

    /// Whether an event of this category is shown.
    pub fn shows_category(&self, id: &str) -> bool {
        self.categories
            .as_ref()
            .is_none_or(|shown| shown.contains(id))
    }

    fn arrive(&mut self, location: &Location) {
        let query = ViewQuery::parse(&location.query);
        let route = match location.route() {
            // The start page moves on at once: to the language the address asks for (a
            // kiosk's, `/?lang=zh`), else the first exhibit language the browser prefers,
            // else German.
            Route::Root => Route::Timeline {
                lang: query
                    .kiosk
                    .as_ref()
                    .map(|kiosk| kiosk.home)
                    .or(query.lang)
                    .or_else(|| {
                        Lang::from_preferences(location.languages.iter().map(String::as_str))
                    })
                    .unwrap_or_default(),
            },
            route => route,
        };
        self.answer_unknown_in(&route, location);
        // The address says everything: a year it does not name is not marked (an event's
        // own address marks the event's year).
        self.year_cursor = None;
        self.follow(route, query.year);
        self.window = query.time_window();
        self.categories = query.categories.as_ref().and_then(known_categories);
        // Only an address can switch a kiosk on; nothing a visitor does switches it off.
        if let Some(kiosk) = query.kiosk {
            self.mode = Mode::Kiosk;
            self.kiosk = kiosk;
        }
        if !location.origin.is_empty() {
            self.origin = location.origin.clone();
        }
        // The address is already there: writing it again must not add a back-button step.
        self.step = Step::Replace;
    }

    fn follow(&mut self, route: Route, year: Option<i32>) {
        if let Some(lang) = route.lang() {
            self.last_lang = lang;
        }
        // Opening an event marks its year: the charts show the same year (one year cursor).
        if let Route::Event { id, .. } = &route {
            if let Some(event) = content().event(id) {
                self.year_cursor = Some(event.date.year());
            }
        }
        if year.is_some() {
            self.year_cursor = year;
        }
        self.route = route;
    }
}

/// Who moved: a visitor, or the kiosk itself (reset, attract loop) and everything else.
enum Kind {
    Visitor,
    Other,
}

impl State {
    /// Whether what a visitor does now is counted: on a kiosk, during a visit (not the
    /// attract loop), and not while the staff are at it.
    fn counts_now(&self) -> bool {
        self.mode == Mode::Kiosk
            && !self.touring
            && !self.staff_visit
            && self.staff == StaffView::Closed
    }

    fn count(&mut self, tally: Tally) {
        self.tallies.push(tally);
    }

    /// The start for the next visitor: the kiosk's language, nothing selected, staff door shut.
    fn start_over(&self) -> State {
        let home = self.kiosk.home;
        State {
            route: Route::Timeline { lang: home },
            last_lang: home,
            mode: self.mode,
            kiosk: self.kiosk.clone(),
            origin: self.origin.clone(),
            step: Step::Replace,
            tallies: self.tallies.clone(),
            ..State::default()
        }
    }
}

/// The categories of an address that the content knows; `None` (all) when it names none
/// that exist, so an odd or outdated link never empties the timeline. An explicitly empty
/// list (`cat=`: every category hidden) stays empty.
fn known_categories(named: &SortedSet<String>) -> Option<SortedSet<String>> {
    let categories = &content().categories;
    let known = |id: &str| categories.iter().any(|c| c.id == id);
    // Links written before commas were kept plain carry one item `business,culture`.
    let shown: SortedSet<String> = named
        .iter()
        .flat_map(|item| item.split(','))
        .filter(|id| known(id))
        .map(String::from)
        .collect();
    if shown.is_empty() && !named.is_empty() {
        return None;
    }
    let every = categories.iter().all(|c| shown.contains(&c.id));
    (!every || categories.is_empty()).then_some(shown)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // A visitor's move (a link, back or forward) rather than the kiosk's own.
        let action_kind = match &action {
            Action::Arrived(_) | Action::Go { .. } => Kind::Visitor,
            _ => Kind::Other,
        };
        if matches!(
            action,
            Action::Arrived(_) | Action::Go { .. } | Action::Tour(_)
        ) {
            next.arrival = self.arrival.wrapping_add(1);
        }
        match action {
            Action::Arrived(location) => next.arrive(&location),
            Action::Go { route, year, step } => {
                next.follow(route, year);
                next.step = step;
            }
            Action::Zoom { factor, anchor } => next.window = next.window.zoom(factor, anchor),
            Action::Pan(years) => next.window = next.window.pan(years),
            Action::SetWindow(window) => {
                next.window = TimeWindow::around((window.start + window.end) / 2.0, window.width())
            }
            Action::ToggleCategory(id) => {
                let all: Vec<&String> = content().categories.iter().map(|c| &c.id).collect();
                let mut shown: SortedSet<String> = next
                    .categories
                    .clone()
                    .unwrap_or_else(|| all.iter().map(|id| id.to_string()).collect());
                if !shown.remove(&id) {
                    shown.insert(id);
                }
                let every = all.iter().all(|c| shown.contains(*c));
                next.categories = if every { None } else { Some(shown) };
            }
            Action::ShowAllCategories => next.categories = None,
            Action::SetYearCursor(year) => next.year_cursor = year,
            Action::Reset => next = self.start_over(),
            Action::VisitEnded { secs } => {
                if self.mode == Mode::Kiosk && !self.staff_visit {
                    next.count(Tally::Visit { secs });
                }
                let tallies = next.tallies.clone();
                next = self.start_over();
                next.tallies = tallies;
            }
            Action::Count(tally) => {
                if self.counts_now() {
                    next.count(tally);
                }
            }
            Action::Staff(view) => {
                next.staff = view;
                next.staff_visit |= view == StaffView::Panel;
            }
            Action::Tour(id) => {
                // `Replace`: a day of attract loops must not grow the history.
                next.follow(
                    Route::Event {
                        lang: self.kiosk.home,
                        id,
                    },
                    None,
                );
                next.step = Step::Replace;
                next.touring = true;
            }
        }
        if matches!(action_kind, Kind::Visitor) {
            next.touring = false;
            if self.counts_now() {
                if let Some(id) = next
                    .selected_event()
                    .filter(|id| self.selected_event() != Some(*id))
                {
                    let tally = Tally::EventOpened(id.to_string());
                    next.count(tally);
                }
                if next.route.lang().is_some_and(|lang| lang != self.lang()) {
                    let tally = Tally::LanguageChosen(next.lang());
                    next.count(tally);
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

#[cfg(test)]
mod tests;
