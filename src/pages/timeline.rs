//! The home view: the exhibit's introduction and every event, era by era.

use yew::prelude::*;

use super::LangProps;
use crate::components::route_link::RouteLink;
use crate::embedded::content;
use crate::i18n::format::format_span;
use crate::i18n::ui;
use crate::route::Route;

/// The start of a visit.
#[component]
pub fn TimelinePage(props: &LangProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let content = content();
    html! {
        <article class="page page-timeline">
            <h1>{ text.home_heading }</h1>
            <p class="lead">{ text.home_intro }</p>
            <p>{ text.timeline_intro }</p>
            { for content.eras.iter().map(|era| html! {
                <section class="era" aria-labelledby={format!("era-{}", era.id)}>
                    <h2 id={format!("era-{}", era.id)}>
                        <span class="era-years">{ format!("{}–{}", era.start, era.end) }</span>
                        { era.name.get(lang) }
                    </h2>
                    <ol class="event-list">
                        { for content.events.iter().filter(|e| e.era == era.id).map(|event| {
                            let category = content.category(&event.category);
                            html! {
                                <li class="event-item" data-category={event.category.clone()}>
                                    <RouteLink to={Route::Event { lang, id: event.id.clone() }} classes="event-link">
                                        <span class="event-date">{ format_span(lang, &event.date) }</span>
                                        <span class="event-title">{ event.title.get(lang) }</span>
                                        if let Some(category) = category {
                                            <span class="event-category" style={format!("--category: {}", category.colour)}>
                                                { category.name.get(lang) }
                                            </span>
                                        }
                                    </RouteLink>
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }) }
            <ul class="teasers">
                <li>
                    <RouteLink to={Route::Charts { lang }} classes="teaser">
                        <span class="teaser-title">{ text.nav_charts }</span>
                        <span class="teaser-text">{ text.home_charts_teaser }</span>
                    </RouteLink>
                </li>
                <li>
                    <RouteLink to={Route::About { lang }} classes="teaser">
                        <span class="teaser-title">{ text.nav_about }</span>
                        <span class="teaser-text">{ text.home_about_teaser }</span>
                    </RouteLink>
                </li>
            </ul>
        </article>
    }
}
