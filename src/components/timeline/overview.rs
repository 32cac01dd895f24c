//! The overview strip: the whole span with every event as a tick and the visible window as a
//! frame that can be dragged (or tapped) to move the view.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content_file::content;
use crate::decimal::fixed;
use crate::i18n::{ui, Lang};
use crate::state::{use_exhibit, Action};
use crate::time_axis::TimeWindow;

/// The overview's ticks are drawn on a strip this many units wide (a ten-thousandth of the span).
const TICK_SPAN: u32 = 10_000;

/// One vertical line across the strip at each fraction of the whole span, as an SVG path.
fn tick_path(fractions: impl Iterator<Item = f64>) -> AttrValue {
    let mut d = String::new();
    for fraction in fractions {
        let at = (fraction.clamp(0.0, 1.0) * f64::from(TICK_SPAN)).round() as u32;
        d.push_str(&format!("M{at} 0V1"));
    }
    AttrValue::from(d)
}

/// Properties of [`Overview`].
#[derive(Properties, PartialEq, Clone)]
pub struct OverviewProps {
    pub lang: Lang,
}

/// The whole span in miniature.
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let exhibit = use_exhibit();
    let content = content();
    let whole = TimeWindow::whole();
    let percent = |year: f64| whole.fraction(year) * 100.0;
    let window = exhibit.window;
    let dragging = use_mut_ref(|| false);
    // Every event the filter shows as a tick: one path, drawn anew only when the filter changes
    // (was one element per event, each restyled on every language switch).
    let ticks = use_memo(exhibit.categories.clone(), |_| {
        tick_path(
            content
                .events
                .iter()
                .filter(|e| exhibit.shows_category(&e.category))
                .map(|event| whole.fraction(event.date.start.as_fractional_year())),
        )
    });
    let ticks = (*ticks).clone();
    let move_to = {
        let exhibit = exhibit.clone();
        move |event: &PointerEvent| {
            let Some(target) = event
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let rect = target.get_bounding_client_rect();
            let fraction = (f64::from(event.client_x()) - rect.left()) / rect.width().max(1.0);
            let centre = whole.start + fraction.clamp(0.0, 1.0) * whole.width();
            let width = exhibit.window.width();
            exhibit.dispatch(Action::SetWindow(TimeWindow::around(centre, width)));
        }
    };
    let onpointerdown = {
        let move_to = move_to.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: PointerEvent| {
            *dragging.borrow_mut() = true;
            if let Some(target) = event
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = target.set_pointer_capture(event.pointer_id());
            }
            move_to(&event);
        })
    };
    let onpointermove = {
        let dragging = dragging.clone();
        Callback::from(move |event: PointerEvent| {
            if *dragging.borrow() {
                move_to(&event);
            }
        })
    };
    let stop = {
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| *dragging.borrow_mut() = false)
    };
    html! {
        <div class="timeline-overview" aria-hidden="true"
            {onpointerdown} {onpointermove} onpointerup={stop.clone()} onpointercancel={stop}>
            { for content.eras.iter().map(|era| html! {
                <span class="overview-era" data-era={era.id.clone()}
                    data-style={format!("left: {}%; width: {}%", fixed(percent(f64::from(era.start)), 2),
                        fixed(percent(f64::from(era.end) + 1.0) - percent(f64::from(era.start)), 2))}></span>
            }) }
            <svg class="overview-ticks" viewBox={format!("0 0 {TICK_SPAN} 1")} preserveAspectRatio="none"
                focusable="false">
                <path d={ticks} />
            </svg>
            <span class="overview-window" data-style={format!("left: {}%; width: {}%", fixed(percent(window.start), 2), fixed(percent(window.end) - percent(window.start), 2))}></span>
            <span class="visually-hidden">{ ui(props.lang).timeline_label }</span>
        </div>
    }
}
