//! One chart in the page: the plotters SVG sized to its container, a focusable target on every
//! value (tooltip on hover, tap or focus; arrow keys move from value to value), the shared
//! year cursor, a play button, the summary in words, the legend, unit and sources, the data
//! as a table, and on the web the downloads.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::charts::draw::{
    draw, is_sparse, years_without_figure, ChartSpec, PointMark, SERIES_COLOURS,
};
use crate::charts::export::{csv, data_url};
use crate::charts::interaction::{
    chart_height, first_focus, key_target, play_start, play_years, tooltip_opens_left,
};
use crate::charts::summary::summary;
use crate::charts::Chart;
use crate::components::control_icon::{control_icon, Glyph};
use crate::components::embed_code::EmbedCode;
use crate::components::series_table::{series_table, status_name};
use crate::components::source_list::kind_name;
use crate::components::take_home::TakeHome;
use crate::decimal::fixed;
use crate::i18n::format::{colon, format_amount, format_year, list_comma};
use crate::i18n::{ui, Lang};
use crate::kiosk::counts::Tally;
use crate::route::Route;
use crate::state::{use_exhibit, use_setting, Action};

/// Properties of [`ChartView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartViewProps {
    pub lang: Lang,
    pub chart: Chart<'static>,
    /// Shown alone in another website's frame (`/embed/<lang>/chart/<id>`): its title is the
    /// page's heading, and it offers neither downloads nor its own embed code.
    #[prop_or_default]
    pub embedded: bool,
}

/// How long one year stays marked while playing, in ms.
const PLAY_STEP_MS: u32 = 1200;

/// The chart, with everything that makes it readable and operable.
#[component]
pub fn ChartView(props: &ChartViewProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let chart = &props.chart;
    let exhibit = use_exhibit();
    let marked = exhibit.year_cursor;
    let setting = use_setting();
    let kiosk = setting.kiosk().is_some();
    let frame = use_node_ref();
    // The drawing's size follows its container; until measured, a typical desktop size.
    let size = use_state(|| (960_u32, 16.0_f64));
    {
        let frame = frame.clone();
        let size = size.clone();
        use_effect_with((), move |_| {
            let measure = Rc::new(move || {
                if let (Some(element), Some(window)) =
                    (frame.cast::<web_sys::HtmlElement>(), web_sys::window())
                {
                    let width = element.client_width().max(200) as u32;
                    let font = window
                        .get_computed_style(&element)
                        .ok()
                        .flatten()
                        .and_then(|style| style.get_property_value("font-size").ok())
                        .and_then(|px| crate::decimal::parse(px.trim_end_matches("px")))
                        .unwrap_or(16.0);
                    if *size != (width, font) {
                        size.set((width, font));
                    }
                }
            });
            measure();
            // Removed when the chart goes away (dropped with the effect's cleanup).
            let on_resize = web_sys::window()
                .map(|window| EventListener::new(&window, "resize", move |_| measure()));
            move || drop(on_resize)
        });
    }
    let (width, font) = *size;
    let height = chart_height(width, font, is_sparse(&chart.series));
    let title = crate::charts::chart_title(chart, lang);
    let summaries = chart
        .series
        .iter()
        .map(|s| summary(s, lang))
        .collect::<Vec<_>>()
        .join(" ");
    let drawn = {
        let series = chart.series.clone();
        let (title, summaries) = (title.clone(), summaries.clone());
        use_memo((lang, width, font.to_bits(), marked), move |_| {
            draw(&ChartSpec {
                series: &series,
                lang,
                width,
                height,
                font_px: font,
                marked,
                title,
                description: summaries,
            })
            .ok()
        })
    };
    let points: Vec<PointMark> = drawn
        .as_ref()
        .as_ref()
        .map(|d| d.points.clone())
        .unwrap_or_default();

    // Which value shows its tooltip, and which one takes the keyboard focus (roving tabindex).
    let active = use_state(|| None::<usize>);
    // Once a visitor picked a value or pressed play here, this chart says the marked year's
    // value aloud as it changes (a live region), even after the pointer has moved on.
    let engaged = use_state(|| false);
    let focus = use_state(|| first_focus(&points, marked));
    let describe = |mark: &PointMark| -> String {
        let series = chart.series[mark.series];
        let point = &series.points[mark.point];
        let source = series
            .sources
            .get(point.source)
            .map(|s| s.publisher.as_str())
            .unwrap_or_default();
        let mut parts = vec![
            format_year(lang, point.year),
            format_amount(lang, point.value * series.scale, series.currency.as_deref()),
            status_name(text, point.status).to_string(),
            format!("{}{}{source}", text.table_source, colon(lang)),
        ];
        if chart.series.len() > 1 {
            parts.insert(0, series.title.get(lang).to_string());
        }
        if let Some(note) = &point.note {
            parts.push(note.get(lang).to_string());
        }
        parts.join(" · ")
    };

    let move_focus = {
        let focus = focus.clone();
        let active = active.clone();
        let engaged = engaged.setter();
        let frame = frame.clone();
        let count = points.len();
        move |to: usize| {
            if count == 0 {
                return;
            }
            let to = to.min(count - 1);
            focus.set(to);
            active.set(Some(to));
            engaged.set(true);
            if let Some(button) = frame
                .cast::<web_sys::Element>()
                .and_then(|f| {
                    f.query_selector(&format!("[data-point=\"{to}\"]"))
                        .ok()
                        .flatten()
                })
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = button.focus();
            }
        }
    };
    let onkeydown = {
        let move_focus = move_focus.clone();
        let (current, count) = (*focus, points.len());
        Callback::from(move |event: KeyboardEvent| {
            if let Some(to) = key_target(&event.key(), current, count) {
                event.prevent_default();
                move_focus(to);
            }
        })
    };

    // Playing steps the shared year cursor through this chart's years.
    let playing = use_state(|| false);
    let years = play_years(&points);
    {
        let exhibit = exhibit.clone();
        let stop = playing.setter();
        let years = years.clone();
        let start_at = play_start(&years, marked);
        use_effect_with(*playing, move |playing| {
            let mut ticking: Option<Interval> = None;
            if *playing && !years.is_empty() {
                let next = Rc::new(Cell::new(start_at));
                exhibit.dispatch(Action::SetYearCursor(Some(years[next.get()])));
                ticking = Some(Interval::new(PLAY_STEP_MS, move || {
                    let i = next.get() + 1;
                    if i < years.len() {
                        next.set(i);
                        exhibit.dispatch(Action::SetYearCursor(Some(years[i])));
                    } else {
                        stop.set(false);
                    }
                }));
            }
            // Stopped when playing stops or the chart goes away.
            move || drop(ticking)
        });
    }
    let toggle_play = {
        let playing = playing.clone();
        let engaged = engaged.setter();
        let exhibit = exhibit.clone();
        Callback::from(move |_: MouseEvent| {
            engaged.set(true);
            if !*playing {
                exhibit.dispatch(Action::Count(Tally::ChartPlayed));
            }
            playing.set(!*playing)
        })
    };

    let svg = drawn
        .as_ref()
        .as_ref()
        .map(|d| d.svg.clone())
        .unwrap_or_default();
    let heading_id = format!("chart-{}", chart.id);
    let unit_line = {
        let first = chart.series[0];
        format!("{}{}{}", text.data_unit, colon(lang), first.unit.get(lang))
    };
    // Each publisher once, with what kind of source it is.
    let publishers = {
        let mut names: Vec<String> = Vec::new();
        for source in chart.series.iter().flat_map(|s| s.sources.iter()) {
            let kind = kind_name(text, source.kind);
            let name = if lang == Lang::Zh {
                format!("{}（{kind}）", source.publisher)
            } else {
                format!("{} ({kind})", source.publisher)
            };
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names.join(list_comma(lang))
    };

    html! {
        <figure class="chart" id={chart.id.clone()} aria-labelledby={heading_id.clone()}>
            if props.embedded {
                <h1 id={heading_id}>{ &title }</h1>
            } else {
                <h3 id={heading_id}>{ &title }</h3>
            }
            <p class="chart-summary">{ &summaries }</p>
            <div class="chart-frame" ref={frame} data-style={format!("height: {height}px")}>
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                // The year cursor in words, once a visitor has used this chart.
                <p class="visually-hidden" role="status">
                    { if *engaged {
                        marked
                            .and_then(|year| points.iter().find(|p| p.year == year))
                            .map(describe)
                            .unwrap_or_default()
                    } else {
                        String::new()
                    } }
                </p>
                <div class="chart-points" role="group" aria-label={text.chart_points_label}>
                    { for points.iter().enumerate().map(|(i, mark)| {
                        let label = describe(mark);
                        let select = {
                            let exhibit = exhibit.clone();
                            let active = active.clone();
                            let focus = focus.clone();
                            let engaged = engaged.setter();
                            let year = mark.year;
                            Callback::from(move |_: MouseEvent| {
                                engaged.set(true);
                                active.set(Some(i));
                                focus.set(i);
                                exhibit.dispatch(Action::SetYearCursor(Some(year)));
                            })
                        };
                        let hover = {
                            let active = active.clone();
                            Callback::from(move |_: MouseEvent| active.set(Some(i)))
                        };
                        let unhover = {
                            let active = active.clone();
                            Callback::from(move |_: MouseEvent| active.set(None))
                        };
                        let focused = {
                            let active = active.clone();
                            let focus = focus.clone();
                            let engaged = engaged.setter();
                            Callback::from(move |_: FocusEvent| {
                                engaged.set(true);
                                active.set(Some(i));
                                focus.set(i);
                            })
                        };
                        html! {
                            <button type="button" class={classes!("chart-point", (marked == Some(mark.year)).then_some("marked"))}
                                data-point={i.to_string()} data-year={mark.year.to_string()}
                                data-style={format!("left: {}px; top: {}px", fixed(mark.x, 1), fixed(mark.y, 1))}
                                tabindex={if i == *focus { "0" } else { "-1" }}
                                aria-label={label}
                                onclick={select} onmouseenter={hover} onmouseleave={unhover}
                                onfocus={focused} onkeydown={onkeydown.clone()} />
                        }
                    }) }
                </div>
                if let Some(mark) = active.and_then(|i| points.get(i)) {
                    <div class={classes!("chart-tooltip", tooltip_opens_left(mark, width).then_some("left"))}
                        aria-hidden="true"
                        data-style={format!("left: {}px; top: {}px", fixed(mark.x, 1), fixed(mark.y, 1))}>
                        { describe(mark) }
                    </div>
                }
            </div>
            <div class="chart-legend">
                if chart.series.len() > 1 {
                    <ul class="chart-series-names">
                        { for chart.series.iter().enumerate().map(|(i, s)| {
                            let colour = SERIES_COLOURS[i % SERIES_COLOURS.len()];
                            html! {
                                <li><span class="swatch" data-style={format!("background: rgb({}, {}, {})", colour.0, colour.1, colour.2)} />{ s.title.get(lang) }</li>
                            }
                        }) }
                    </ul>
                }
                <p class="chart-not-final"><span class="swatch hollow" aria-hidden="true" />{ text.chart_legend_not_final }</p>
                if !years_without_figure(&chart.series).is_empty() {
                    <p class="chart-no-figure"><span class="swatch no-figure" aria-hidden="true" />{ text.chart_no_figure }</p>
                }
                <p class="chart-meta">{ &unit_line }{ " · " }{ text.chart_sources }{ colon(lang) }{ publishers }</p>
            </div>
            <div class="chart-actions">
                <button type="button" class="control chart-play" aria-pressed={playing.to_string()} onclick={toggle_play}>
                    { control_icon(if *playing { Glyph::Pause } else { Glyph::Play }) }
                    { if *playing { text.chart_pause } else { text.chart_play } }
                </button>
                if kiosk {
                    <TakeHome address={setting.public_address(&Route::Charts { lang }, marked)}
                        label={text.take_home} counted_as={format!("chart:{}", chart.id)} />
                } else if !props.embedded {
                    <a class="control chart-download" download={format!("{}.csv", chart.id)}
                        href={data_url("text/csv", &csv(&chart.series))}>{ text.chart_download_csv }</a>
                    <a class="control chart-download" download={format!("{}.svg", chart.id)}
                        href={data_url("image/svg+xml", &drawn.as_ref().as_ref().map(|d| d.svg.clone()).unwrap_or_default())}>
                        { text.chart_download_svg }
                    </a>
                    <EmbedCode {lang} embed={Route::EmbedChart { lang, chart: chart.id.clone() }} />
                }
            </div>
            <details class="chart-table">
                <summary class="control">{ text.chart_table }</summary>
                { for chart.series.iter().map(|s| series_table(lang, s, marked, false)) }
            </details>
        </figure>
    }
}
