//! An event's card: date at its precision, title, text, topic, how sure we are, sources, and
//! the events before and after. Where the card has a height of its own (beside the timeline on
//! a landscape screen) it scrolls inside itself, and while more of it lies below, a fade at its
//! bottom edge and a "read on" control say so.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::category_icon::category_icon;
use crate::components::control_icon::{control_icon, Glyph};
use crate::components::embed_code::EmbedCode;
use crate::components::picture_figure::picture_figure;
use crate::components::route_link::RouteLink;
use crate::components::series_table::word_space;
use crate::components::source_list::SourceList;
use crate::components::take_home::TakeHome;
use crate::content::Confidence;
use crate::content_file::content;
use crate::i18n::format::{colon, comma, format_amount, format_span, format_year};
use crate::i18n::{ui, Lang};
use crate::query::{Address, ViewQuery};
use crate::route::Route;
use crate::state::use_setting;

/// Properties of [`EventCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct EventCardProps {
    pub lang: Lang,
    /// Index of the event in the content's (date-sorted) events.
    pub index: usize,
    /// Shown alone in another website's frame (`/embed/<lang>/event/<id>`): no way to the
    /// neighbours or back to the timeline, and links to the exhibit open a new tab, so the
    /// frame never turns into the whole exhibit nor moves its host page.
    #[prop_or_default]
    pub embedded: bool,
}

/// Whether the card scrolls inside itself, whether some of it lies below what shows, and the
/// room from the card's top to the bottom of the screen (with the page at its top).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Overflow {
    scrolls: bool,
    more_below: bool,
    room: Option<i32>,
}

impl Overflow {
    fn of(card: &web_sys::Element) -> Self {
        let (total, shown, top) = (
            card.scroll_height(),
            card.client_height(),
            card.scroll_top(),
        );
        // The card's place in the page: the frame's parent (the card area), which the card's
        // own height does not move.
        let room = card
            .parent_element()
            .and_then(|frame| frame.parent_element())
            .zip(web_sys::window())
            .and_then(|(area, window)| {
                let screen = window.inner_height().ok()?.as_f64()?;
                let scrolled = window.scroll_y().unwrap_or(0.0);
                let top = area.get_bounding_client_rect().top() + scrolled;
                Some((screen - top - 12.0).round() as i32)
            });
        Overflow {
            scrolls: total > shown + 1,
            // A pixel or two of rounding at the end is no "more".
            more_below: total - top - shown > 2,
            room,
        }
    }
}

/// What the browser calls back while a card is shown, released with it.
struct Watch {
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    /// The frame in which a change of size is measured: not inside the observer's callback,
    /// where the cue it shows or hides would resize what it observes within one delivery
    /// (which browsers report as "ResizeObserver loop completed with undelivered
    /// notifications").
    _frame: Rc<RefCell<Option<gloo_render::AnimationFrame>>>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// The card of one event.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let content = content();
    let card = use_node_ref();
    let setting = use_setting();
    let overflow = use_state_eq(Overflow::default);
    {
        // Measured again whenever the card or any part of it changes size: a picture or a font
        // arriving, another event, another language, a turned screen.
        let card = card.clone();
        let overflow = overflow.setter();
        use_effect_with((props.index, lang), move |_| {
            let watch = card.cast::<web_sys::Element>().map(|element| {
                // Not measured here, which would lay the page out before the tap's frame has
                // finished changing it: the observer reports the card's first size after the
                // frame's layout, and it is measured in the frame after.
                let measure = {
                    let element = element.clone();
                    move || overflow.set(Overflow::of(&element))
                };
                let frame = Rc::new(RefCell::new(None));
                let later = {
                    let frame = frame.clone();
                    move || {
                        let measure = measure.clone();
                        *frame.borrow_mut() =
                            Some(gloo_render::request_animation_frame(move |_| measure()));
                    }
                };
                let on_resize = Closure::<dyn FnMut()>::new(later);
                let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
                    .ok()
                    .inspect(|observer| {
                        observer.observe(&element);
                        let mut child = element.first_element_child();
                        while let Some(part) = child {
                            observer.observe(&part);
                            child = part.next_element_sibling();
                        }
                    });
                Watch {
                    observer,
                    _on_resize: on_resize,
                    _frame: frame,
                }
            });
            move || drop(watch)
        });
    }
    let on_scroll = {
        let card = card.clone();
        let overflow = overflow.setter();
        Callback::from(move |_: Event| {
            if let Some(element) = card.cast::<web_sys::Element>() {
                overflow.set(Overflow::of(&element));
            }
        })
    };
    // On by most of what shows, so the line at the fade is read again at the top.
    let read_on = {
        let card = card.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(element) = card.cast::<web_sys::Element>() {
                let step = (f64::from(element.client_height()) * 0.75) as i32;
                element.set_scroll_top(element.scroll_top() + step);
            }
        })
    };
    {
        // Another event's card starts at its top; a card opened below the fold (portrait
        // screens, phones) scrolls into view.
        // Where the card lies is read in the animation frame, once the tap's changes are all
        // made, so the frame is laid out once, not once here and again for the paint.
        let card = card.clone();
        use_effect_with(props.index, move |_| {
            let frame = card.cast::<web_sys::Element>().map(|element| {
                gloo_render::request_animation_frame(move |_| {
                    // Setting the scroll lays the page out too.
                    element.set_scroll_top(0);
                    let height = web_sys::window()
                        .and_then(|window| window.inner_height().ok())
                        .and_then(|h| h.as_f64())
                        .unwrap_or(0.0);
                    if element.get_bounding_client_rect().top() > height * 0.8 {
                        let options = web_sys::ScrollIntoViewOptions::new();
                        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                        element.scroll_into_view_with_scroll_into_view_options(&options);
                    }
                })
            });
            move || drop(frame)
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
                <RouteLink to={Route::Event { lang, id: other.id.clone() }} classes={classes!("control", "neighbour", class)}>
                    if offset < 0 {
                        { control_icon(Glyph::Previous) }
                    }
                    <span class="neighbour-label">{ label }</span>
                    <span class="neighbour-title">{ other.title.get(lang) }</span>
                    if offset > 0 {
                        { control_icon(Glyph::Next) }
                    }
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
        <div class={classes!("event-card-frame", overflow.more_below.then_some("more-below"))}
            data-style={overflow.room.map(|room| format!("--card-room: {room}px"))}>
        // Scrolling inside itself, the card takes the keyboard's focus, so arrows and Page
        // Down move it on too.
        <article class="event-card" ref={card} data-event-id={event.id.clone()} aria-labelledby="event-card-title"
            tabindex={overflow.scrolls.then_some("0")} onscroll={on_scroll}>
            <p class="event-date">{ format_span(lang, &event.date) }</p>
            <h1 id="event-card-title">{ event.title.get(lang) }</h1>
            if let Some(category) = category {
                <p class="event-category" data-style={format!("--category: {}", category.colour)}>
                    { category_icon(&category.icon) }
                    <span class="visually-hidden">{ text.event_category }{ colon(lang) }</span>
                    { category.name.get(lang) }
                </p>
            }
            if let Some(picture) = event.picture.as_deref().and_then(|id| content.pictures.iter().find(|p| p.id == id)) {
                { picture_figure(lang, picture, setting.kiosk().is_some()) }
            }
            <p class="event-text">{ event.text.get(lang) }</p>
            if let (Some(label), Some(note)) = (confidence, event.confidence_note.as_ref()) {
                <p class="confidence"><strong>{ label }{ colon(lang) }</strong>{ note.get(lang) }</p>
            }
            if !event.links.is_empty() {
                <h2>{ text.event_figures_heading }</h2>
                <ul class="event-figures">
                    { for event.links.iter().filter_map(|link| {
                        let series = content.series.iter().find(|s| s.id == link.series)?;
                        let point = series.points.iter().find(|p| p.year == link.year)?;
                        let amount = format_amount(lang, point.value * series.scale, series.currency.as_deref());
                        let figure = html! {
                            <>
                                <span class="event-figure-value">{ amount }</span>
                                <span class="event-figure-label">
                                    { format!("{}{}{}", series.title.get(lang), comma(lang), format_year(lang, link.year)) }
                                </span>
                            </>
                        };
                        Some(html! {
                            <li data-series={series.id.clone()}>
                                if props.embedded {
                                    <a class="event-figure" target="_blank" rel="noopener"
                                        href={crate::base::outward(&Address {
                                            route: Route::Charts { lang },
                                            query: ViewQuery { year: Some(link.year), ..ViewQuery::default() },
                                        }.href())}>
                                        { figure }
                                        <span class="visually-hidden">{ word_space(lang) }{ text.embed_new_tab }</span>
                                    </a>
                                } else {
                                    <RouteLink to={Route::Charts { lang }} year={Some(link.year)} classes="event-figure">
                                        { figure }
                                    </RouteLink>
                                }
                            </li>
                        })
                    }) }
                </ul>
            }
            if setting.kiosk().is_some() {
                <TakeHome address={setting.public_address(&Route::Event { lang, id: event.id.clone() }, None)}
                    label={text.take_home} counted_as={format!("event:{}", event.id)} />
            }
            <h2>{ text.event_sources_heading }</h2>
            <SourceList {lang} sources={event.sources.clone()} />
            if !props.embedded {
                if setting.kiosk().is_none() {
                    <EmbedCode {lang} embed={Route::EmbedEvent { lang, id: event.id.clone() }} />
                }
                <nav class="event-neighbours" aria-label={text.timeline_label}>
                    { neighbour(-1, text.event_previous, "previous") }
                    { neighbour(1, text.event_next, "next") }
                </nav>
                <RouteLink to={Route::Timeline { lang }} classes="control close-card">
                    { control_icon(Glyph::Close) }{ text.close_card }
                </RouteLink>
            }
        </article>
        // A cue for the eye and the finger: a screen reader reads on by itself, and the
        // keyboard scrolls the focused card, so it is hidden from both.
        if overflow.more_below {
            <button type="button" class="control primary card-more" tabindex="-1" aria-hidden="true" onclick={read_on}>
                { control_icon(Glyph::Down) }{ text.card_more }
            </button>
        }
        </div>
    }
}
