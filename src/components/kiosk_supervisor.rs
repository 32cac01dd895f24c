//! Watches over an unattended kiosk: counts the quiet seconds, asks "still there?" with a
//! countdown, then starts over for the next visitor (default language, nothing selected, the
//! whole span) and tours the highlights until someone touches the screen. Also hardens the
//! page for touch: no context menu, no text selection, no browser zoom.
//! Renders nothing on the public web.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content_file::content;
use crate::kiosk::idle::{highlights, phase, Phase};
use crate::kiosk::{count_store, fonts, run_log, update};
use crate::kiosk::{KioskConfig, Orientation, KEEP_GOING, STILL_THERE, TOUCH_TO_START};
use crate::query::{Address, ViewQuery};
use crate::route::Route;
use crate::state::{use_exhibit, Action, ExhibitContext};

/// The kiosk's overlays and timers; nothing outside kiosk mode.
#[component]
pub fn KioskSupervisor() -> Html {
    let exhibit = use_exhibit();
    let kiosk = exhibit.kiosk().cloned();
    let shown = use_state_eq(|| Phase::Visit);
    // Shared with the timer and the listeners, which outlive a render.
    let quiet = use_mut_ref(|| Rc::new(Cell::new(0_u32)));
    let current = use_mut_ref(|| Rc::new(Cell::new(Phase::Visit)));
    // When the visit now under way began (ms), if one did: its length is counted at the reset.
    let visit_start = use_mut_ref(|| Rc::new(Cell::new(None::<f64>)));
    let quiet = quiet.borrow().clone();
    let current = current.borrow().clone();
    let visit_start = visit_start.borrow().clone();

    // What the reducer counted goes to the device's storage, each tally once.
    {
        let kept = use_mut_ref(|| None::<u32>);
        use_effect_with(exhibit.tallies.clone(), move |tallies| {
            let mut kept = kept.borrow_mut();
            // The tallies before the page started were kept by the page before.
            if let Some(from) = *kept {
                count_store::record(&tallies.since(from));
            }
            *kept = Some(tallies.next());
        });
    }

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
        let visit_start = visit_start.clone();
        let exhibit = exhibit.clone();
        use_effect_with(kiosk.clone(), move |kiosk| {
            let mut guards: Vec<Guard> = Vec::new();
            if let Some(config) = kiosk.clone() {
                run_log::start();
                harden(&config, &mut guards);
                // Where the kiosk starts over on a new build.
                let start = Address {
                    route: Route::Root,
                    query: ViewQuery {
                        kiosk: Some(config.clone()),
                        ..ViewQuery::default()
                    },
                }
                .href();
                let tick = {
                    let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
                    let visit_start = visit_start.clone();
                    let exhibit = exhibit.clone();
                    let start = start.clone();
                    move || {
                        quiet.set(quiet.get().saturating_add(1));
                        let next = phase(&config, quiet.get());
                        let before = current.get();
                        // What is shown follows the phase, also where a touch ended the
                        // countdown but its tap never reached the overlay.
                        shown.set(next);
                        if next != before {
                            current.set(next);
                            if let Phase::Attract { step } = next {
                                if step == 0 {
                                    // The visit ended with its last touch, not at the reset.
                                    if let Some(start) = visit_start.take() {
                                        let used =
                                            (now() - start) / 1000.0 - f64::from(quiet.get());
                                        let secs = used.max(0.0).round() as u32;
                                        exhibit.dispatch(Action::VisitEnded { secs });
                                    }
                                }
                                attract(&exhibit, step);
                                // The idle reset looks for a new build; one that installed
                                // completely is started on now, between visits (kiosk::update).
                                if step == 0 {
                                    update::look_for_update();
                                    // Text left in the fallback font all day (kiosk::fonts).
                                    fonts::start_over_in_own_fonts(&start);
                                }
                                update::start_on_ready_build(&start);
                            }
                        }
                    }
                };
                guards.push(Guard::Interval(Interval::new(1000, tick)));
                guards.push(Guard::Interval(Interval::new(
                    update::CHECK_EVERY_SECS * 1000,
                    update::look_for_update,
                )));
                // A touch or a key during a visit or the countdown keeps the visitor's place.
                let activity = {
                    let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
                    let visit_start = visit_start.clone();
                    move |event: &web_sys::Event| match current.get() {
                        Phase::Visit | Phase::StillThere { .. } => {
                            quiet.set(0);
                            if visit_start.get().is_none() {
                                visit_start.set(Some(now()));
                            }
                            current.set(Phase::Visit);
                            // A touch on the countdown: the overlay stays until its own tap
                            // (keep_going) arrives, so that tap lands on nothing beneath it.
                            if event.type_() != "pointerdown" {
                                shown.set(Phase::Visit);
                            }
                        }
                        // The attract overlay takes the touch itself (see `start_visit`).
                        Phase::Attract { .. } => {}
                    }
                };
                for name in ["pointerdown", "keydown", "wheel"] {
                    guards.extend(Guard::listen(name, activity.clone(), false));
                }
            }
            move || drop(guards)
        });
    }

    if kiosk.is_none() {
        return Html::default();
    }
    let start_visit = {
        let (quiet, current, shown) = (quiet.clone(), current.clone(), shown.clone());
        let exhibit = exhibit.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            event.stop_propagation();
            visit_start.set(Some(now()));
            quiet.set(0);
            current.set(Phase::Visit);
            shown.set(Phase::Visit);
            exhibit.dispatch(Action::Reset);
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
                    <button type="button" class="control primary kiosk-keep" onclick={keep_going}>{ lines(KEEP_GOING) }</button>
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

/// Now, in ms since 1970.
fn now() -> f64 {
    js_sys::Date::now()
}

/// One step of the attract loop: first the start (after a visit, `VisitEnded` has started
/// over already), then one highlight after another.
fn attract(exhibit: &ExhibitContext, step: u32) {
    if step == 0 {
        exhibit.dispatch(Action::Reset);
        return;
    }
    let tour = highlights(content());
    if tour.is_empty() {
        return;
    }
    let id = tour[(step as usize - 1) % tour.len()];
    exhibit.dispatch(Action::Tour(id.to_string()));
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
    let block = |event: &web_sys::Event| event.prevent_default();
    for name in ["contextmenu", "selectstart", "dragstart", "gesturestart"] {
        guards.extend(Guard::listen(name, block, true));
    }
    // Ctrl + wheel (and a trackpad pinch) would zoom the page, not the timeline.
    let no_zoom = |event: &web_sys::Event| {
        if event
            .dyn_ref::<web_sys::WheelEvent>()
            .is_some_and(|wheel| wheel.ctrl_key())
        {
            event.prevent_default();
        }
    };
    guards.extend(Guard::listen("wheel", no_zoom, true));
}

/// A listener or an interval, removed when dropped (through gloo): nothing the browser may
/// call outlives the supervisor's effect.
enum Guard {
    Listener(#[allow(dead_code)] EventListener),
    Interval(#[allow(dead_code)] Interval),
}

impl Guard {
    /// A listener on the whole document, in the capture phase (before the app's own).
    fn listen(
        name: &'static str,
        handler: impl FnMut(&web_sys::Event) + 'static,
        not_passive: bool,
    ) -> Option<Guard> {
        let document = web_sys::window()?.document()?;
        let options = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: !not_passive,
        };
        Some(Guard::Listener(EventListener::new_with_options(
            &document, name, options, handler,
        )))
    }
}
