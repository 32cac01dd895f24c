//! The interactive timeline: eras as bands, events as markers (icon and colour), zoom and pan
//! by touch, mouse, wheel and keyboard, and an overview strip of the whole span.

mod gestures;
mod overview;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::category_icon::category_icon;
use crate::content_file::content;
use crate::history::Step;
use crate::i18n::format::format_year;
use crate::i18n::{ui, Lang};
use crate::kiosk::Orientation;
use crate::route::Route;
use crate::state::{use_exhibit, use_setting, Action};
use crate::time_axis::arrange::{arrange, Arrangement, Dated, MarkerBox, MARKER_MOST};
use crate::time_axis::classes::describe_all;
use crate::time_axis::gesture::ZOOM_STEP;
use crate::time_axis::{class_of, Form, LayoutClass, TimeWindow, CLASSES};

use crate::decimal::fixed;
pub use gestures::use_track_gestures;
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

    /// The layout class of this track.
    pub fn class(&self) -> &'static LayoutClass {
        class_of(self.vertical, self.width / self.rem.max(1.0))
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
    let track = use_node_ref();
    // A kiosk set up with `orientation=` says which way its screen is mounted.
    let orientation = use_setting()
        .kiosk()
        .map_or(Orientation::Auto, |kiosk| kiosk.orientation);
    let geometry = use_track_gestures(track.clone(), exhibit.clone(), orientation);
    let window = exhibit.window;
    // Measured, the track is drawn in its own class; before, in every class (see classes.rs).
    let classes: Vec<&'static LayoutClass> = if geometry.measured {
        vec![geometry.class()]
    } else {
        CLASSES.iter().collect()
    };
    let measured = geometry.measured.then(|| geometry.class());

    // Events shown: filtered, and inside the window (with a margin so markers slide in).
    // The widest marker, as a share of the shortest axis any class lays out for.
    let shortest = CLASSES
        .iter()
        .map(LayoutClass::axis)
        .fold(f64::INFINITY, f64::min);
    let margin = MARKER_MOST / shortest * window.width();
    let shown: Vec<usize> = content
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| exhibit.shows_category(&e.category))
        .filter(|(_, e)| {
            let year = e.date.start.as_fractional_year();
            year >= window.start - margin && year <= window.end
        })
        .map(|(i, _)| i)
        .collect();
    let arrangements = arranged(lang, &window, &shown, &classes);

    let open = |id: String| {
        let exhibit = exhibit.clone();
        Callback::from(move |_: MouseEvent| {
            exhibit.dispatch(Action::Go {
                route: Route::Event {
                    lang,
                    id: id.clone(),
                },
                year: None,
                step: Step::Push,
            })
        })
    };
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
    let whole = {
        let exhibit = exhibit.clone();
        Callback::from(move |_: MouseEvent| {
            exhibit.dispatch(Action::SetWindow(TimeWindow::whole()))
        })
    };
    // Elements drawn for every class carry keys of their own, so the app's first measured
    // render replaces them instead of keeping styles the layout script set on them.
    let prefix = if measured.is_some() { "" } else { "u-" };

    let markers = shown.iter().enumerate().filter_map(|(index, &event_index)| {
        let event = &content.events[event_index];
        let mut per_class = PerClass::default();
        let mut drawn = None;
        for (class, arrangement) in arrangements.iter() {
            if let Some(marker) = arrangement.marker(index) {
                per_class.add(class.key, marker_style(class, marker));
                drawn = drawn.or(Some(marker.clone()));
            }
        }
        let drawn = drawn?;
        let category = content.category(&event.category);
        let selected = props.selected.as_deref() == Some(event.id.as_str());
        let colour = format!("--category: {}", category.map_or("#1d3557", |c| c.colour.as_str()));
        let (style, layouts) = match measured {
            Some(class) => (format!("{}; {colour}", marker_style(class, &drawn)), None),
            None => (colour, Some(per_class.attribute())),
        };
        Some(html! {
            <button type="button" key={format!("{prefix}{}", event.id)}
                class={classes!("marker", selected.then_some("selected"), event.highlight.then_some("highlight"))}
                data-event-id={event.id.clone()}
                data-style={style}
                data-l={layouts}
                aria-pressed={selected.to_string()}
                onclick={open(event.id.clone())}>
                <span class="marker-icon">
                    { category_icon(category.map_or("flag", |c| c.icon.as_str())) }
                </span>
                // The name a screen reader reads is the title, with the category added, even
                // where the marker shows only its year.
                <span class="marker-label">
                    <span class="marker-year">{ event.date.year() }</span>
                    <span class="visually-hidden">{ ": " }</span>
                    <span class="marker-title">{ event.title.get(lang) }</span>
                    if let Some(category) = category {
                        <span class="visually-hidden">{ format!(" ({})", category.name.get(lang)) }</span>
                    }
                </span>
            </button>
        })
    });

    let clusters = arrangements.iter().flat_map(|(class, arrangement)| {
        arrangement.clusters.iter().enumerate().map(|(n, cluster)| {
            let count = cluster.indices.len();
            // The open event, when it sits in this cluster: the badge shows it (marker and
            // card stay in step), and a tap opens the cluster onto it.
            let holds_selected = cluster
                .indices
                .iter()
                .any(|&i| props.selected.as_deref() == Some(content.events[shown[i]].id.as_str()));
            let style = along(class.vertical, &percent(cluster.fraction), cluster.across);
            let (style, layouts) = match measured {
                Some(_) => (Some(style), None),
                None => (None, Some(format!("{}={style}", class.key))),
            };
            html! {
                <button type="button" key={format!("{prefix}cluster-{}-{n}", class.key)}
                    class={classes!("cluster", holds_selected.then_some("holds-selected"))}
                    data-style={style}
                    data-l={layouts}
                    onclick={zoom_to(&cluster.indices)}>
                    <span aria-hidden="true">{ "+" }</span>{ count }
                    <span class="visually-hidden">{ format!(" {}", text.cluster_label) }</span>
                </button>
            }
        })
    });

    // Year ticks: those of every class drawn, each shown in the classes that have it.
    let mut tick_years: Vec<(i32, PerClass)> = Vec::new();
    for class in &classes {
        for year in ticks(&window, class) {
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
    tick_years.sort_by_key(|(year, _)| *year);

    let vertical = measured.map(|class| class.vertical);
    html! {
        <section class="timeline" aria-label={text.timeline_label}
            data-orientation={vertical.map(|v| if v { "vertical" } else { "horizontal" })}>
            <div class="timeline-controls">
                <button type="button" class="control zoom-out" onclick={zoom(1.0 / ZOOM_STEP)} aria-label={text.zoom_out}
                    disabled={window.is_whole()}>{ "−" }</button>
                <button type="button" class="control zoom-in" onclick={zoom(ZOOM_STEP)} aria-label={text.zoom_in}
                    disabled={window.width() <= 1.0 + 1e-9}>{ "+" }</button>
                <button type="button" class="control zoom-whole" onclick={whole} disabled={window.is_whole()}>
                    { text.zoom_whole }
                </button>
                <span class="timeline-range" aria-live="polite">
                    { format!("{} – {}", format_year(lang, window.start.floor() as i32), format_year(lang, (window.end - 0.01).floor() as i32)) }
                </span>
            </div>
            <div class="timeline-track" ref={track} tabindex="0" role="group"
                aria-roledescription={text.timeline_label} aria-label={text.timeline_help}
                data-class={measured.map(|class| class.key)}
                data-classes={measured.is_none().then(describe_all)}>
                { for content.eras.iter().map(|era| {
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
                            <span class="era-name">{ era.name.get(lang) }</span>
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
                if let Some(year) = exhibit.year_cursor.filter(|y| (window.start..=window.end).contains(&(f64::from(*y) + 0.5))) {
                    <div class="year-cursor" aria-hidden="true"
                        data-style={format!("--along: {}", percent(window.fraction(f64::from(year) + 0.5)))}>
                        <span class="year-cursor-label">{ format_year(lang, year) }</span>
                    </div>
                }
                { for markers }
                { for clusters }
            </div>
            <Overview {lang} />
        </section>
    }
}

/// What the timeline was last laid out for, and the layouts: a render that changes neither
/// (a card opened, a filter chip's focus, the page drawn at build time for each event) lays
/// nothing out again.
type Arranged = (
    (Lang, u64, u64, Vec<usize>, Vec<&'static str>),
    Rc<Vec<(&'static LayoutClass, Arrangement)>>,
);

thread_local! {
    static ARRANGED: RefCell<Vec<Arranged>> = const { RefCell::new(Vec::new()) };
}

/// The layouts of the events `shown` (indices into the content's events) in `classes`.
fn arranged(
    lang: Lang,
    window: &TimeWindow,
    shown: &[usize],
    classes: &[&'static LayoutClass],
) -> Rc<Vec<(&'static LayoutClass, Arrangement)>> {
    let key = (
        lang,
        window.start.to_bits(),
        window.end.to_bits(),
        shown.to_vec(),
        classes.iter().map(|class| class.key).collect::<Vec<_>>(),
    );
    if let Some(found) = ARRANGED.with(|cache| {
        cache
            .borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, arranged)| arranged.clone())
    }) {
        return found;
    }
    let content = content();
    let dated: Vec<Dated> = shown
        .iter()
        .map(|&i| {
            let event = &content.events[i];
            let year = event.date.start.as_fractional_year();
            Dated::new(
                window.fraction(year),
                event.title.get(lang),
                event.highlight,
            )
        })
        .collect();
    let arranged: Rc<Vec<_>> = Rc::new(
        classes
            .iter()
            .map(|class| (*class, arrange(class, &dated)))
            .collect(),
    );
    ARRANGED.with(|cache| {
        let mut cache = cache.borrow_mut();
        // The last few: both orientations' and a filter's worth.
        if cache.len() >= 4 {
            cache.remove(0);
        }
        cache.push((key, arranged.clone()));
    });
    arranged
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
