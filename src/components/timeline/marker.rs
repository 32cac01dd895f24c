//! One event's marker on the track: a component of its own, so that a render which changes
//! neither its place nor whether it is open (a drag step, a tap on another marker) leaves it
//! alone: Yew compares the properties and draws nothing again.

use yew::prelude::*;

use crate::components::category_icon::category_icon;
use crate::content_file::content;
use crate::i18n::format::colon;
use crate::i18n::Lang;

/// Properties of [`Marker`].
#[derive(Properties, PartialEq, Clone)]
pub struct MarkerProps {
    /// The event: its index in the content's events.
    pub event: usize,
    pub lang: Lang,
    pub selected: bool,
    /// Its place and colour, as `data-style` (data-style.js applies it).
    pub style: AttrValue,
    /// Its place in every layout class, before the track is measured (`data-l`).
    #[prop_or_default]
    pub layouts: Option<AttrValue>,
    /// Opens the event with this id.
    pub open: Callback<AttrValue>,
}

/// An event's marker: icon, year and title (hidden where the layout makes it small).
#[component]
pub fn Marker(props: &MarkerProps) -> Html {
    let Some(event) = content().events.get(props.event) else {
        return Html::default();
    };
    let lang = props.lang;
    let category = content().category(&event.category);
    let selected = props.selected;
    let onclick = {
        let open = props.open.clone();
        let id = AttrValue::from(event.id.clone());
        Callback::from(move |_: MouseEvent| open.emit(id.clone()))
    };
    html! {
        <button type="button"
            class={classes!("marker", selected.then_some("selected"), event.highlight.then_some("highlight"))}
            data-event-id={event.id.clone()}
            data-style={props.style.clone()}
            data-l={props.layouts.clone()}
            aria-pressed={selected.to_string()}
            {onclick}>
            <span class="marker-icon">
                { category_icon(category.map_or("flag", |c| c.icon.as_str())) }
            </span>
            // The name a screen reader reads is the title, with the category added, even
            // where the marker shows only its year.
            <span class="marker-label">
                <span class="marker-year">{ event.date.year() }</span>
                <span class="visually-hidden">{ colon(lang) }</span>
                <span class="marker-title">{ event.title.get(lang) }</span>
                if let Some(category) = category {
                    <span class="visually-hidden">{ format!(" ({})", category.name.get(lang)) }</span>
                }
            </span>
        </button>
    }
}
