//! One event, addressed by its id: its card.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::components::source_list::SourceList;
use crate::content::Confidence;
use crate::embedded::content;
use crate::i18n::format::format_span;
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

/// The event's card: date at its precision, title, text, topic, how sure we are, sources,
/// and the events before and after. An unknown id gets a clear message and a way back.
#[component]
pub fn EventPage(props: &EventPageProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let content = content();
    let Some(index) = content
        .events
        .iter()
        .position(|e| e.id == props.id.as_str())
    else {
        return html! {
            <article class="page page-event" data-event-id={props.id.clone()}>
                <h1>{ text.event_unknown_heading }</h1>
                <p class="lead">{ text.event_unknown_body }</p>
                <p><RouteLink to={Route::Timeline { lang }} classes="button">{ text.nav_timeline }</RouteLink></p>
            </article>
        };
    };
    let event = &content.events[index];
    let category = content.category(&event.category);
    let neighbour = |offset: isize, label: &'static str, class: &'static str| {
        index
            .checked_add_signed(offset)
            .and_then(|i| content.events.get(i))
            .map(|other| html! {
                <RouteLink to={Route::Event { lang, id: other.id.clone() }} classes={classes!("button", class)}>
                    <span class="neighbour-label">{ label }</span>
                    <span class="neighbour-title">{ other.title.get(lang) }</span>
                </RouteLink>
            })
    };
    let confidence = match event.confidence {
        Confidence::Verified => None,
        Confidence::Inferred => Some(text.confidence_inferred),
        Confidence::Uncertain => Some(text.confidence_uncertain),
    };
    html! {
        <article class="page page-event event-card" data-event-id={props.id.clone()}>
            <p class="event-date">{ format_span(lang, &event.date) }</p>
            <h1>{ event.title.get(lang) }</h1>
            if let Some(category) = category {
                <p class="event-category" style={format!("--category: {}", category.colour)}>
                    <span class="visually-hidden">{ text.event_category }{ ": " }</span>
                    { category.name.get(lang) }
                </p>
            }
            <p class="lead">{ event.text.get(lang) }</p>
            if let (Some(label), Some(note)) = (confidence, event.confidence_note.as_ref()) {
                <p class="confidence"><strong>{ label }{ ": " }</strong>{ note.get(lang) }</p>
            }
            <h2>{ text.event_sources_heading }</h2>
            <SourceList {lang} sources={event.sources.clone()} />
            <nav class="event-neighbours">
                { neighbour(-1, text.event_previous, "previous").unwrap_or_default() }
                { neighbour(1, text.event_next, "next").unwrap_or_default() }
            </nav>
        </article>
    }
}
