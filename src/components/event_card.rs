//! An event's card: date at its precision, title, text, topic, how sure we are, sources, and
//! the events before and after.

use yew::prelude::*;

use crate::components::category_icon::CategoryIcon;
use crate::components::picture_figure::PictureFigure;
use crate::components::route_link::RouteLink;
use crate::components::source_list::SourceList;
use crate::components::take_home::TakeHome;
use crate::content::Confidence;
use crate::content_file::content;
use crate::i18n::format::{format_amount, format_span, format_year};
use crate::i18n::{ui, Lang};
use crate::route::Route;
use crate::state::use_setting;

/// Properties of [`EventCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct EventCardProps {
    pub lang: Lang,
    /// Index of the event in the content's (date-sorted) events.
    pub index: usize,
}

/// The card of one event.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let content = content();
    let card = use_node_ref();
    let setting = use_setting();
    {
        // A card opened below the fold (portrait screens, phones) scrolls into view.
        let card = card.clone();
        use_effect_with(props.index, move |_| {
            if let (Some(element), Some(window)) =
                (card.cast::<web_sys::Element>(), web_sys::window())
            {
                let height = window
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0);
                if element.get_bounding_client_rect().top() > height * 0.8 {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    let Some(event) = content.events.get(props.index) else {
        return Html::default();
    };
    let category = content.category(&event.category);
    let neighbour = |offset: isize, label: &'static str, class: &'static str| {
        props
            .index
            .checked_add_signed(offset)
            .and_then(|i| content.events.get(i))
            .map(|other| html! {
                <RouteLink to={Route::Event { lang, id: other.id.clone() }} classes={classes!("button", "neighbour", class)}>
                    <span class="neighbour-label">{ label }</span>
                    <span class="neighbour-title">{ other.title.get(lang) }</span>
                </RouteLink>
            })
            .unwrap_or_default()
    };
    let confidence = match event.confidence {
        // A verified event carries a note only when it rests on its issuer's own word.
        Confidence::Verified => Some(text.confidence_own_account),
        Confidence::Inferred => Some(text.confidence_inferred),
        Confidence::Uncertain => Some(text.confidence_uncertain),
    };
    html! {
        <article class="event-card" ref={card} data-event-id={event.id.clone()} aria-labelledby="event-card-title">
            <p class="event-date">{ format_span(lang, &event.date) }</p>
            <h1 id="event-card-title">{ event.title.get(lang) }</h1>
            if let Some(category) = category {
                <p class="event-category" data-style={format!("--category: {}", category.colour)}>
                    <CategoryIcon icon={category.icon.clone()} />
                    <span class="visually-hidden">{ text.event_category }{ ": " }</span>
                    { category.name.get(lang) }
                </p>
            }
            if let Some(picture) = event.picture.as_deref().and_then(|id| content.pictures.iter().find(|p| p.id == id)) {
                <PictureFigure {lang} picture={picture.clone()} kiosk={setting.kiosk().is_some()} />
            }
            <p class="event-text">{ event.text.get(lang) }</p>
            if let (Some(label), Some(note)) = (confidence, event.confidence_note.as_ref()) {
                <p class="confidence"><strong>{ label }{ ": " }</strong>{ note.get(lang) }</p>
            }
            if !event.links.is_empty() {
                <h2>{ text.event_figures_heading }</h2>
                <ul class="event-figures">
                    { for event.links.iter().filter_map(|link| {
                        let series = content.series.iter().find(|s| s.id == link.series)?;
                        let point = series.points.iter().find(|p| p.year == link.year)?;
                        let amount = format_amount(lang, point.value * series.scale, series.currency.as_deref());
                        Some(html! {
                            <li data-series={series.id.clone()}>
                                <RouteLink to={Route::Charts { lang }} year={Some(link.year)} classes="event-figure">
                                    <span class="event-figure-value">{ amount }</span>
                                    <span class="event-figure-label">
                                        { format!("{}, {}", series.title.get(lang), format_year(lang, link.year)) }
                                    </span>
                                </RouteLink>
                            </li>
                        })
                    }) }
                </ul>
            }
            if setting.kiosk().is_some() {
                <TakeHome address={setting.public_address(&Route::Event { lang, id: event.id.clone() }, None)}
                    label={text.take_home} />
            }
            <h2>{ text.event_sources_heading }</h2>
            <SourceList {lang} sources={event.sources.clone()} />
            <nav class="event-neighbours" aria-label={text.timeline_label}>
                { neighbour(-1, text.event_previous, "previous") }
                { neighbour(1, text.event_next, "next") }
            </nav>
            <RouteLink to={Route::Timeline { lang }} classes="close-card">{ text.close_card }</RouteLink>
        </article>
    }
}
