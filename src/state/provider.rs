//! The owner of the state and of the address: starts the state from the address, hears the
//! back and forward buttons, and writes every change back — the only writer of the address.
//!
//! Views read the state through small contexts, so that what changes on every step of a drag
//! (the window) redraws only the views that show it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::{Action, Mode, State};
use crate::history::{History, Location, Step};
use crate::i18n::Lang;
use crate::kiosk::KioskConfig;
use crate::query::{Address, ViewQuery};
use crate::route::Route;

/// How long the visitor must pause before the address follows the timeline, in ms: browsers
/// limit how often an address may change, and a link need not follow every step of a drag.
const PAUSE_MS: u32 = 400;

/// The shared handle to the state. Every component that reads it is drawn again on every
/// change (each step of a drag): views that need less read [`use_setting`], [`use_route`],
/// [`use_link_query`] or [`use_dispatch`] instead.
pub type ExhibitContext = UseReducerHandle<State>;

/// What changes rarely: the visitor's language and how the exhibit is shown.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Setting {
    pub lang: Lang,
    pub mode: Mode,
    pub kiosk: KioskConfig,
    /// Where "take it home" codes lead: the kiosk's public address, else its own origin.
    pub public_base: String,
}

impl Setting {
    /// The kiosk's setup, in kiosk mode.
    pub fn kiosk(&self) -> Option<&KioskConfig> {
        (self.mode == Mode::Kiosk).then_some(&self.kiosk)
    }

    /// The public web address of a view, for a visitor's phone: no kiosk setup, only the
    /// year when one is given.
    pub fn public_address(&self, route: &Route, year: Option<i32>) -> String {
        let address = Address {
            route: route.clone(),
            query: ViewQuery {
                year,
                ..ViewQuery::default()
            },
        };
        format!("{}{}", self.public_base, address.href())
    }
}

/// The query that links carry: the one the address bar holds now (window, filter, year, kiosk
/// setup). It follows the address, not every step of a drag.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LinkQuery(pub ViewQuery);

/// Properties of [`ExhibitProvider`].
#[derive(Properties, PartialEq)]
pub struct ExhibitProviderProps {
    /// Where the address comes from: the browser's, or a fixed one for the server renderer.
    pub history: History,
    /// The page holds the prerendered view of its address: the first render must match it, so
    /// the query (window, filter, kiosk setup) is applied right after it, not in it.
    #[prop_or_default]
    pub hydrating: bool,
    pub children: Html,
}

/// Holds the one `State`, starts it from the address and keeps the address following it.
#[component]
pub fn ExhibitProvider(props: &ExhibitProviderProps) -> Html {
    let history = props.history.clone();
    let state = {
        let location = history.location();
        let hydrating = props.hydrating;
        use_reducer(move || {
            if hydrating {
                State::at_view_of(&location)
            } else {
                State::at(&location)
            }
        })
    };
    let link_query = use_state_eq(|| LinkQuery(state.query()));

    // Reading the address: the query right after hydration, then every back and forward.
    {
        let dispatcher = state.dispatcher();
        let hydrating = props.hydrating;
        use_effect_with(history.clone(), move |history| {
            if hydrating {
                dispatcher.dispatch(Action::Arrived(history.location()));
            }
            let moved = dispatcher.clone();
            let listening = history
                .on_back_or_forward(move |location| moved.dispatch(Action::Arrived(location)));
            move || drop(listening)
        });
    }

    // Writing the address: a new view at once, a query that follows the timeline after a
    // pause. A write still waiting is dropped (and so cancelled) by the next change; when the
    // view changes meanwhile, the place left is written first, so "back" returns to it exactly.
    let waiting: Rc<RefCell<Option<(Timeout, String)>>> = use_mut_ref(|| None);
    {
        let address = state.address();
        let step = state.step;
        let (history, link_query) = (history.clone(), link_query.setter());
        use_effect_with(address, move |address| {
            let left = waiting.borrow_mut().take().map(|(_, href)| href);
            let Some(address) = address else {
                return;
            };
            let href = address.href();
            let now = Location::parse(&history.href());
            let query = LinkQuery(address.query.clone());
            if now.href() == href {
                link_query.set(query);
            } else if now.route() != address.route {
                if let Some(left) = left {
                    history.write(&left, Step::Replace);
                }
                history.write(&href, step);
                link_query.set(query);
            } else {
                let later = href.clone();
                let timeout = Timeout::new(PAUSE_MS, move || {
                    history.write(&later, Step::Replace);
                    link_query.set(query);
                });
                *waiting.borrow_mut() = Some((timeout, href));
            }
        });
    }

    let setting = Setting {
        lang: state.lang(),
        mode: state.mode,
        kiosk: state.kiosk.clone(),
        public_base: state
            .kiosk
            .public
            .clone()
            .unwrap_or_else(|| format!("{}{}", state.origin, crate::base::base())),
    };
    html! {
        <ContextProvider<ExhibitContext> context={state.clone()}>
            <ContextProvider<UseReducerDispatcher<State>> context={state.dispatcher()}>
                <ContextProvider<Setting> context={setting}>
                    <ContextProvider<Route> context={state.route.clone()}>
                        <ContextProvider<LinkQuery> context={(*link_query).clone()}>
                            { props.children.clone() }
                        </ContextProvider<LinkQuery>>
                    </ContextProvider<Route>>
                </ContextProvider<Setting>>
            </ContextProvider<UseReducerDispatcher<State>>>
        </ContextProvider<ExhibitContext>>
    }
}

/// The state and its dispatcher; drawn again on every change.
#[hook]
pub fn use_exhibit() -> ExhibitContext {
    use_context::<ExhibitContext>()
        .expect("use_exhibit is called inside ExhibitProvider, which wraps the whole app")
}

/// Sends actions without being drawn again when the state changes (links, buttons).
#[hook]
pub fn use_dispatch() -> Option<UseReducerDispatcher<State>> {
    use_context::<UseReducerDispatcher<State>>()
}

/// The language, mode and kiosk setup.
#[hook]
pub fn use_setting() -> Setting {
    use_context::<Setting>().unwrap_or_default()
}

/// The language to show now.
#[hook]
pub fn use_lang() -> Lang {
    use_setting().lang
}

/// The view now ([`Route::NotFound`] outside the provider).
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::NotFound)
}

/// The query links carry (see [`LinkQuery`]).
#[hook]
pub fn use_link_query() -> ViewQuery {
    use_context::<LinkQuery>().unwrap_or_default().0
}
