//! The home view: the timeline, its category filter, and the card of the selected event.

use yew::prelude::*;

use crate::components::category_filter::CategoryFilter;
use crate::components::event_card::EventCard;
use crate::components::event_index::EventIndex;
use crate::components::route_link::RouteLink;
use crate::components::timeline::Timeline;
use crate::content_file::content;
use crate::i18n::{ui, Lang};
use crate::route::Route;

/// The start of a visit, and every event's own address (`/lang/event/id`): the timeline with
/// the `selected` event's card open; an unknown id gets a clear message in the card. A plain
/// function, not a component (it has no state); the timeline inside keeps its place when an
/// event opens, as the view's tree stays the same.
pub fn home_page(lang: Lang, selected: Option<AttrValue>) -> Html {
    let text = ui(lang);
    let content = content();
    let index = selected
        .as_ref()
        .and_then(|id| content.events.iter().position(|e| e.id == id.as_str()));
    let side = match (&selected, index) {
        (_, Some(index)) => html! { <EventCard {lang} {index} /> },
        (Some(id), None) => html! {
            <article class="event-card unknown" data-event-id={id.clone()}>
                <h1>{ text.event_unknown_heading }</h1>
                <p class="lead">{ text.event_unknown_body }</p>
                <p><RouteLink to={Route::Timeline { lang }} classes="control primary">{ text.nav_timeline }</RouteLink></p>
            </article>
        },
        (None, None) => html! {
            <div class="intro">
                <h1>{ text.home_heading }</h1>
                <p class="lead">{ text.home_intro }</p>
            </div>
        },
    };
    html! {
        <div class="page page-timeline">
            <div class="timeline-area">
                <CategoryFilter {lang} />
                <Timeline {lang} {selected} />
            </div>
            <div class="card-area">{ side }</div>
            <EventIndex {lang} />
        </div>
    }
}
