//! A link preview as a page: what a chat shows beside a shared link, 1200×630 px, in the
//! exhibit's stylesheet, fonts and colours (`.preview` in assets/style.css). The build renders
//! it to static HTML (src/bin/prerender.rs) and photographs it in Chromium
//! (scripts/draw-previews.mjs); it never runs in a visitor's browser.
//!
//! An event: its date, title, topic, the first lines of its text and its picture with the
//! picture's credit. A chart: its title, the chart itself as plotters draws it, and its source
//! line (a figure never shows without its source). A view: its heading and what it holds.

use yew::prelude::*;

use crate::charts::draw::{draw, ChartSpec, SERIES_COLOURS};
use crate::charts::{charts, Chart};
use crate::components::category_icon::category_icon;
use crate::content::{Content, Picture, Qualifier};
use crate::content_file::content;
use crate::i18n::format::{colon, format_amount, format_date, format_span, format_year};
use crate::i18n::{ui, Lang};
use crate::meta::shorten;
use crate::preview::{chart_title, publishers, Preview, PreviewView};

/// The chart's drawing in a preview: the card's width less its margins (assets/style.css,
/// `.preview-body`); its height is what the band, title, legend and source line leave.
pub const CHART_WIDTH: u32 = 1112;
/// The chart's text size in a preview, in px: legible when the picture is shown at half size.
const CHART_FONT_PX: f64 = 21.0;

/// Properties of [`PreviewCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct PreviewCardProps {
    pub preview: Preview,
}

/// The preview's whole picture.
#[component]
pub fn PreviewCard(props: &PreviewCardProps) -> Html {
    let preview = &props.preview;
    let lang = preview.lang();
    let text = ui(lang);
    let content = content();
    let (kind, body) = match preview {
        Preview::Event { id, .. } => ("event", event_body(content, lang, id)),
        Preview::Chart { id, .. } => ("chart", chart_body(content, lang, id)),
        Preview::View { view, .. } => ("view", view_body(content, lang, *view)),
    };
    html! {
        <main class={classes!("preview", format!("preview-{kind}"))} data-preview={preview.path()}>
            <div class="preview-band">
                <span class="preview-site">{ text.site_title }</span>
                <span class="preview-tagline">{ text.site_tagline }</span>
            </div>
            <div class="preview-body">{ body }</div>
        </main>
    }
}

/// A size class for a title by how much room it takes: a Chinese character about as wide as
/// two Latin letters.
fn title_size(title: &str) -> &'static str {
    let units: usize = title
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum();
    match units {
        0..=36 => "preview-title-large",
        37..=64 => "preview-title-medium",
        _ => "preview-title-small",
    }
}

/// At most this many characters of running text: more than a preview's lines hold, which
/// the stylesheet cuts to a few lines (and the build to fewer, where a long title needs
/// the room).
const LEAD_CHARS: usize = 320;

fn event_body(content: &Content, lang: Lang, id: &str) -> Html {
    let Some(event) = content.event(id) else {
        return Html::default();
    };
    let title = event.title.get(lang);
    let picture = event
        .picture
        .as_deref()
        .and_then(|id| content.pictures.iter().find(|p| p.id == id));
    let lead = shorten(event.text.get(lang), LEAD_CHARS);
    html! {
        <>
            <div class="preview-text">
                <p class="preview-date">{ format_span(lang, &event.date) }</p>
                <h1 class={classes!("preview-title", title_size(title))}>{ title }</h1>
                if let Some(category) = content.category(&event.category) {
                    <p class="event-category preview-category" data-style={format!("--category: {}", category.colour)}>
                        { category_icon(&category.icon) }
                        { category.name.get(lang) }
                    </p>
                }
                <p class="preview-lead">{ lead }</p>
            </div>
            if let Some(picture) = picture {
                { picture_figure(lang, picture) }
            } else if let Some(category) = content.category(&event.category) {
                // No picture: the topic's pictogram, large, in its colour.
                <div class="preview-emblem" data-style={format!("--category: {}", category.colour)}>
                    { category_icon(&category.icon) }
                </div>
            }
        </>
    }
}

/// The picture as large as the card allows, with its credit and licence (which its licence
/// asks for wherever it is shown).
fn picture_figure(lang: Lang, picture: &Picture) -> Html {
    let (src, width, height) = match &picture.sizes {
        None => (format!("/{}", picture.file), 320, 180),
        Some(sizes) => {
            // The smallest size at least as wide as the preview shows it, else the widest.
            let width = sizes
                .widths
                .iter()
                .copied()
                .filter(|w| *w >= 520)
                .min()
                .or_else(|| sizes.widths.iter().copied().max())
                .unwrap_or(sizes.width);
            (
                format!("/{}", sizes.file(width, "jpg")),
                width,
                sizes.height_at(width),
            )
        }
    };
    html! {
        <figure class="preview-picture">
            <img {src} alt="" width={width.to_string()} height={height.to_string()} />
            <figcaption>{ format!("{} · {}", picture.credit.get(lang), picture.licence) }</figcaption>
        </figure>
    }
}

/// Roughly how many lines `text` takes at `px` in a column `width` px wide: a Latin letter
/// about half its size wide, a Chinese character its whole size.
fn lines(text: &str, px: f64, width: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
        .sum();
    (ems * px / width).ceil().max(1.0)
}

/// The drawing's height: the card's 630 px less the band (95), the margins (42), the title,
/// the legend and the source line with the gaps between them (CSS sizes in assets/style.css).
/// Where the guess is short, the stylesheet scales the drawing down to fit.
fn chart_height(title: &str, legend: Option<&str>, source: &str) -> u32 {
    let width = f64::from(CHART_WIDTH);
    let mut left = 630.0 - 95.0 - 42.0 - lines(title, 36.0, width) * 43.2 - 8.0;
    if let Some(legend) = legend {
        left -= lines(legend, 22.0, width - 120.0) * 33.0 + 8.0;
    }
    left -= lines(source, 21.0, width) * 28.4 + 8.0;
    left.clamp(160.0, 420.0) as u32
}

fn chart_body(content: &Content, lang: Lang, id: &str) -> Html {
    let Some(chart) = charts(content).into_iter().find(|chart| chart.id == id) else {
        return Html::default();
    };
    let text = ui(lang);
    let title = chart_title(&chart, lang);
    let source = format!(
        "{}{}{} · {}{}{}",
        text.chart_sources,
        colon(lang),
        publishers(&chart, lang),
        text.data_unit,
        colon(lang),
        chart.series[0].unit.get(lang)
    );
    let legend = (chart.series.len() > 1).then(|| title.clone());
    let height = chart_height(&title, legend.as_deref(), &source);
    let svg = chart_drawing(&chart, lang, &title, height);
    html! {
        <>
            <h1 class="preview-title preview-chart-title">{ &title }</h1>
            <div class="preview-drawing">{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
            if chart.series.len() > 1 {
                <ul class="chart-series-names preview-series">
                    { for chart.series.iter().enumerate().map(|(i, s)| {
                        let colour = SERIES_COLOURS[i % SERIES_COLOURS.len()];
                        html! {
                            <li><span class="swatch" data-style={format!("background: rgb({}, {}, {})", colour.0, colour.1, colour.2)} />{ s.title.get(lang) }</li>
                        }
                    }) }
                </ul>
            }
            <p class="preview-source">{ source }</p>
        </>
    }
}

/// The chart as the charts view draws it, at the preview's size.
fn chart_drawing(chart: &Chart<'_>, lang: Lang, title: &str, height: u32) -> String {
    draw(&ChartSpec {
        series: &chart.series,
        lang,
        width: CHART_WIDTH,
        height,
        font_px: CHART_FONT_PX,
        marked: None,
        title: title.to_string(),
        description: String::new(),
    })
    .map(|drawn| drawn.svg)
    .unwrap_or_default()
}

fn view_body(content: &Content, lang: Lang, view: PreviewView) -> Html {
    let text = ui(lang);
    match view {
        PreviewView::Home => {
            let highlights = content.events.iter().filter(|e| e.highlight).take(4);
            html! {
                <>
                    <div class="preview-text">
                        <h1 class="preview-title preview-title-large">{ text.site_title }</h1>
                        <p class="preview-lead">{ shorten(text.home_intro, LEAD_CHARS) }</p>
                    </div>
                    <ul class="preview-highlights">
                        { for highlights.map(|event| {
                            let colour = content
                                .category(&event.category)
                                .map(|c| c.colour.clone())
                                .unwrap_or_default();
                            html! {
                                <li data-style={format!("--category: {colour}")}>
                                    <span class="preview-year">{ format_year(lang, event.date.start.year) }</span>
                                    <span class="preview-highlight-title">{ event.title.get(lang) }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </>
            }
        }
        PreviewView::Charts => html! {
            <>
                <div class="preview-text">
                    <h1 class="preview-title preview-title-large">{ text.charts_heading }</h1>
                    <p class="preview-lead">{ shorten(text.charts_intro, LEAD_CHARS) }</p>
                </div>
                <ul class="preview-figures">
                    { for content.figures.iter().take(2).map(|figure| {
                        let qualifier = match figure.qualifier {
                            Qualifier::Exact => None,
                            Qualifier::MoreThan => Some(text.figure_more_than),
                            Qualifier::About => Some(text.figure_about),
                        };
                        html! {
                            <li>
                                <span class="preview-figure-value">
                                    if let Some(qualifier) = qualifier { { qualifier }{ " " } }
                                    { format_amount(lang, figure.value * figure.scale, figure.currency.as_deref()) }
                                </span>
                                <span class="preview-figure-label">{ figure.label.get(lang) }</span>
                                <span class="preview-figure-source">
                                    { format_date(lang, figure.as_of) }{ " · " }{ text.figure_source }{ colon(lang) }
                                    { figure.source.publisher.clone() }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            </>
        },
        PreviewView::About => html! {
            <div class="preview-text preview-wide">
                <h1 class="preview-title preview-title-large">{ text.about_heading }</h1>
                <p class="preview-lead">{ shorten(text.about_method, LEAD_CHARS) }</p>
            </div>
        },
    }
}
