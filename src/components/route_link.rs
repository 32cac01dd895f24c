//! A link to one of the exhibit's views that the app follows without reloading the page.

use yew::prelude::*;

use crate::history::Step;
use crate::query::Address;
use crate::route::Route;
use crate::state::{use_dispatch, use_link_query, Action, State};

/// Properties of [`RouteLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct RouteLinkProps {
    /// Where the link goes.
    pub to: Route,
    /// CSS classes of the `<a>`.
    #[prop_or_default]
    pub classes: Classes,
    /// Marks the link as the page the visitor is on (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
    /// Language of the linked view and of the link's text, for links to another language.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// Marks this year on arrival (the year cursor), instead of the year marked now.
    #[prop_or_default]
    pub year: Option<i32>,
    /// The link's content.
    pub children: Html,
}

/// `<a href>` with the view's real address (it works when opened in a new tab and before the
/// app has loaded) that the app follows in place when clicked. The address carries the query
/// the address bar holds now (window, filter, year, and on a kiosk its setup), so the visitor
/// keeps their place however the link is followed.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let dispatch = use_dispatch();
    let mut query = use_link_query();
    if props.year.is_some() {
        query.year = props.year;
    }
    let href = crate::base::outward(
        &Address {
            route: props.to.clone(),
            query,
        }
        .href(),
    );
    let onclick = {
        let (route, year) = (props.to.clone(), props.year);
        Callback::from(move |event: MouseEvent| {
            follow_in_place(&event, dispatch.as_ref(), || route.clone(), year)
        })
    };
    html! {
        <a
            {href}
            class={props.classes.clone()}
            aria-current={props.current.then_some("page")}
            hreflang={props.lang.clone()}
            lang={props.lang.clone()}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}

/// Follows a click on a link to `route` in place: the app shows the view without loading the
/// page, unless the visitor asked the browser for a new tab or window or a download (a
/// modifier key) or there is no app state to follow it in.
pub fn follow_in_place(
    event: &MouseEvent,
    dispatch: Option<&UseReducerDispatcher<State>>,
    route: impl FnOnce() -> Route,
    year: Option<i32>,
) {
    let new_tab = event.meta_key() || event.ctrl_key() || event.shift_key();
    if let (Some(dispatch), false) = (dispatch, new_tab || event.alt_key()) {
        event.prevent_default();
        dispatch.dispatch(Action::Go {
            route: route(),
            year,
            step: Step::Push,
        });
    }
}
