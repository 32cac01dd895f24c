//! A link to one of the exhibit's views that the app follows without reloading the page.

use yew::prelude::*;

use crate::route::Route;
use crate::route::ViewQuery;
use crate::router::use_history;
use crate::state::QueryHandle;

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
/// app has loaded) that the app follows in place when clicked. The timeline's window and
/// filter go along, so the visitor keeps their place: read when the link is drawn and again
/// when it is followed, so a link is not drawn again on every step of a drag.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let history = use_history();
    let handle = use_context::<QueryHandle>().unwrap_or_default();
    let year = props.year;
    let query_now = move |handle: &QueryHandle| -> ViewQuery {
        let mut query = handle.current();
        if year.is_some() {
            query.year = year;
        }
        query
    };
    let query_string = query_now(&handle).to_query_string();
    let href = if query_string.is_empty() {
        props.to.to_path()
    } else {
        format!("{}?{query_string}", props.to.to_path())
    };
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            let new_tab = event.meta_key() || event.ctrl_key() || event.shift_key();
            if let (Some(history), false) = (&history, new_tab || event.alt_key()) {
                event.prevent_default();
                history.push_with_query(&to, &query_now(&handle).pairs());
            }
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
