//! The staff's door on a kiosk whose start address sets a PIN (`staff=…`): a finger held
//! still on the top-left corner (`kiosk::staff`) opens the PIN pad, the right PIN opens the
//! staff panel. Both close when left alone for a minute, on "close" and at the idle reset.
//! Nothing at all without a PIN, nor on the public web.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::pin_pad::PinPad;
use crate::components::staff_panel::StaffPanel;
use crate::i18n::ui;
use crate::kiosk::staff::{CornerHold, PinAnswer, PinLock, HOLD_MS, LEFT_ALONE_MS};
use crate::state::{use_exhibit, Action, StaffView};

/// The PIN pad or the panel when open; their gesture and timers.
#[component]
pub fn StaffDoor() -> Html {
    let exhibit = use_exhibit();
    let pin = exhibit.kiosk().and_then(|kiosk| kiosk.staff_pin.clone());
    let view = exhibit.staff;
    let lock = use_mut_ref(PinLock::default);
    let message = use_state(String::new);
    // Whether the door is shut, for the listeners, which outlive a render.
    let shut = use_mut_ref(|| Rc::new(Cell::new(true)));
    let shut = shut.borrow().clone();
    shut.set(view == StaffView::Closed);

    // The gesture, wherever the finger lands first (before the app's own handlers).
    {
        let dispatcher = exhibit.dispatcher();
        let shut = shut.clone();
        use_effect_with(pin.is_some(), move |has_pin| {
            let mut listeners = Vec::new();
            if let (true, Some(document)) = (
                *has_pin,
                web_sys::window().and_then(|window| window.document()),
            ) {
                let hold = Rc::new(RefCell::new(CornerHold::default()));
                let waiting = Rc::new(RefCell::new(None::<Timeout>));
                let point = |event: &web_sys::Event| {
                    event
                        .dyn_ref::<web_sys::PointerEvent>()
                        .map(|e| (f64::from(e.client_x()), f64::from(e.client_y())))
                };
                let options = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                let down = {
                    let (hold, waiting) = (hold.clone(), waiting.clone());
                    move |event: &web_sys::Event| {
                        let Some((x, y)) = point(event) else { return };
                        if shut.get() && hold.borrow_mut().down(x, y, js_sys::Date::now()) {
                            let (hold, dispatcher) = (hold.clone(), dispatcher.clone());
                            *waiting.borrow_mut() = Some(Timeout::new(HOLD_MS as u32, move || {
                                if hold.borrow_mut().done(js_sys::Date::now()) {
                                    dispatcher.dispatch(Action::Staff(StaffView::Pin));
                                }
                            }));
                        }
                    }
                };
                let moved = {
                    let hold = hold.clone();
                    move |event: &web_sys::Event| {
                        if let Some((x, y)) = point(event) {
                            hold.borrow_mut().moved(x, y);
                        }
                    }
                };
                let up = move |_: &web_sys::Event| {
                    hold.borrow_mut().up();
                    waiting.borrow_mut().take();
                };
                listeners.push(EventListener::new_with_options(
                    &document,
                    "pointerdown",
                    options,
                    down,
                ));
                listeners.push(EventListener::new_with_options(
                    &document,
                    "pointermove",
                    options,
                    moved,
                ));
                for name in ["pointerup", "pointercancel"] {
                    listeners.push(EventListener::new_with_options(
                        &document,
                        name,
                        options,
                        up.clone(),
                    ));
                }
            }
            move || drop(listeners)
        });
    }

    // Left alone: the pad or the panel closes after a minute without a touch or a key.
    {
        let dispatcher = exhibit.dispatcher();
        use_effect_with(view, move |view| {
            let mut listeners = Vec::new();
            let document = web_sys::window().and_then(|window| window.document());
            if let (false, Some(document)) = (*view == StaffView::Closed, document) {
                let close = move || {
                    let dispatcher = dispatcher.clone();
                    Timeout::new(LEFT_ALONE_MS, move || {
                        dispatcher.dispatch(Action::Staff(StaffView::Closed))
                    })
                };
                let timer = Rc::new(RefCell::new(close()));
                for name in ["pointerdown", "keydown", "wheel"] {
                    let (timer, close) = (timer.clone(), close.clone());
                    listeners.push(EventListener::new(&document, name, move |_| {
                        *timer.borrow_mut() = close();
                    }));
                }
                return Box::new(move || drop((listeners, timer))) as Box<dyn FnOnce()>;
            }
            Box::new(move || drop(listeners))
        });
    }

    let Some(pin) = pin else {
        return Html::default();
    };
    let text = ui(exhibit.lang());
    let close = {
        let (dispatcher, message) = (exhibit.dispatcher(), message.clone());
        Callback::from(move |_: ()| {
            message.set(String::new());
            dispatcher.dispatch(Action::Staff(StaffView::Closed));
        })
    };
    match view {
        StaffView::Closed => Html::default(),
        StaffView::Pin => {
            let on_enter = {
                let (dispatcher, message) = (exhibit.dispatcher(), message.clone());
                Callback::from(move |entered: String| {
                    let answer = lock.borrow_mut().check(&entered, &pin, js_sys::Date::now());
                    match answer {
                        PinAnswer::Open => {
                            message.set(String::new());
                            dispatcher.dispatch(Action::Staff(StaffView::Panel));
                        }
                        PinAnswer::Wrong { left } => {
                            message.set(text.staff_pin_wrong.replace("{n}", &left.to_string()))
                        }
                        PinAnswer::Paused { secs } => {
                            message.set(text.staff_pin_paused.replace("{n}", &secs.to_string()))
                        }
                    }
                })
            };
            html! { <PinPad {on_enter} on_cancel={close} message={AttrValue::from((*message).clone())} /> }
        }
        StaffView::Panel => html! { <StaffPanel on_close={close} /> },
    }
}
