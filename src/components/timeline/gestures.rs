//! Touch, pen, mouse, wheel and keyboard on the timeline track, through Pointer Events.
//!
//! One finger (or the mouse) drags, with inertia unless the visitor prefers reduced motion; two
//! fingers pinch; a third is ignored, and a finger lifting or landing never makes the timeline
//! jump. A tap that did not move stays a tap on the marker under it. The arithmetic is in
//! `crate::time_axis::gesture`; this file only wires it to the browser's events.
//!
//! Every listener, observer, animation frame and timer belongs to one `Attached`, dropped when
//! the track goes away: nothing the browser may still call outlives its closure.
//!
//! A wheel or pinch zoom says it goes on (`TrackGestures::zooming`) until
//! [`ZOOM_SETTLE_MS`] after its last step, so that the timeline packs its markers once when it
//! ends instead of at every level it passes.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo_render::AnimationFrame;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::TrackGeometry;
use crate::kiosk::Orientation;
use crate::state::{Action, ExhibitContext};
use crate::time_axis::gesture::{self, WindowChange, ZOOM_SETTLE_MS};

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
    /// The next frame of a glide; dropping it cancels the glide.
    glide: Option<AnimationFrame>,
    /// Where the track's box starts on screen (left, top), read when the first pointer went
    /// down: reading it on every move would make the browser lay out the last step's markers
    /// before their frame (a forced layout on every drag step).
    origin: Option<(f64, f64)>,
}

/// What the listeners read: the latest state handle and track geometry.
#[derive(Clone)]
struct Latest {
    exhibit: ExhibitContext,
    geometry: TrackGeometry,
}

type Shared<T> = Rc<RefCell<T>>;

/// What the track's gestures tell the timeline.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct TrackGestures {
    pub geometry: TrackGeometry,
    /// A wheel or pinch zoom goes on: it stepped less than [`ZOOM_SETTLE_MS`] ago.
    pub zooming: bool,
}

/// Whether a wheel or pinch zoom goes on, and the timer that ends it.
struct ZoomGesture {
    set: UseStateSetter<bool>,
    settle: Option<Timeout>,
}

/// Measures the track, follows the screen's orientation (or the kiosk's mounted one), and
/// turns gestures into actions.
#[hook]
pub fn use_track_gestures(
    track: NodeRef,
    exhibit: ExhibitContext,
    orientation: Orientation,
) -> TrackGestures {
    let geometry = use_state_eq(TrackGeometry::default);
    let zooming = use_state_eq(|| false);
    let latest: Shared<Option<Latest>> = use_mut_ref(|| None);
    // The listeners read the state of the last render; handed over after it, not during it.
    {
        let latest = latest.clone();
        let now = Latest {
            exhibit,
            geometry: *geometry,
        };
        use_effect(move || {
            *latest.borrow_mut() = Some(now);
        });
    }
    {
        let geometry = geometry.clone();
        let zoom = ZoomGesture {
            set: zooming.setter(),
            settle: None,
        };
        use_effect_with((track, orientation), move |(track, orientation)| {
            let attached = attach(track, geometry, zoom, latest, *orientation);
            move || drop(attached)
        });
    }
    TrackGestures {
        geometry: *geometry,
        zooming: *zooming,
    }
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

fn measure(element: &web_sys::HtmlElement, orientation: Orientation) -> TrackGeometry {
    let window = web_sys::window();
    let vertical = match orientation {
        Orientation::Portrait => true,
        Orientation::Landscape => false,
        Orientation::Auto => window.as_ref().is_some_and(|w| {
            let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
            size(w.inner_height()).unwrap_or(0.0) > size(w.inner_width()).unwrap_or(1.0)
        }),
    };
    let rem = window
        .as_ref()
        .and_then(|w| {
            let root = w.document()?.document_element()?;
            let style = w.get_computed_style(&root).ok()??;
            style.get_property_value("font-size").ok()
        })
        .and_then(|size| gesture::css_px(&size))
        .unwrap_or(16.0);
    TrackGeometry {
        width: f64::from(element.client_width()).max(1.0),
        height: f64::from(element.client_height()).max(1.0),
        vertical,
        rem,
        measured: true,
    }
}

/// Everything the browser may call back, removed when dropped.
struct Attached {
    _listeners: Vec<EventListener>,
    observer: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
    /// Holds the glide's frame: dropped with the track, so no frame outlives it.
    _pointers: Shared<Pointers>,
    /// The frame in which a change of size is measured, dropped with the track.
    _frame: Shared<Option<gloo_render::AnimationFrame>>,
    /// The timer that ends a zoom gesture, dropped with the track.
    _zoom: Shared<ZoomGesture>,
}

impl Drop for Attached {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.observer {
            observer.disconnect();
        }
    }
}

/// The track's gesture context, shared by its listeners.
#[derive(Clone)]
struct Track {
    element: web_sys::HtmlElement,
    latest: Shared<Option<Latest>>,
    pointers: Shared<Pointers>,
    zoom: Shared<ZoomGesture>,
}

impl Track {
    /// Where a point on screen lies along the axis, in px from its start.
    fn along(&self, x: f64, y: f64) -> f64 {
        self.along_from(None, x, y)
    }

    /// The same, from the track's box as read at `origin` (when a pointer went down).
    fn along_from(&self, origin: Option<(f64, f64)>, x: f64, y: f64) -> f64 {
        let (left, top) = origin.unwrap_or_else(|| self.origin());
        if self.vertical() {
            y - top
        } else {
            x - left
        }
    }

    /// Where the track's box starts on screen now.
    fn origin(&self) -> (f64, f64) {
        let rect = self.element.get_bounding_client_rect();
        (rect.left(), rect.top())
    }

    fn latest(&self) -> Option<Latest> {
        self.latest.borrow().clone()
    }

    fn vertical(&self) -> bool {
        self.latest().is_some_and(|l| l.geometry.vertical)
    }

    fn years_per_px(&self) -> f64 {
        self.latest()
            .map_or(0.0, |l| l.exhibit.window.width() / l.geometry.axis())
    }

    /// A change from a wheel or a pinch: a zoom among them goes on until [`ZOOM_SETTLE_MS`]
    /// after its last step.
    fn gesture_change(&self, change: WindowChange) {
        if matches!(change, WindowChange::Zoom { .. }) {
            let mut zoom = self.zoom.borrow_mut();
            zoom.set.set(true);
            let set = zoom.set.clone();
            // The timer before it, dropped here, never fires.
            zoom.settle = Some(Timeout::new(ZOOM_SETTLE_MS, move || set.set(false)));
        }
        self.change(change);
    }

    fn change(&self, change: WindowChange) {
        if let Some(latest) = self.latest() {
            latest.exhibit.dispatch(match change {
                WindowChange::Zoom { factor, anchor } => Action::Zoom { factor, anchor },
                WindowChange::Pan(years) => Action::Pan(years),
            });
        }
    }

    fn pointer_down(&self, event: &web_sys::PointerEvent) {
        let mut p = self.pointers.borrow_mut();
        p.glide = None; // a touch stops a glide
        if p.points.len() >= 2 {
            return; // a third finger is ignored
        }
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        if p.points.is_empty() {
            p.origin = Some(self.origin());
            p.start = (x, y);
            p.dragging = false;
            p.suppress_click = false;
            p.velocity = 0.0;
        }
        p.points.push((event.pointer_id(), x, y));
        p.last_time = now();
    }

    fn pointer_move(&self, event: &web_sys::PointerEvent) {
        let id = event.pointer_id();
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        let change = {
            let mut p = self.pointers.borrow_mut();
            let Some(slot) = p.points.iter().position(|(pid, _, _)| *pid == id) else {
                return;
            };
            let (_, old_x, old_y) = p.points[slot];
            p.points[slot] = (id, x, y);
            if p.points.len() == 1 {
                if !p.dragging && gesture::is_drag(p.start, (x, y)) {
                    p.dragging = true;
                    p.suppress_click = true;
                    let _ = self.element.set_pointer_capture(id);
                }
                if !p.dragging {
                    return;
                }
                let origin = p.origin;
                let delta = self.along_from(origin, x, y) - self.along_from(origin, old_x, old_y);
                let time = now();
                p.velocity = gesture::smoothed_velocity(p.velocity, delta, time - p.last_time);
                p.last_time = time;
                Some(WindowChange::Pan(-delta * self.years_per_px()))
            } else {
                let other = p.points[1 - slot];
                let axis = self.latest().map_or(1.0, |l| l.geometry.axis());
                let change = gesture::pinch(
                    (old_x, old_y),
                    (x, y),
                    (other.1, other.2),
                    |x, y| self.along_from(p.origin, x, y),
                    axis,
                );
                if change.is_some() {
                    p.dragging = true;
                    p.suppress_click = true;
                }
                change
            }
        };
        if let Some(change) = change {
            self.gesture_change(change);
        }
    }

    fn pointer_up(&self, event: &web_sys::PointerEvent) {
        let mut p = self.pointers.borrow_mut();
        let before = p.points.len();
        p.points.retain(|(id, _, _)| *id != event.pointer_id());
        let lifted_last = before == 1 && p.points.is_empty();
        if p.points.is_empty() {
            p.origin = None;
        }
        if lifted_last
            && p.dragging
            && gesture::glides(p.velocity, now() - p.last_time, prefers_reduced_motion())
        {
            p.glide = Some(self.next_glide_frame(p.velocity));
        }
    }

    /// One frame of a glide, which asks for the next while it has speed left. The frame holds
    /// the track weakly, and the track holds the frame: a track gone away cancels the glide.
    fn next_glide_frame(&self, velocity: f64) -> AnimationFrame {
        let pointers: Weak<RefCell<Pointers>> = Rc::downgrade(&self.pointers);
        let zoom = Rc::downgrade(&self.zoom);
        let (element, latest) = (self.element.clone(), self.latest.clone());
        gloo_render::request_animation_frame(move |_| {
            let Some(pointers) = pointers.upgrade() else {
                return;
            };
            let Some(zoom) = zoom.upgrade() else {
                return;
            };
            let track = Track {
                element,
                latest,
                pointers,
                zoom,
            };
            track.change(WindowChange::Pan(-velocity * 16.0 * track.years_per_px()));
            let next = gesture::glide_step(velocity).map(|v| track.next_glide_frame(v));
            track.pointers.borrow_mut().glide = next;
        })
    }
}

fn attach(
    track: &NodeRef,
    geometry: UseStateHandle<TrackGeometry>,
    zoom: ZoomGesture,
    latest: Shared<Option<Latest>>,
    orientation: Orientation,
) -> Option<Attached> {
    let element = track.cast::<web_sys::HtmlElement>()?;
    let track = Track {
        element: element.clone(),
        latest,
        pointers: Rc::new(RefCell::new(Pointers::default())),
        zoom: Rc::new(RefCell::new(zoom)),
    };

    // Size and orientation, now and whenever they change.
    let remeasure = {
        let element = element.clone();
        move || geometry.set(measure(&element, orientation))
    };
    remeasure();
    // A change of size is measured in the next frame, not inside the observer's callback: the
    // new layout would resize what it observes within the same delivery, which browsers report
    // as an error ("ResizeObserver loop completed with undelivered notifications").
    let frame: Shared<Option<gloo_render::AnimationFrame>> = Rc::new(RefCell::new(None));
    let later = {
        let frame = frame.clone();
        move || {
            let remeasure = remeasure.clone();
            *frame.borrow_mut() = Some(gloo_render::request_animation_frame(move |_| remeasure()));
        }
    };
    let on_resize = Closure::<dyn FnMut()>::new(later.clone());
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
        .ok()
        .map(|observer| {
            observer.observe(&element);
            (observer, on_resize)
        });

    let active = EventListenerOptions::enable_prevent_default();
    let capture = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: false,
    };
    let pointer = |name: &'static str, handle: fn(&Track, &web_sys::PointerEvent)| {
        let track = track.clone();
        EventListener::new_with_options(&element, name, active, move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::PointerEvent>() {
                handle(&track, event);
            }
        })
    };
    let mut listeners = vec![
        pointer("pointerdown", Track::pointer_down),
        pointer("pointermove", Track::pointer_move),
        pointer("pointerup", Track::pointer_up),
        pointer("pointercancel", Track::pointer_up),
    ];
    if let Some(window) = web_sys::window() {
        listeners.push(EventListener::new(&window, "resize", move |_| later()));
    }

    // The click that ends a drag is not a tap on a marker.
    {
        let track = track.clone();
        listeners.push(EventListener::new_with_options(
            &element,
            "click",
            capture,
            move |event| {
                let mut p = track.pointers.borrow_mut();
                if p.suppress_click {
                    p.suppress_click = false;
                    event.stop_propagation();
                    event.prevent_default();
                }
            },
        ));
    }

    // Wheel and trackpad.
    {
        let track = track.clone();
        listeners.push(EventListener::new_with_options(
            &element,
            "wheel",
            active,
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::WheelEvent>() else {
                    return;
                };
                event.prevent_default();
                let Some(latest) = track.latest() else {
                    return;
                };
                let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
                let turn = gesture::Wheel {
                    dx: event.delta_x(),
                    dy: event.delta_y(),
                    in_lines: event.delta_mode() == 1,
                    ctrl: event.ctrl_key(),
                    shift: event.shift_key(),
                    anchor: track.along(x, y) / latest.geometry.axis(),
                };
                track.gesture_change(gesture::wheel(
                    turn,
                    latest.geometry.vertical,
                    track.years_per_px(),
                ));
            },
        ));
    }

    // Keyboard, only when the track itself has focus: markers keep their own keys.
    {
        let track = track.clone();
        listeners.push(EventListener::new_with_options(
            &element,
            "keydown",
            active,
            move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let on_track = event
                    .target()
                    .zip(event.current_target())
                    .is_some_and(|(a, b)| a == b);
                if !on_track || key.ctrl_key() || key.meta_key() || key.alt_key() {
                    return;
                }
                let Some(latest) = track.latest() else {
                    return;
                };
                if let Some(change) = gesture::key(&key.key(), &latest.exhibit.window) {
                    event.prevent_default();
                    track.change(change);
                }
            },
        ));
    }

    Some(Attached {
        _listeners: listeners,
        observer,
        _pointers: track.pointers,
        _frame: frame,
        _zoom: track.zoom,
    })
}
