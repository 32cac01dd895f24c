//! A link to one of the exhibit's views that the app follows without reloading the page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::use_exhibit;

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
/// filter go along, so the visitor keeps their place.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    let mut query = use_exhibit().query();
    if props.year.is_some() {
        query.year = props.year;
    }
    let query_string = query.to_query_string();
    let href = if query_string.is_empty() {
        props.to.to_path()
    } else {
        format!("{}?{query_string}", props.to.to_path())
    };
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            let new_tab = event.meta_key() || event.ctrl_key() || event.shift_key();
            if let (Some(navigator), false) = (&navigator, new_tab || event.alt_key()) {
                event.prevent_default();
                let pairs = query.pairs();
                if pairs.is_empty() || navigator.push_with_query(&to, &pairs).is_err() {
                    navigator.push(&to);
                }
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
