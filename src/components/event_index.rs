//! Every event of the exhibit as a list, by era: the timeline's content as text, for screen
//! readers, for search engines and for reading before the app has loaded.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::content_file::content;
use crate::i18n::format::format_span;
use crate::i18n::{ui, Lang};
use crate::route::Route;

/// Properties of [`EventIndex`].
#[derive(Properties, PartialEq, Clone, Copy)]
pub struct EventIndexProps {
    pub lang: Lang,
}

/// The list depends on the language only, so it is not drawn again while the timeline moves.
#[component]
pub fn EventIndex(props: &EventIndexProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let content = content();
    html! {
    <section class="event-index" aria-labelledby="event-index-heading">
        <h2 id="event-index-heading">{ text.timeline_intro }</h2>
        { for content.eras.iter().map(|era| html! {
            <section class="era" aria-labelledby={format!("era-{}", era.id)}>
                <h3 id={format!("era-{}", era.id)}>
                    <span class="era-years">{ format!("{}–{}", era.start, era.end) }</span>
                    { era.name.get(lang) }
                </h3>
                <ol class="event-list">
                    { for content.events.iter().filter(|e| e.era == era.id).map(|event| html! {
                        <li class="event-item" data-category={event.category.clone()}>
                            <RouteLink to={Route::Event { lang, id: event.id.clone() }} classes="event-link">
                                <span class="event-date">{ format_span(lang, &event.date) }</span>
                                <span class="event-title">{ event.title.get(lang) }</span>
                            </RouteLink>
                        </li>
                    }) }
                </ol>
            </section>
        }) }
    </section>
    }
}
