//! One event, addressed by its id.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::{ui, Lang};
use crate::route::Route;

/// Properties of [`EventPage`].
#[derive(Properties, PartialEq, Clone, Debug)]
pub struct EventPageProps {
    /// The language from the address.
    pub lang: Lang,
    /// The event's id from the address.
    pub id: AttrValue,
}

/// An event's card; an id the content does not know gets a clear message and a way back.
#[component]
pub fn EventPage(props: &EventPageProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    html! {
        <article class="page page-event" data-event-id={props.id.clone()}>
            <h1>{ text.event_unknown_heading }</h1>
            <p class="lead">{ text.event_unknown_body }</p>
            <p><RouteLink to={Route::Timeline { lang }} classes="button">{ text.nav_timeline }</RouteLink></p>
        </article>
    }
}
