//! Watches over an unattended kiosk: counts the quiet seconds, asks "still there?" with a
//! countdown, then starts over for the next visitor (default language, nothing selected, the
//! whole span) and tours the highlights until someone touches the screen. Also hardens the
//! page for touch: no context menu, no text selection, no browser zoom.
//! Renders nothing on the public web.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::embedded::content;
use crate::kiosk::idle::{highlights, phase, Phase};
use crate::kiosk::{KioskConfig, Orientation, KEEP_GOING, STILL_THERE, TOUCH_TO_START};
use crate::route::Route;
use crate::router::{use_history, History};
use crate::state::{use_exhibit, Action, ExhibitContext, Mode};

/// The kiosk's overlays and timers; nothing outside kiosk mode.
#[component]
pub fn KioskSupervisor() -> Html {
    let exhibit = use_exhibit();
    let kiosk = (exhibit.mode == Mode::Kiosk).then(|| exhibit.kiosk.clone());
    let history = use_history();
    let shown = use_state(|| Phase::Visit);
    // Shared with the timer and the listeners, which outlive a render.
    let quiet = use_mut_ref(|| Rc::new(Cell::new(0_u32)));
    let current = use_mut_ref(|| Rc::new(Cell::new(Phase::Visit)));
    let quiet = quiet.borrow().clone();
    let current = current.borrow().clone();

    // Any change of the visitor's place counts as activity during a visit (a chart playing
    // through the years, too: timers pause while something moves).
    {
        let (quiet, current) = (quiet.clone(), current.clone());
        use_effect_with((*exhibit).clone(), move |_| {
            if current.get() == Phase::Visit {
                quiet.set(0);
            }
        });
    }

    {
        let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
        let exhibit = exhibit.clone();
        let history = history.clone();
        use_effect_with(kiosk.clone(), move |kiosk| {
            let mut guards: Vec<Guard> = Vec::new();
            if let (Some(config), Some(history)) = (kiosk.clone(), history) {
                harden(&config, &mut guards);
                let tick = {
                    let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
                    let (exhibit, history) = (exhibit.clone(), history.clone());
                    move || {
                        quiet.set(quiet.get().saturating_add(1));
                        let next = phase(&config, quiet.get());
                        let before = current.get();
                        if next != before {
                            current.set(next);
                            shown.set(next);
                            if let Phase::Attract { step } = next {
                                attract(&exhibit, &history, &config, step);
                            }
                        }
                    }
                };
                guards.push(Guard::interval(1000, tick));
                // A touch or a key during a visit or the countdown keeps the visitor's place.
                let activity = {
                    let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
                    move |_: web_sys::Event| match current.get() {
                        Phase::Visit | Phase::StillThere { .. } => {
                            quiet.set(0);
                            current.set(Phase::Visit);
                            shown.set(Phase::Visit);
                        }
                        // The attract overlay takes the touch itself (see `start_visit`).
                        Phase::Attract { .. } => {}
                    }
                };
                for name in ["pointerdown", "keydown", "wheel"] {
                    guards.push(Guard::listen(name, activity.clone(), false));
                }
            }
            move || drop(guards)
        });
    }

    let Some(config) = kiosk else {
        return Html::default();
    };
    let start_visit = {
        let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
        let exhibit = exhibit.clone();
        let history = history.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            event.stop_propagation();
            quiet.set(0);
            current.set(Phase::Visit);
            shown.set(Phase::Visit);
            if let Some(history) = &history {
                begin_again(&exhibit, history, &config);
            }
        })
    };
    let keep_going = {
        let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            event.stop_propagation();
            quiet.set(0);
            current.set(Phase::Visit);
            shown.set(Phase::Visit);
        })
    };
    let lines = |lines: [(&'static str, &'static str); 3]| {
        html! {
            { for lines.into_iter().map(|(lang, text)| html! { <span class="kiosk-line" {lang}>{ text }</span> }) }
        }
    };
    match *shown {
        Phase::Visit => Html::default(),
        Phase::StillThere { left } => html! {
            <div class="kiosk-overlay still-there" role="alertdialog" aria-modal="true"
                aria-labelledby="still-there-heading" onclick={keep_going.clone()}>
                <div class="kiosk-panel">
                    <p id="still-there-heading" class="kiosk-heading">{ lines(STILL_THERE) }</p>
                    <p class="kiosk-countdown" aria-live="polite">{ left }</p>
                    <button type="button" class="button kiosk-keep" onclick={keep_going}>{ lines(KEEP_GOING) }</button>
                </div>
            </div>
        },
        Phase::Attract { .. } => html! {
            <div class="kiosk-overlay attract" role="button" tabindex="0" onclick={start_visit}
                aria-label={TOUCH_TO_START.iter().map(|(_, t)| *t).collect::<Vec<_>>().join(" · ")}>
                <p class="kiosk-call">{ lines(TOUCH_TO_START) }</p>
            </div>
        },
    }
}

/// Starts a fresh visit: nothing of the last one is left.
fn begin_again(exhibit: &ExhibitContext, history: &History, config: &KioskConfig) {
    exhibit.dispatch(Action::Reset { lang: config.home });
    let route = Route::Timeline { lang: config.home };
    // `replace`, not `push`: a day of attract loops must not grow the history.
    history.replace_with_query(&route, &config.pairs());
}

/// One step of the attract loop: first the start, then one highlight after another.
fn attract(exhibit: &ExhibitContext, history: &History, config: &KioskConfig, step: u32) {
    if step == 0 {
        begin_again(exhibit, history, config);
        return;
    }
    let tour = highlights(content());
    if tour.is_empty() {
        return;
    }
    let id = tour[(step as usize - 1) % tour.len()];
    let route = Route::Event {
        lang: config.home,
        id: id.to_string(),
    };
    history.replace_with_query(&route, &config.pairs());
}

/// Switches off what a touch screen must not do, and marks the page as a kiosk for the
/// stylesheet (hidden cursor, no selection, no overscroll).
fn harden(config: &KioskConfig, guards: &mut Vec<Guard>) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("kiosk");
        let orientation = match config.orientation {
            Orientation::Auto => None,
            Orientation::Landscape => Some("landscape"),
            Orientation::Portrait => Some("portrait"),
        };
        if let Some(orientation) = orientation {
            let _ = root.set_attribute("data-orientation", orientation);
        }
    }
    let block = |event: web_sys::Event| event.prevent_default();
    for name in ["contextmenu", "selectstart", "dragstart", "gesturestart"] {
        guards.push(Guard::listen(name, block, true));
    }
    // Ctrl + wheel (and a trackpad pinch) would zoom the page, not the timeline.
    let no_zoom = |event: web_sys::Event| {
        if event
            .dyn_ref::<web_sys::WheelEvent>()
            .is_some_and(|wheel| wheel.ctrl_key())
        {
            event.prevent_default();
        }
    };
    guards.push(Guard::listen("wheel", no_zoom, true));
}

/// A listener or an interval that is removed when dropped. Each keeps its closure alive for
/// as long as the browser may call it.
enum Guard {
    Listener(&'static str, Closure<dyn FnMut(web_sys::Event)>),
    Interval(i32, #[allow(dead_code)] Closure<dyn FnMut()>),
}

impl Guard {
    fn listen(
        name: &'static str,
        handler: impl FnMut(web_sys::Event) + 'static,
        not_passive: bool,
    ) -> Guard {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let options = web_sys::AddEventListenerOptions::new();
            options.set_capture(true);
            options.set_passive(!not_passive);
            let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
                name,
                closure.as_ref().unchecked_ref(),
                &options,
            );
        }
        Guard::Listener(name, closure)
    }

    fn interval(ms: i32, tick: impl FnMut() + 'static) -> Guard {
        let closure = Closure::<dyn FnMut()>::new(tick);
        let id = web_sys::window()
            .and_then(|w| {
                w.set_interval_with_callback_and_timeout_and_arguments_0(
                    closure.as_ref().unchecked_ref(),
                    ms,
                )
                .ok()
            })
            .unwrap_or(-1);
        Guard::Interval(id, closure)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        match self {
            Guard::Listener(name, closure) => {
                if let Some(document) = window.document() {
                    let _ = document.remove_event_listener_with_callback_and_bool(
                        name,
                        closure.as_ref().unchecked_ref(),
                        true,
                    );
                }
            }
            Guard::Interval(id, _) => window.clear_interval_with_handle(*id),
        }
    }
}
