//! The home view: the timeline, its category filter, and the card of the selected event.

use yew::prelude::*;

use crate::components::category_filter::CategoryFilter;
use crate::components::event_card::EventCard;
use crate::components::route_link::RouteLink;
use crate::components::timeline::Timeline;
use crate::embedded::content;
use crate::i18n::format::format_span;
use crate::i18n::{ui, Lang};
use crate::route::Route;
use crate::state::{use_exhibit, Action};

/// Properties of [`TimelinePage`].
#[derive(Properties, PartialEq, Clone, Debug)]
pub struct TimelinePageProps {
    pub lang: Lang,
    /// The event whose card is open (from `/lang/event/id`).
    #[prop_or_default]
    pub selected: Option<AttrValue>,
}

/// The start of a visit, and every event's own address.
#[component]
pub fn TimelinePage(props: &TimelinePageProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let content = content();
    let index = props
        .selected
        .as_ref()
        .and_then(|id| content.events.iter().position(|e| e.id == id.as_str()));
    {
        // Opening an event marks its year: the charts show the same year (one year cursor).
        let exhibit = use_exhibit();
        let year = index.map(|i| content.events[i].date.year());
        use_effect_with(year, move |year| {
            if let Some(year) = *year {
                exhibit.dispatch(Action::SetYearCursor(Some(year)));
            }
        });
    }
    let side = match (&props.selected, index) {
        (_, Some(index)) => html! { <EventCard {lang} {index} /> },
        (Some(id), None) => html! {
            <article class="event-card unknown" data-event-id={id.clone()}>
                <h1>{ text.event_unknown_heading }</h1>
                <p class="lead">{ text.event_unknown_body }</p>
                <p><RouteLink to={Route::Timeline { lang }} classes="button">{ text.nav_timeline }</RouteLink></p>
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
                <Timeline {lang} selected={props.selected.clone()} />
            </div>
            <div class="card-area">{ side }</div>
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
        </div>
    }
}
