//! The interactive timeline: eras as bands, events as markers (icon and colour), zoom and pan
//! by touch, mouse, wheel and keyboard, and an overview strip of the whole span.

mod gestures;
mod overview;

use yew::prelude::*;

use crate::components::category_icon::CategoryIcon;
use crate::content_file::content;
use crate::history::Step;
use crate::i18n::format::format_year;
use crate::i18n::{ui, Lang};
use crate::kiosk::Orientation;
use crate::route::Route;
use crate::state::{use_exhibit, use_setting, Action};
use crate::time_axis::gesture::ZOOM_STEP;
use crate::time_axis::{place, Label, Placement, TimeWindow};

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

/// The strip along the track's far edge that names the eras, in rem (as in the stylesheet).
const ERA_NAME_STRIP: f64 = 1.5;

/// Size of the track and how to read it.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct TrackGeometry {
    pub width: f64,
    pub height: f64,
    /// Portrait screens read the timeline top to bottom.
    pub vertical: bool,
    /// Root font size in px: markers grow with the text.
    pub rem: f64,
}

impl Default for TrackGeometry {
    fn default() -> Self {
        Self {
            width: 1200.0,
            height: 420.0,
            vertical: false,
            rem: 16.0,
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

    /// Space one marker's label takes along the axis.
    fn extent(&self) -> f64 {
        if self.vertical {
            3.2 * self.rem
        } else {
            13.0 * self.rem
        }
    }

    /// How many lanes of markers fit across the axis, keeping room for the cluster lane and
    /// for the strip where the eras are named (along the far edge, so no badge covers a name).
    fn lanes(&self) -> usize {
        let era_names = ERA_NAME_STRIP * self.rem;
        let (across, lane, cluster) = if self.vertical {
            (
                self.width - 3.5 * self.rem - era_names,
                13.0 * self.rem,
                3.4 * self.rem,
            )
        } else {
            // A cluster badge is one line high (at least a 48 px touch target): across a
            // horizontal axis it needs less room than a lane of markers.
            (
                self.height - 2.6 * self.rem - era_names,
                3.4 * self.rem,
                (2.2 * self.rem).max(52.0),
            )
        };
        (((across - cluster) / lane).floor() as usize).clamp(1, 8)
    }

    /// Where lane `n` starts across the axis, in px; lane `lanes()` holds the clusters.
    fn lane_offset(&self, lane: usize) -> f64 {
        if self.vertical {
            3.5 * self.rem + lane as f64 * 13.0 * self.rem
        } else {
            2.6 * self.rem + lane as f64 * 3.4 * self.rem
        }
    }

    /// Where a marker's pill goes along the axis. It starts at its date; in the later half of
    /// a horizontal axis it ends at its date instead (icon last), so labels open towards the
    /// middle and are never cut off at the end.
    fn label(&self, date: f64) -> Label {
        if self.vertical {
            Label::at(date.min(self.axis() - 3.0 * self.rem))
        } else if date > self.axis() / 2.0 {
            Label {
                date,
                // The icon ends at its date, or at the end of the axis for the very last days.
                start: (date + 2.85 * self.rem).min(self.axis()) - 12.5 * self.rem,
                backwards: true,
            }
        } else {
            Label::at(date)
        }
    }

    /// Space one cluster's badge takes along the axis: a cluster gathers events this close.
    fn cluster_extent(&self) -> f64 {
        if self.vertical {
            2.8 * self.rem
        } else {
            4.5 * self.rem
        }
    }

    /// Where a cluster's badge starts: at its place, but never past the end of the axis.
    fn cluster_start(&self, at: f64) -> f64 {
        at.min(self.axis() - self.cluster_extent())
    }
}

/// Year ticks: every 1, 2, 5 or 10 years, so that labels keep apart.
fn ticks(window: &TimeWindow, geometry: &TrackGeometry) -> Vec<i32> {
    let per_year = geometry.axis() / window.width();
    let room = if geometry.vertical { 2.0 } else { 4.5 } * geometry.rem;
    let step = [1, 2, 5, 10]
        .into_iter()
        .find(|step| per_year * f64::from(*step) >= room)
        .unwrap_or(10);
    let first = (window.start.ceil() as i32 + step - 1) / step * step;
    (first..=window.end.floor() as i32)
        .step_by(step as usize)
        .collect()
}

/// Positions along the axis as CSS, for horizontal or vertical layout.
fn along(geometry: &TrackGeometry, px: f64, across: f64) -> String {
    if geometry.vertical {
        format!("top: {px:.1}px; left: {across:.1}px")
    } else {
        format!("left: {px:.1}px; top: {across:.1}px")
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
    let axis = geometry.axis();
    let to_px = |year: f64| window.fraction(year) * axis;

    // Events shown: filtered, and inside the window (with a margin so markers slide in).
    let margin = geometry.extent() / axis * window.width();
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
    let dates: Vec<f64> = shown
        .iter()
        .map(|&i| to_px(content.events[i].date.start.as_fractional_year()))
        .collect();
    let labels: Vec<Label> = dates.iter().map(|&date| geometry.label(date)).collect();
    let placements = place(
        &labels,
        geometry.extent(),
        geometry.cluster_extent(),
        geometry.lanes(),
    );

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
    let zoom_to = |indices: Vec<usize>| {
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

    let markers = placements.into_iter().map(|placement| match placement {
        Placement::Marker { index, at, lane } => {
            let event = &content.events[shown[index]];
            let flipped = labels[index].backwards;
            let category = content.category(&event.category);
            let selected = props.selected.as_deref() == Some(event.id.as_str());
            html! {
                <button type="button" key={event.id.clone()}
                    class={classes!("marker", selected.then_some("selected"), flipped.then_some("flip"))}
                    data-event-id={event.id.clone()}
                    data-style={format!("{}; --category: {}", along(&geometry, at, geometry.lane_offset(lane)),
                        category.map_or("#1d3557", |c| c.colour.as_str()))}
                    aria-pressed={selected.to_string()}
                    onclick={open(event.id.clone())}>
                    <span class="marker-icon">
                        <CategoryIcon icon={category.map_or(AttrValue::from("flag"), |c| AttrValue::from(c.icon.clone()))} />
                    </span>
                    // The name a screen reader reads is the text shown, with the category added.
                    <span class="marker-label">
                        <span class="marker-year">{ event.date.year() }</span>
                        <span class="visually-hidden">{ ": " }</span>
                        <span class="marker-title">{ event.title.get(lang) }</span>
                        if let Some(category) = category {
                            <span class="visually-hidden">{ format!(" ({})", category.name.get(lang)) }</span>
                        }
                    </span>
                </button>
            }
        }
        Placement::Cluster { indices, at, lane } => {
            let count = indices.len();
            // The open event, when it sits in this cluster: the badge shows it (marker and
            // card stay in step), and a tap opens the cluster onto it.
            let holds_selected = indices.iter().any(|&i| {
                props.selected.as_deref() == Some(content.events[shown[i]].id.as_str())
            });
            html! {
                <button type="button" key={format!("cluster-{at:.0}-{lane}")}
                    class={classes!("cluster", holds_selected.then_some("holds-selected"))}
                    data-style={along(&geometry, geometry.cluster_start(at), geometry.lane_offset(lane))}
                    onclick={zoom_to(indices)}>
                    <span aria-hidden="true">{ "+" }</span>{ count }
                    <span class="visually-hidden">{ format!(" {}", text.cluster_label) }</span>
                </button>
            }
        }
    });

    html! {
        <section class={classes!("timeline", geometry.vertical.then_some("vertical"))} aria-label={text.timeline_label}>
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
                aria-roledescription={text.timeline_label} aria-label={text.timeline_help}>
                { for content.eras.iter().map(|era| {
                    let from = to_px(f64::from(era.start)).max(0.0);
                    let to = to_px(f64::from(era.end) + 1.0).min(axis);
                    if to <= from {
                        return Html::default();
                    }
                    let style = if geometry.vertical {
                        format!("top: {from:.1}px; height: {:.1}px", to - from)
                    } else {
                        format!("left: {from:.1}px; width: {:.1}px", to - from)
                    };
                    html! {
                        <div class="era-band" key={era.id.clone()} data-style={style} data-era={era.id.clone()}>
                            <span class="era-name">{ era.name.get(lang) }</span>
                        </div>
                    }
                }) }
                { for ticks(&window, &geometry).into_iter().map(|year| html! {
                    <span class="tick" key={year} data-style={along(&geometry, to_px(f64::from(year)), 0.0)} aria-hidden="true">
                        { year }
                    </span>
                }) }
                if let Some(year) = exhibit.year_cursor.filter(|y| (window.start..=window.end).contains(&(f64::from(*y) + 0.5))) {
                    <div class={classes!("year-cursor", geometry.vertical.then_some("vertical"))} aria-hidden="true"
                        data-style={along(&geometry, to_px(f64::from(year) + 0.5), 0.0)}>
                        <span class="year-cursor-label">{ format_year(lang, year) }</span>
                    </div>
                }
                { for markers }
            </div>
            <Overview {lang} />
        </section>
    }
}
