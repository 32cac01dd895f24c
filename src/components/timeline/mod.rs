//! The interactive timeline: eras as bands, events as markers (icon and colour), zoom and pan
//! by touch, mouse, wheel and keyboard, and an overview strip of the whole span.

mod gestures;
mod marker;
mod overview;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content_file::content;
use crate::history::Step;
use crate::i18n::format::format_year;
use crate::i18n::{ui, Lang};
use crate::kiosk::Orientation;
use crate::route::Route;
use crate::state::{use_exhibit, use_setting, Action};
use crate::time_axis::arrange::{arrange_along, Arrangement, Dated, MarkerBox, MARKER_MOST};
use crate::time_axis::classes::describe_all;
use crate::time_axis::era_names;
use crate::time_axis::gesture::ZOOM_STEP;
use crate::time_axis::{class_of, Form, LayoutClass, TimeWindow, CLASSES};

use crate::decimal::fixed;
pub use gestures::use_track_gestures;
use marker::Marker;
use overview::Overview;

/// Properties of [`Timeline`].
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    pub lang: Lang,
    /// The event whose card is open.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
}

/// Size of the track and how to read it.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct TrackGeometry {
    pub width: f64,
    pub height: f64,
    /// Portrait screens read the timeline top to bottom.
    pub vertical: bool,
    /// Root font size in px: markers grow with the text.
    pub rem: f64,
    /// Whether the track has been measured: until then (on the page drawn at build time, and
    /// while the app takes it over) the timeline carries the layout of every class.
    pub measured: bool,
}

impl Default for TrackGeometry {
    fn default() -> Self {
        Self {
            width: 1200.0,
            height: 420.0,
            vertical: false,
            rem: 16.0,
            measured: false,
        }
    }
}

impl TrackGeometry {
    /// Length of the time axis in px.
    pub fn axis(&self) -> f64 {
        if self.vertical {
            self.height
        } else {
            self.width
        }
        .max(1.0)
    }

    /// The track's width in rem.
    pub fn width_rem(&self) -> f64 {
        self.width / self.rem.max(1.0)
    }

    /// The layout class of this track.
    pub fn class(&self) -> &'static LayoutClass {
        class_of(self.vertical, self.width_rem())
    }
}

/// Year ticks of a class: every 1, 2, 5 or 10 years, so that labels keep apart.
fn ticks(window: &TimeWindow, class: &LayoutClass) -> Vec<i32> {
    let per_year = class.axis() / window.width();
    let room = if class.vertical { 2.0 } else { 4.5 };
    let step = [1, 2, 5, 10]
        .into_iter()
        .find(|step| per_year * f64::from(*step) >= room)
        .unwrap_or(10);
    let first = (window.start.ceil() as i32 + step - 1) / step * step;
    (first..=window.end.floor() as i32)
        .step_by(step as usize)
        .collect()
}

/// Whether the year tick of `year` would stand under the label of the marked year `marked`
/// in `class`: the label is written beside the cursor's line, among the ticks (style.css,
/// `.year-cursor-label`), so a tick close after the line (or just before it) is left out.
/// The room is in rem, as wide as the widest label and tick need (`1995年`, `2025`).
fn under_cursor_label(class: &LayoutClass, window: &TimeWindow, marked: i32, year: i32) -> bool {
    let per_year = class.axis() / window.width();
    let apart = (f64::from(year) - (f64::from(marked) + 0.5)) * per_year;
    let (before, after) = if class.vertical {
        (1.3, 1.5)
    } else {
        (2.6, 3.9)
    };
    -before < apart && apart < after
}

/// A position along the axis, as a percentage of it.
fn percent(fraction: f64) -> String {
    format!("{}%", fixed(fraction * 100.0, 3))
}

/// Where something starts along the axis and across it, as CSS.
fn along(vertical: bool, along: &str, across: f64) -> String {
    if vertical {
        format!("top: {along}; left: {}rem", fixed(across, 2))
    } else {
        format!("left: {along}; top: {}rem", fixed(across, 2))
    }
}

/// The style of each element in each class, as the page carries it before the app has
/// measured the track: `h28,h34=left: 1%|v18=top: 2%` (`data-l`, read by
/// assets/scripts/timeline-layout.js). An element without an entry for a class is hidden
/// in it.
#[derive(Default)]
struct PerClass(Vec<(String, Vec<&'static str>)>);

impl PerClass {
    fn add(&mut self, class: &'static str, style: String) {
        match self.0.iter_mut().find(|(s, _)| *s == style) {
            Some((_, keys)) => keys.push(class),
            None => self.0.push((style, vec![class])),
        }
    }

    fn attribute(&self) -> String {
        self.0
            .iter()
            .map(|(style, keys)| format!("{}={style}", keys.join(",")))
            .collect::<Vec<_>>()
            .join("|")
    }
}

/// The timeline.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let exhibit = use_exhibit();
    let content = content();
    // Where each era's whole and short name fit (era_names.rs): measured once per language,
    // not on every render of the timeline, which is every drag step.
    let era_fits = use_memo(lang, |lang| {
        content
            .eras
            .iter()
            .map(|era| {
                let fits = era_names::fits(era.name.get(*lang), era.short.get(*lang));
                [fits.whole, fits.upright, fits.short, fits.upright_short].map(AttrValue::from)
            })
            .collect::<Vec<_>>()
    });
    let track = use_node_ref();
    // A kiosk set up with `orientation=` says which way its screen is mounted.
    let orientation = use_setting()
        .kiosk()
        .map_or(Orientation::Auto, |kiosk| kiosk.orientation);
    let gestures = use_track_gestures(track.clone(), exhibit.clone(), orientation);
    let geometry = gestures.geometry;
    let window = exhibit.window;
    // While a wheel or pinch zoom goes on, the markers keep the packing of the last render as
    // long as it gives them room (window.rs, `packing_width_while_zooming`): they move, and
    // are packed for the window once the gesture ends.
    let last_packing = use_mut_ref(|| None::<f64>);
    let packing_width = if gestures.zooming {
        window.packing_width_while_zooming(*last_packing.borrow())
    } else {
        window.packing_width()
    };
    *last_packing.borrow_mut() = Some(packing_width);
    // Measured, the track is drawn in its own class; before, in every class (see classes.rs).
    let classes: Vec<&'static LayoutClass> = if geometry.measured {
        vec![geometry.class()]
    } else {
        CLASSES.iter().collect()
    };
    let measured = geometry.measured.then(|| geometry.class());

    // Events laid out: those the filter shows, over the whole span at the window's scale, so
    // that panning moves the layout and never packs it anew (see `arranged`).
    let shown: Vec<usize> = content
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| exhibit.shows_category(&e.category))
        .map(|(i, _)| i)
        .collect();
    // Drawn: what lies in the window, with a margin so markers slide in. The widest marker, as
    // a share of the shortest axis any class lays out for.
    let shortest = CLASSES
        .iter()
        .map(LayoutClass::axis)
        .fold(f64::INFINITY, f64::min);
    let margin = MARKER_MOST / shortest * window.width();
    // (A marker dated after the window's end is not drawn, as before: one opening backwards
    // would show cut at the far edge.)
    let in_view = |year: f64| year >= window.start - margin && year <= window.end;
    let whole = TimeWindow::whole();
    // The whole span at the window's scale, moved so that the window shows: a drag step
    // changes this one style and nothing inside it.
    let world_style = |vertical: bool| {
        let (size, shift) = if vertical {
            ("height", "translateY")
        } else {
            ("width", "translateX")
        };
        format!(
            "{size}: {:.4}%; transform: {shift}({:.4}%)",
            whole.width() / window.width() * 100.0,
            -(window.start - whole.start) / whole.width() * 100.0
        )
    };
    let (world, world_layouts) = match measured {
        _ if window.is_whole() && (window.start - whole.start).abs() < 1e-9 => (None, None),
        Some(class) => (Some(world_style(class.vertical)), None),
        None => {
            let mut per_class = PerClass::default();
            for class in &classes {
                per_class.add(class.key, world_style(class.vertical));
            }
            (None, Some(per_class.attribute()))
        }
    };

    // One callback for every marker, the same from render to render (markers compare it).
    let open = use_callback(
        (lang, exhibit.dispatcher()),
        |id: AttrValue, (lang, dispatcher)| {
            dispatcher.dispatch(Action::Go {
                route: Route::Event {
                    lang: *lang,
                    id: id.to_string(),
                },
                year: None,
                step: Step::Push,
            })
        },
    );
    let zoom_to = |indices: &[usize]| {
        let exhibit = exhibit.clone();
        let years: Vec<f64> = indices
            .iter()
            .map(|&i| content.events[shown[i]].date.start.as_fractional_year())
            .collect();
        Callback::from(move |_: MouseEvent| {
            let first = years.iter().copied().fold(f64::INFINITY, f64::min);
            let last = years.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let width = ((last - first) * 1.6).max(1.0);
            exhibit.dispatch(Action::SetWindow(TimeWindow::around(
                (first + last) / 2.0,
                width,
            )));
        })
    };
    let zoom = |factor: f64| {
        let exhibit = exhibit.clone();
        Callback::from(move |_: MouseEvent| {
            exhibit.dispatch(Action::Zoom {
                factor,
                anchor: 0.5,
            })
        })
    };
    let show_whole = {
        let exhibit = exhibit.clone();
        Callback::from(move |_: MouseEvent| {
            exhibit.dispatch(Action::SetWindow(TimeWindow::whole()))
        })
    };
    // Elements drawn for every class carry keys of their own, so the app's first measured
    // render replaces them instead of keeping styles the layout script set on them.
    let prefix = if measured.is_some() { "" } else { "u-" };

    // The markers and cluster badges. The browser's first render (taking over the page drawn
    // at build time) neither lays them out nor hydrates them: that page carries every class's
    // layout, which the app's measured render, right after, replaces by its own class's.
    let world_content = || {
        if cfg!(target_arch = "wasm32") && measured.is_none() {
            return served_as_is(Html::default());
        }
        let drawing = arranged(lang, packing_width, &shown, &classes, measured.is_some());
        let arrangements = &drawing.arrangements;
        let markers = shown
        .iter()
        .enumerate()
        .filter_map(|(index, &event_index)| {
            let event = &content.events[event_index];
            let (style, layouts) = drawing.markers[index].clone()?;
            if !in_view(event.date.start.as_fractional_year()) {
                return None;
            }
            let selected = props.selected.as_deref() == Some(event.id.as_str());
            Some(html! {
                <Marker key={format!("{prefix}{}", event.id)} event={event_index} {lang} {selected}
                    {style} {layouts} open={open.clone()} />
            })
        });

        let clusters = drawing.clusters.iter().filter_map(|drawn| {
            let cluster = &arrangements[drawn.class].1.clusters[drawn.n];
            if !in_view(whole.start + cluster.fraction * whole.width()) {
                return None;
            }
            let count = cluster.indices.len();
            // The open event, when it sits in this cluster: the badge shows it (marker and
            // card stay in step), and a tap opens the cluster onto it.
            let holds_selected = cluster
                .indices
                .iter()
                .any(|&i| props.selected.as_deref() == Some(content.events[shown[i]].id.as_str()));
            Some(html! {
                <button type="button" key={format!("{prefix}{}", drawn.key)}
                    class={classes!("cluster", holds_selected.then_some("holds-selected"))}
                    data-style={drawn.style.clone()}
                    data-l={drawn.layouts.clone()}
                    onclick={zoom_to(&cluster.indices)}>
                    <span aria-hidden="true">{ "+" }</span>{ count }
                    <span class="visually-hidden">{ format!(" {}", text.cluster_label) }</span>
                </button>
            })
        });

        let drawn = html! { <>{ for markers }{ for clusters }</> };
        if measured.is_none() {
            served_as_is(drawn)
        } else {
            drawn
        }
    };

    // Year ticks: those of every class drawn, each shown in the classes that have it, except
    // where the marked year's label stands.
    let cursor = exhibit
        .year_cursor
        .filter(|y| (window.start..=window.end).contains(&(f64::from(*y) + 0.5)));
    let mut tick_years: Vec<(i32, PerClass)> = Vec::new();
    for class in &classes {
        for year in ticks(&window, class) {
            if cursor.is_some_and(|marked| under_cursor_label(class, &window, marked, year)) {
                continue;
            }
            let style = along(
                class.vertical,
                &percent(window.fraction(f64::from(year))),
                0.0,
            );
            match tick_years.iter_mut().find(|(y, _)| *y == year) {
                Some((_, per_class)) => per_class.add(class.key, style),
                None => {
                    let mut per_class = PerClass::default();
                    per_class.add(class.key, style);
                    tick_years.push((year, per_class));
                }
            }
        }
    }
    crate::sorted::sort_by_key(&mut tick_years, |(year, _)| *year);

    // Until the measured render draws the markers as components, those served with the page
    // (taken over as they are, without listeners) answer a tap through the track: the app is
    // usable from its first render on, not one render later.
    let served_tap = measured.is_none().then(|| {
        let open = open.clone();
        Callback::from(move |event: MouseEvent| {
            let id = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest(".marker[data-event-id]").ok().flatten())
                .and_then(|marker| marker.get_attribute("data-event-id"));
            if let Some(id) = id {
                open.emit(AttrValue::from(id));
            }
        })
    });

    let vertical = measured.map(|class| class.vertical);
    html! {
        <section class="timeline" aria-label={text.timeline_label}
            data-orientation={vertical.map(|v| if v { "vertical" } else { "horizontal" })}>
            <div class="timeline-controls">
                <button type="button" class="control zoom-out" onclick={zoom(1.0 / ZOOM_STEP)} aria-label={text.zoom_out}
                    disabled={window.is_whole()}>{ "−" }</button>
                <button type="button" class="control zoom-in" onclick={zoom(ZOOM_STEP)} aria-label={text.zoom_in}
                    disabled={window.width() <= 1.0 + 1e-9}>{ "+" }</button>
                <button type="button" class="control zoom-whole" onclick={show_whole} disabled={window.is_whole()}>
                    { text.zoom_whole }
                </button>
                <span class="timeline-range" aria-live="polite">
                    { format!("{} – {}", format_year(lang, window.start.floor() as i32), format_year(lang, (window.end - 0.01).floor() as i32)) }
                </span>
            </div>
            <div class="timeline-track" ref={track} tabindex="0" role="group" onclick={served_tap}
                aria-roledescription={text.timeline_label} aria-label={text.timeline_help}
                data-class={measured.map(|class| class.key)}
                data-era-lines={measured.filter(|class| class.vertical)
                    .map(|class| class.era_name_lines(geometry.width_rem()).to_string())}
                data-classes={measured.is_none().then(describe_all)}>
                { for content.eras.iter().zip(era_fits.iter()).map(|(era, [whole_from, upright_from, short_from, upright_short_from])| {
                    let from = window.fraction(f64::from(era.start)).max(0.0);
                    let to = window.fraction(f64::from(era.end) + 1.0).min(1.0);
                    if to <= from {
                        return Html::default();
                    }
                    let span = |vertical: bool| if vertical {
                        format!("top: {}; height: {}", percent(from), percent(to - from))
                    } else {
                        format!("left: {}; width: {}", percent(from), percent(to - from))
                    };
                    let (style, layouts) = match measured {
                        Some(class) => (Some(span(class.vertical)), None),
                        None => {
                            let mut per_class = PerClass::default();
                            for class in &classes {
                                per_class.add(class.key, span(class.vertical));
                            }
                            (None, Some(per_class.attribute()))
                        }
                    };
                    html! {
                        <div class="era-band" key={format!("{prefix}{}", era.id)} data-style={style} data-l={layouts} data-era={era.id.clone()}>
                            <span class="era-name" data-whole-from={whole_from.clone()} data-upright-from={upright_from.clone()}
                                data-short-from={short_from.clone()} data-upright-short-from={upright_short_from.clone()}>
                                <span class="era-whole">{ era.name.get(lang) }</span>
                                <span class="era-short">{ era.short.get(lang) }</span>
                            </span>
                        </div>
                    }
                }) }
                { for tick_years.into_iter().map(|(year, per_class)| {
                    let (style, layouts) = match measured {
                        Some(class) => (Some(along(class.vertical, &percent(window.fraction(f64::from(year))), 0.0)), None),
                        None => (None, Some(per_class.attribute())),
                    };
                    html! {
                        <span class="tick" key={format!("{prefix}{year}")} data-style={style} data-l={layouts} aria-hidden="true">
                            { year }
                        </span>
                    }
                }) }
                if let Some(year) = cursor {
                    <div class="year-cursor" aria-hidden="true"
                        data-style={format!("--along: {}", percent(window.fraction(f64::from(year) + 0.5)))}>
                        <span class="year-cursor-label">{ format_year(lang, year) }</span>
                    </div>
                }
                <div class="timeline-world" key={format!("{prefix}world")} data-style={world} data-l={world_layouts}>
                    { world_content() }
                </div>
            </div>
            <Overview {lang} />
        </section>
    }
}

/// Elements the app takes over as the server drew them, without hydrating them: on the server,
/// `drawn` between the marks of one raw block (two raw blocks of marks only, which nest); in
/// the browser, an empty raw block, which takes over whatever lies between those marks as it
/// is. The next render that draws something else there replaces them.
fn served_as_is(drawn: Html) -> Html {
    if cfg!(target_arch = "wasm32") {
        Html::from_html_unchecked(AttrValue::Static(""))
    } else {
        html! {
            <>
                { Html::from_html_unchecked(AttrValue::Static("<!--<#>-->")) }
                { drawn }
                { Html::from_html_unchecked(AttrValue::Static("<!--</#>-->")) }
            </>
        }
    }
}

/// The layouts of the events shown, and what the page draws of them: each marker's and
/// cluster's style, made once per layout rather than on every render.
struct Drawing {
    arrangements: Vec<(&'static LayoutClass, Arrangement)>,
    /// For each event shown (its index in `shown`): its marker's `data-style` and, before the
    /// track is measured, its place in every class (`data-l`); `None` where every class counts
    /// it in a cluster.
    markers: Vec<Option<(AttrValue, Option<AttrValue>)>>,
    clusters: Vec<DrawnCluster>,
}

/// A cluster badge: which class's (index into `arrangements`) and which of its clusters.
struct DrawnCluster {
    class: usize,
    n: usize,
    /// Kept from render to render while the layout stays: its class and its first event.
    key: String,
    style: Option<AttrValue>,
    layouts: Option<AttrValue>,
}

/// What the timeline was last laid out for, and the layouts: a render that changes none of it
/// (a card opened, a drag step, the page drawn at build time for each event) lays nothing out
/// again.
type Arranged = (
    (Lang, u64, Vec<usize>, Vec<&'static str>, bool),
    Rc<Drawing>,
);

thread_local! {
    static ARRANGED: RefCell<Vec<Arranged>> = const { RefCell::new(Vec::new()) };
    /// Every event's place on the whole span and its title measured, per language.
    static DATED: RefCell<Vec<(Lang, Rc<Vec<Dated<'static>>>)>> = const { RefCell::new(Vec::new()) };
}

/// Every event of the content, placed on the whole span, with its title in `lang` measured.
fn dated(lang: Lang) -> Rc<Vec<Dated<'static>>> {
    if let Some(found) = DATED.with(|cache| {
        cache
            .borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, dated)| dated.clone())
    }) {
        return found;
    }
    let whole = TimeWindow::whole();
    let dated: Rc<Vec<Dated>> = Rc::new(
        content()
            .events
            .iter()
            .map(|event| {
                let year = event.date.start.as_fractional_year();
                Dated::new(whole.fraction(year), event.title.get(lang), event.highlight)
            })
            .collect(),
    );
    DATED.with(|cache| cache.borrow_mut().push((lang, dated.clone())));
    dated
}

/// The layouts of the events `shown` (indices into the content's events) in `classes`, laid
/// out over the whole span at the scale of a window `width` years wide (the window's
/// [`TimeWindow::packing_width`]): the layout depends on that width, never on where the window
/// starts, so a pan moves it and a zoom packs it anew only where it passes a level. At the
/// whole span it is exactly the track's own layout.
fn arranged(
    lang: Lang,
    width: f64,
    shown: &[usize],
    classes: &[&'static LayoutClass],
    measured: bool,
) -> Rc<Drawing> {
    let key = (
        lang,
        width.to_bits(),
        shown.to_vec(),
        classes.iter().map(|class| class.key).collect::<Vec<_>>(),
        measured,
    );
    if let Some(found) = ARRANGED.with(|cache| {
        cache
            .borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, drawing)| drawing.clone())
    }) {
        return found;
    }
    let content = content();
    let all = dated(lang);
    let dated: Vec<Dated> = shown.iter().map(|&i| all[i].clone()).collect();
    let scale = TimeWindow::whole().width() / width;
    let arrangements: Vec<_> = classes
        .iter()
        .map(|class| (*class, arrange_along(class, &dated, class.axis() * scale)))
        .collect();
    let markers = shown
        .iter()
        .enumerate()
        .map(|(index, &event_index)| {
            let event = &content.events[event_index];
            let mut per_class = PerClass::default();
            let mut drawn = None;
            for (class, arrangement) in arrangements.iter() {
                if let Some(marker) = arrangement.marker(index) {
                    per_class.add(class.key, marker_style(class, marker));
                    drawn = drawn.or(Some((*class, marker)));
                }
            }
            let (class, marker) = drawn?;
            let colour = format!(
                "--category: {}",
                content
                    .category(&event.category)
                    .map_or("#1d3557", |c| c.colour.as_str())
            );
            Some(if measured {
                (
                    AttrValue::from(format!("{}; {colour}", marker_style(class, marker))),
                    None,
                )
            } else {
                (
                    AttrValue::from(colour),
                    Some(AttrValue::from(per_class.attribute())),
                )
            })
        })
        .collect();
    let clusters = arrangements
        .iter()
        .enumerate()
        .flat_map(|(at, (class, arrangement))| {
            arrangement
                .clusters
                .iter()
                .enumerate()
                .map(move |(n, cluster)| {
                    let style = along(class.vertical, &percent(cluster.fraction), cluster.across);
                    let first = cluster.indices.iter().min().copied().unwrap_or(n);
                    let (style, layouts) = if measured {
                        (Some(AttrValue::from(style)), None)
                    } else {
                        (
                            None,
                            Some(AttrValue::from(format!("{}={style}", class.key))),
                        )
                    };
                    DrawnCluster {
                        class: at,
                        n,
                        key: format!("cluster-{}-{first}", class.key),
                        style,
                        layouts,
                    }
                })
        })
        .collect();
    let drawing = Rc::new(Drawing {
        arrangements,
        markers,
        clusters,
    });
    ARRANGED.with(|cache| {
        let mut cache = cache.borrow_mut();
        // The last two: the layout shown and the one before (a filter turned off and on
        // again, a zoom step back). With 500 events a layout is about 100 KB.
        if cache.len() >= 2 {
            cache.remove(0);
        }
        cache.push((key, drawing.clone()));
    });
    drawing
}

/// A marker's place and size in `class`, as CSS.
fn marker_style(class: &LayoutClass, marker: &MarkerBox) -> String {
    let mut style = format!(
        "{}; width: {}rem",
        along(class.vertical, &marker.along, marker.across),
        fixed(marker.width, 2)
    );
    // A small marker hides its title; one that opens backwards has its icon last.
    if marker.form == Form::Compact {
        style.push_str("; --title: none");
    }
    if let Some(height) = marker.height {
        style.push_str(&format!("; height: {}rem", fixed(height, 2)));
    }
    if marker.backwards {
        style.push_str("; flex-direction: row-reverse; padding: 0 0 0 0.6rem; text-align: right");
    }
    style
}
