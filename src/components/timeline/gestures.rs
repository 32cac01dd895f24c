//! Touch, pen, mouse, wheel and keyboard on the timeline track, through Pointer Events.
//!
//! One finger (or the mouse) drags, with inertia unless the visitor prefers reduced motion; two
//! fingers pinch; a third is ignored, and a finger lifting or landing never makes the timeline
//! jump. A tap that did not move stays a tap on the marker under it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::TrackGeometry;
use crate::state::{Action, ExhibitContext};
use crate::timeline::TimeWindow;

/// How far (px) a pointer moves before a tap becomes a drag.
const DRAG_THRESHOLD: f64 = 8.0;

#[derive(Default)]
struct Pointers {
    /// Up to two active pointers: id and position.
    points: Vec<(i32, f64, f64)>,
    /// Where the first pointer went down.
    start: (f64, f64),
    dragging: bool,
    /// Swallow the click that ends a drag.
    suppress_click: bool,
    /// Along-axis speed of the last drag moves, px per ms.
    velocity: f64,
    last_time: f64,
    inertia: Option<i32>,
    /// The frame callback of the current glide; replaced (and so freed) by the next one.
    glide: Option<Frame>,
}

type Frame = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

/// An event listener: event name, callback, and whether it listens in the capture phase.
type Listener = (&'static str, Closure<dyn FnMut(web_sys::Event)>, bool);

/// What the listeners read: the latest state handle and track geometry.
type Latest = Rc<RefCell<(ExhibitContext, TrackGeometry)>>;

/// Measures the track, follows the screen's orientation, and turns gestures into actions.
#[hook]
pub fn use_track_gestures(track: NodeRef, exhibit: ExhibitContext) -> TrackGeometry {
    let geometry = use_state(TrackGeometry::default);
    let latest: Latest = use_mut_ref(|| (exhibit.clone(), *geometry));
    *latest.borrow_mut() = (exhibit, *geometry);
    {
        let geometry = geometry.clone();
        let latest = latest.clone();
        use_effect_with(track, move |track| {
            let cleanup = attach(track, geometry, latest);
            move || drop(cleanup)
        });
    }
    *geometry
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

fn measure(element: &web_sys::HtmlElement) -> TrackGeometry {
    let window = web_sys::window();
    // A kiosk set up with `orientation=` says which way its screen is mounted.
    let mounted = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| crate::route::ViewQuery::parse(&search).kiosk)
        .map(|kiosk| kiosk.orientation);
    let vertical = match mounted {
        Some(crate::kiosk::Orientation::Portrait) => true,
        Some(crate::kiosk::Orientation::Landscape) => false,
        _ => window.as_ref().is_some_and(|w| {
            let width = w.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(1.0);
            let height = w
                .inner_height()
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0);
            height > width
        }),
    };
    let rem = window
        .as_ref()
        .and_then(|w| {
            let root = w.document()?.document_element()?;
            let style = w.get_computed_style(&root).ok()??;
            style.get_property_value("font-size").ok()
        })
        .and_then(|size| size.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(16.0);
    TrackGeometry {
        width: f64::from(element.client_width()).max(1.0),
        height: f64::from(element.client_height()).max(1.0),
        vertical,
        rem,
    }
}

/// Listeners removed when dropped.
struct Attached {
    target: web_sys::HtmlElement,
    listeners: Vec<Listener>,
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Option<Closure<dyn FnMut()>>,
    window_resize: Option<Closure<dyn FnMut()>>,
}

impl Drop for Attached {
    fn drop(&mut self) {
        for (name, listener, capture) in &self.listeners {
            let _ = self.target.remove_event_listener_with_callback_and_bool(
                name,
                listener.as_ref().unchecked_ref(),
                *capture,
            );
        }
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        if let (Some(window), Some(listener)) = (web_sys::window(), &self.window_resize) {
            let _ = window
                .remove_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
        }
    }
}

fn attach(
    track: &NodeRef,
    geometry: UseStateHandle<TrackGeometry>,
    latest: Latest,
) -> Option<Attached> {
    let element = track.cast::<web_sys::HtmlElement>()?;
    let pointers = Rc::new(RefCell::new(Pointers::default()));

    // Size and orientation, now and whenever they change.
    let remeasure: Rc<dyn Fn()> = {
        let element = element.clone();
        let geometry = geometry.clone();
        Rc::new(move || {
            let measured = measure(&element);
            if *geometry != measured {
                geometry.set(measured);
            }
        })
    };
    remeasure();
    let on_resize = {
        let remeasure = remeasure.clone();
        Closure::<dyn FnMut()>::new(move || remeasure())
    };
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(&element);
    }
    let window_resize = {
        let remeasure = remeasure.clone();
        Closure::<dyn FnMut()>::new(move || remeasure())
    };
    if let Some(window) = web_sys::window() {
        let _ = window
            .add_event_listener_with_callback("resize", window_resize.as_ref().unchecked_ref());
    }

    let along = {
        let element = element.clone();
        let latest = latest.clone();
        move |x: f64, y: f64| -> f64 {
            let rect = element.get_bounding_client_rect();
            if latest.borrow().1.vertical {
                y - rect.top()
            } else {
                x - rect.left()
            }
        }
    };
    let dispatch = {
        let latest = latest.clone();
        move |action: Action| latest.borrow().0.dispatch(action)
    };
    let years_per_px = {
        let latest = latest.clone();
        move || {
            let (exhibit, geometry) = &*latest.borrow();
            exhibit.window.width() / geometry.axis()
        }
    };

    let mut listeners: Vec<Listener> = Vec::new();

    // Pointer down: remember up to two pointers; stop any inertia.
    {
        let pointers = pointers.clone();
        listeners.push((
            "pointerdown",
            Closure::new(move |event: web_sys::Event| {
                let Some(event) = event.dyn_ref::<web_sys::PointerEvent>() else {
                    return;
                };
                let mut p = pointers.borrow_mut();
                if let (Some(id), Some(window)) = (p.inertia.take(), web_sys::window()) {
                    let _ = window.cancel_animation_frame(id);
                }
                let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
                if p.points.len() >= 2 {
                    return; // a third finger is ignored
                }
                if p.points.is_empty() {
                    p.start = (x, y);
                    p.dragging = false;
                    p.suppress_click = false;
                    p.velocity = 0.0;
                }
                p.points.push((event.pointer_id(), x, y));
                p.last_time = now();
            }),
            false,
        ));
    }

    // Pointer move: drag with one pointer, pinch with two.
    {
        let pointers = pointers.clone();
        let element = element.clone();
        let along = along.clone();
        let dispatch = dispatch.clone();
        let years_per_px = years_per_px.clone();
        let latest = latest.clone();
        listeners.push((
            "pointermove",
            Closure::new(move |event: web_sys::Event| {
                let Some(event) = event.dyn_ref::<web_sys::PointerEvent>() else {
                    return;
                };
                let mut p = pointers.borrow_mut();
                let id = event.pointer_id();
                let Some(slot) = p.points.iter().position(|(pid, _, _)| *pid == id) else {
                    return;
                };
                let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
                let (_, old_x, old_y) = p.points[slot];
                if p.points.len() == 1 {
                    let moved = (x - p.start.0).hypot(y - p.start.1);
                    if !p.dragging && moved > DRAG_THRESHOLD {
                        p.dragging = true;
                        p.suppress_click = true;
                        let _ = element.set_pointer_capture(id);
                    }
                    if p.dragging {
                        let delta = along(x, y) - along(old_x, old_y);
                        let time = now();
                        let dt = (time - p.last_time).max(1.0);
                        p.velocity = 0.7 * p.velocity + 0.3 * (delta / dt);
                        p.last_time = time;
                        dispatch(Action::Pan(-delta * years_per_px()));
                    }
                } else if p.points.len() == 2 {
                    let other = p.points[1 - slot];
                    let before = (old_x - other.1).hypot(old_y - other.2);
                    let after = (x - other.1).hypot(y - other.2);
                    if before > 10.0 && after > 10.0 {
                        p.dragging = true;
                        p.suppress_click = true;
                        let axis = latest.borrow().1.axis();
                        let mid = along((x + other.1) / 2.0, (y + other.2) / 2.0) / axis;
                        dispatch(Action::Zoom {
                            factor: after / before,
                            anchor: mid,
                        });
                    }
                }
                p.points[slot] = (id, x, y);
            }),
            false,
        ));
    }

    // Pointer up or cancelled: forget it; a flick keeps gliding.
    for name in ["pointerup", "pointercancel"] {
        let pointers = pointers.clone();
        let dispatch = dispatch.clone();
        let years_per_px = years_per_px.clone();
        listeners.push((
            name,
            Closure::new(move |event: web_sys::Event| {
                let Some(event) = event.dyn_ref::<web_sys::PointerEvent>() else {
                    return;
                };
                let mut p = pointers.borrow_mut();
                let before = p.points.len();
                p.points.retain(|(id, _, _)| *id != event.pointer_id());
                let recent = now() - p.last_time < 80.0;
                if before == 1
                    && p.points.is_empty()
                    && p.dragging
                    && recent
                    && p.velocity.abs() > 0.3
                    && !prefers_reduced_motion()
                {
                    let velocity = p.velocity;
                    drop(p);
                    glide(
                        pointers.clone(),
                        velocity,
                        dispatch.clone(),
                        years_per_px.clone(),
                    );
                }
            }),
            false,
        ));
    }

    // The click that ends a drag is not a tap on a marker.
    {
        let pointers = pointers.clone();
        listeners.push((
            "click",
            Closure::new(move |event: web_sys::Event| {
                let mut p = pointers.borrow_mut();
                if p.suppress_click {
                    p.suppress_click = false;
                    event.stop_propagation();
                    event.prevent_default();
                }
            }),
            true,
        ));
    }

    // Wheel and trackpad: zoom around the pointer; sideways scrolling pans.
    {
        let along = along.clone();
        let dispatch = dispatch.clone();
        let latest = latest.clone();
        let years_per_px = years_per_px.clone();
        listeners.push((
            "wheel",
            Closure::new(move |event: web_sys::Event| {
                let Some(event) = event.dyn_ref::<web_sys::WheelEvent>() else {
                    return;
                };
                event.prevent_default();
                let unit = if event.delta_mode() == 1 { 16.0 } else { 1.0 };
                let (dx, dy) = (event.delta_x() * unit, event.delta_y() * unit);
                let geometry = latest.borrow().1;
                let pans = if geometry.vertical {
                    !event.ctrl_key()
                } else {
                    dx.abs() > dy.abs() || event.shift_key()
                };
                if pans {
                    let delta = if geometry.vertical || dx.abs() > dy.abs() {
                        dy.max(dx)
                    } else {
                        dy
                    };
                    let delta = if dx.abs() > dy.abs() { dx } else { delta };
                    dispatch(Action::Pan(delta * years_per_px()));
                } else {
                    let anchor = along(f64::from(event.client_x()), f64::from(event.client_y()))
                        / geometry.axis();
                    dispatch(Action::Zoom {
                        factor: (-dy * 0.002).exp(),
                        anchor,
                    });
                }
            }),
            false,
        ));
    }

    // Keyboard: + and − zoom, arrows pan, Home and End jump to the ends.
    {
        let dispatch = dispatch.clone();
        let latest = latest.clone();
        listeners.push((
            "keydown",
            Closure::new(move |event: web_sys::Event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                // Only when the track itself has focus; markers keep their own keys.
                let on_track = event
                    .target()
                    .zip(event.current_target())
                    .is_some_and(|(a, b)| a == b);
                if !on_track || event.ctrl_key() || event.meta_key() || event.alt_key() {
                    return;
                }
                let width = latest.borrow().0.window.width();
                let whole = TimeWindow::whole();
                let action = match event.key().as_str() {
                    "+" | "=" => Action::Zoom {
                        factor: 1.6,
                        anchor: 0.5,
                    },
                    "-" | "_" => Action::Zoom {
                        factor: 1.0 / 1.6,
                        anchor: 0.5,
                    },
                    "ArrowRight" | "ArrowDown" => Action::Pan(width * 0.1),
                    "ArrowLeft" | "ArrowUp" => Action::Pan(-width * 0.1),
                    "PageDown" => Action::Pan(width * 0.8),
                    "PageUp" => Action::Pan(-width * 0.8),
                    "Home" => Action::Pan(whole.start - whole.end),
                    "End" => Action::Pan(whole.end - whole.start),
                    _ => return,
                };
                event.prevent_default();
                dispatch(action);
            }),
            false,
        ));
    }

    for (name, listener, capture) in &listeners {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(false);
        options.set_capture(*capture);
        let _ = element.add_event_listener_with_callback_and_add_event_listener_options(
            name,
            listener.as_ref().unchecked_ref(),
            &options,
        );
    }
    Some(Attached {
        target: element,
        listeners,
        observer,
        _on_resize: Some(on_resize),
        window_resize: Some(window_resize),
    })
}

/// Keeps a flicked timeline moving, slowing down each frame.
fn glide(
    pointers: Rc<RefCell<Pointers>>,
    velocity: f64,
    dispatch: impl Fn(Action) + 'static,
    years_per_px: impl Fn() -> f64 + 'static,
) {
    let frame: Frame = Rc::new(RefCell::new(None));
    let again = Rc::downgrade(&frame);
    let speed = RefCell::new(velocity);
    let state = Rc::downgrade(&pointers);
    *frame.borrow_mut() = Some(Closure::new(move |_time: f64| {
        let mut v = speed.borrow_mut();
        *v *= 0.92;
        let Some(pointers) = state.upgrade() else {
            return;
        };
        if v.abs() < 0.02 {
            pointers.borrow_mut().inertia = None;
            return;
        }
        dispatch(Action::Pan(-*v * 16.0 * years_per_px()));
        let next = again.upgrade().and_then(|frame| request_frame(&frame));
        pointers.borrow_mut().inertia = next;
    }));
    let id = request_frame(&frame);
    let mut p = pointers.borrow_mut();
    p.inertia = id;
    p.glide = Some(frame);
}

fn request_frame(frame: &Frame) -> Option<i32> {
    let borrowed = frame.borrow();
    let callback = borrowed.as_ref()?;
    web_sys::window()?
        .request_animation_frame(callback.as_ref().unchecked_ref())
        .ok()
}
