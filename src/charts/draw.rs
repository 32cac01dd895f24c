//! Data series → an SVG chart drawn with plotters, plus where each value landed (px), so the
//! page can put a focusable, tappable target on it. Pure: the same function runs in the
//! browser and in native tests.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::series::DashedLineSeries;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::content::{Series, SeriesKind, Status};
use crate::i18n::format::plain_number;
use crate::i18n::Lang;

/// The exhibit's palette, as in the stylesheet: one colour per series of a chart.
pub const SERIES_COLOURS: [RGBColor; 3] = [
    RGBColor(0x1d, 0x35, 0x57),
    RGBColor(0xb3, 0x26, 0x1e),
    RGBColor(0x2d, 0x6a, 0x4f),
];
const INK: RGBColor = RGBColor(0x3d, 0x4a, 0x66);
const GRID: RGBColor = RGBColor(0xe4, 0xdf, 0xd4);
const CURSOR: RGBColor = RGBColor(0xc9, 0x8f, 0x00);
/// The band over a year without a sourced figure: lighter than the grid, never mistaken for data.
pub const NO_FIGURE: RGBColor = RGBColor(0xef, 0xeb, 0xe3);

/// The years between a yearly line's first and last value for which no line has one: drawn
/// as light bands, so the picture says what the summary says (a gap is a gap, never a zero).
/// Bars are single amounts (an investment), not a yearly series: a year without one is no gap.
pub fn years_without_figure(series: &[&Series]) -> Vec<i32> {
    let lines: Vec<&Series> = series
        .iter()
        .copied()
        .filter(|s| s.kind == SeriesKind::Line)
        .collect();
    let has = |year: i32| {
        lines
            .iter()
            .any(|s| s.points.iter().any(|p| p.year == year))
    };
    let years = lines.iter().flat_map(|s| s.points.iter().map(|p| p.year));
    match (years.clone().min(), years.max()) {
        (Some(first), Some(last)) => (first..=last).filter(|y| !has(*y)).collect(),
        _ => Vec::new(),
    }
}

/// Runs of consecutive years without a figure, as (first, last): each long enough one is
/// named in words inside its band.
pub fn runs_without_figure(series: &[&Series]) -> Vec<(i32, i32)> {
    let mut runs: Vec<(i32, i32)> = Vec::new();
    for year in years_without_figure(series) {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == year => *last = year,
            _ => runs.push((year, year)),
        }
    }
    runs
}

/// At most this many years with a value make a sparse chart: drawn lower, every value
/// labelled, so a few points are not lost in a large empty frame.
pub const FEW_YEARS: usize = 6;

/// Whether the chart has only a few years with a value (see [`FEW_YEARS`]).
pub fn is_sparse(series: &[&Series]) -> bool {
    let years: Vec<i32> = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.year))
        .collect();
    crate::sorted::sorted_once(years).len() <= FEW_YEARS
}

/// The values that carry their number as a label: all of them (a sparse chart with room for
/// them), else the values of a line that stand alone.
pub fn labelled_values(series: &Series, all: bool) -> Vec<usize> {
    if all {
        (0..series.points.len()).collect()
    } else if series.kind == SeriesKind::Line {
        lone_values(series)
    } else {
        Vec::new()
    }
}

/// The values of a line that stand alone (no value the year before or after): a point with no
/// line to read it by, so it carries its value as a label.
pub fn lone_values(series: &Series) -> Vec<usize> {
    let has = |year: i32| series.points.iter().any(|p| p.year == year);
    series
        .points
        .iter()
        .enumerate()
        .filter(|(_, p)| !has(p.year - 1) && !has(p.year + 1))
        .map(|(i, _)| i)
        .collect()
}

/// What to draw, and how large.
pub struct ChartSpec<'a> {
    /// The series sharing this chart (one unit, one currency).
    pub series: &'a [&'a Series],
    pub lang: Lang,
    pub width: u32,
    pub height: u32,
    /// The text size of the page, in px: labels grow with it.
    pub font_px: f64,
    /// The year cursor, drawn as a vertical line.
    pub marked: Option<i32>,
    /// The chart's name and its summary, written into the SVG as `<title>` and `<desc>` (for
    /// screen readers, and for the file a visitor downloads). Escaped: content is text.
    pub title: String,
    pub description: String,
}

/// Where one value landed on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct PointMark {
    /// Index into `ChartSpec::series`.
    pub series: usize,
    /// Index into that series' points.
    pub point: usize,
    pub year: i32,
    /// Position in px from the chart's top left.
    pub x: f64,
    pub y: f64,
}

/// The drawn chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub svg: String,
    pub points: Vec<PointMark>,
}

/// The years the chart's axis covers: every series' values, half a year of room each side.
/// It depends on the data only, so playing through the years never moves the axes.
pub fn year_range(series: &[&Series]) -> (f64, f64) {
    let years = series.iter().flat_map(|s| s.points.iter().map(|p| p.year));
    let first = years.clone().min().unwrap_or(crate::content::SPAN.0);
    let last = years.max().unwrap_or(crate::content::SPAN.1);
    (f64::from(first) - 0.6, f64::from(last) + 0.6)
}

/// The value axis, (bottom, top). Bars stand on zero, and so do lines whose values reach
/// down to less than half their largest one. Lines whose values all lie high above zero get an
/// axis fitted to them, from a round number below the smallest (the axis says which), so their
/// points spread over the chart instead of sitting in a thin strip at the top of an empty
/// frame. The top leaves room above the largest value for its label. Depends on the data only,
/// so playing through the years never moves the axis.
pub fn value_range(series: &[&Series]) -> (f64, f64) {
    let values = || series.iter().flat_map(|s| s.points.iter().map(|p| p.value));
    let max = values().fold(f64::NEG_INFINITY, f64::max);
    let min = values().fold(f64::INFINITY, f64::min);
    if !max.is_finite() || max <= 0.0 {
        return (0.0, 1.0);
    }
    let lines_only = series.iter().all(|s| s.kind == SeriesKind::Line);
    let bottom = if lines_only && min > max / 2.0 {
        let step = round_step((max - min).max(max * 0.05) / 4.0);
        (((min - (max - min) * 0.1) / step).floor() * step).max(0.0)
    } else {
        0.0
    };
    (bottom, max + (max - bottom) * 0.12)
}

/// The round number (1, 2, 2.5 or 5 times a power of ten) nearest above `rough`.
fn round_step(rough: f64) -> f64 {
    let power = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * power)
}

/// Draws the chart. Fails only if plotters does (which a test would catch).
pub fn draw(spec: &ChartSpec) -> Result<Drawn, String> {
    let mut svg = String::new();
    let points = {
        let root =
            super::svg::SvgWriter::new(&mut svg, (spec.width.max(200), spec.height.max(150)))
                .into_drawing_area();
        draw_on(&root, spec).map_err(|error| error.to_string())?
    };
    Ok(Drawn {
        svg: with_title(&svg, &spec.title, &spec.description),
        points,
    })
}

/// Text as SVG/XML character data: `<`, `>`, `&` and quotes cannot start markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out` (also HTML text and attribute values: the event list).
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
}

/// Puts `<title>` and `<desc>` first inside the `<svg>` element, and names its role.
fn with_title(svg: &str, title: &str, description: &str) -> String {
    let Some(open_end) = svg
        .find("<svg")
        .and_then(|start| svg[start..].find('>').map(|end| start + end))
    else {
        return svg.to_string();
    };
    format!(
        "{} role=\"img\">\n<title>{}</title>\n<desc>{}</desc>{}",
        &svg[..open_end],
        escape(title),
        escape(description),
        &svg[open_end + 1..]
    )
}

fn draw_on<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
) -> Result<Vec<PointMark>, DrawingAreaErrorKind<DB::ErrorType>> {
    let font = spec.font_px.clamp(10.0, 40.0);
    let (x0, x1) = year_range(spec.series);
    let (bottom, top) = value_range(spec.series);
    let sparse = is_sparse(spec.series);
    let lang = spec.lang;
    let mut chart = ChartBuilder::on(root)
        .margin((font * 0.8) as u32)
        .x_label_area_size((font * 2.0) as u32)
        .y_label_area_size((font * 4.2) as u32)
        .build_cartesian_2d(x0..x1, bottom..top)?;
    // plotters writes a font size of 0.8 × the size it is given.
    let label_style = ("sans-serif", font * 1.25).into_font().color(&INK);
    let span_years = (x1 - x0).round() as usize;
    let width_years = (f64::from(spec.width) / (font * 4.0)).floor().max(2.0) as usize;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(span_years.min(width_years))
        .x_label_formatter(&|year| {
            // Whole years only: the axis never shows 2016.5.
            if (year - year.round()).abs() < 1e-6 {
                format!("{}", year.round() as i32)
            } else {
                String::new()
            }
        })
        // An axis that does not start at zero labels its bottom, so no one reads it as zero.
        .y_labels(if bottom > 0.0 { 8 } else { 5 })
        .max_light_lines(0)
        .y_label_formatter(&|value| plain_number(lang, *value))
        .label_style(label_style)
        .axis_style(INK.stroke_width(1))
        .light_line_style(GRID.stroke_width(1))
        .bold_line_style(GRID.stroke_width(1))
        .draw()?;

    // Years without a sourced figure: a light band, under everything else.
    chart.draw_series(years_without_figure(spec.series).into_iter().map(|year| {
        let x = f64::from(year);
        Rectangle::new([(x - 0.5, bottom), (x + 0.5, top)], NO_FIGURE.filled())
    }))?;
    // A run of such years wide enough for words says so in them, in the middle of its band.
    let no_figure = crate::i18n::ui(lang).chart_no_figure;
    let words = ("sans-serif", font * 1.1)
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let words_width = no_figure
        .chars()
        .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
        .sum::<f64>()
        * font
        * 0.9;
    let middle = (bottom + top) / 2.0;
    // Every value of a sparse chart is labelled where a year is wide enough for a number
    // (not on a phone, where neighbouring labels would run into each other).
    let year_px = f64::from(
        chart.backend_coord(&(x0 + 1.0, middle)).0 - chart.backend_coord(&(x0, middle)).0,
    );
    let label_all = sparse && year_px >= font * 3.5;
    let named_runs: Vec<(i32, i32)> = runs_without_figure(spec.series)
        .into_iter()
        .filter(|(first, last)| {
            let left = chart.backend_coord(&(f64::from(*first) - 0.5, middle)).0;
            let right = chart.backend_coord(&(f64::from(*last) + 0.5, middle)).0;
            f64::from(right - left) > words_width + font
        })
        .collect();
    chart.draw_series(named_runs.into_iter().map(|(first, last)| {
        let at = (f64::from(first + last) / 2.0, middle);
        Text::new(no_figure.to_string(), at, words.clone())
    }))?;

    if let Some(year) = spec.marked {
        let x = f64::from(year);
        if (x0..=x1).contains(&x) {
            chart.draw_series(LineSeries::new(
                [(x, bottom), (x, top)],
                CURSOR.stroke_width(3),
            ))?;
        }
    }

    let mut marks = Vec::new();
    let bar_count = spec
        .series
        .iter()
        .filter(|s| s.kind == SeriesKind::Bars)
        .count()
        .max(1) as f64;
    for (s, series) in spec.series.iter().enumerate() {
        let colour = SERIES_COLOURS[s % SERIES_COLOURS.len()];
        match series.kind {
            SeriesKind::Line => {
                // Consecutive years are joined; a missing year breaks the line. A segment that
                // touches a provisional, revised or estimated value is dashed.
                for pair in series.points.windows(2) {
                    let (a, b) = (&pair[0], &pair[1]);
                    if b.year - a.year != 1 {
                        continue;
                    }
                    let ends = [(f64::from(a.year), a.value), (f64::from(b.year), b.value)];
                    if a.status == Status::Reported && b.status == Status::Reported {
                        chart.draw_series(LineSeries::new(ends, colour.stroke_width(3)))?;
                    } else {
                        chart.draw_series(DashedLineSeries::new(
                            ends,
                            (font * 0.6) as u32,
                            (font * 0.4) as u32,
                            colour.stroke_width(3),
                        ))?;
                    }
                }
                // A value standing alone carries its number: there is no line to read it by
                // (and in a sparse chart every value does). Above it; beside it when another
                // line has a higher value that year, so two labels never stack on each other.
                let label = ("sans-serif", font * 1.15).into_font().color(&colour);
                chart.draw_series(labelled_values(series, label_all).into_iter().map(|i| {
                    let p = &series.points[i];
                    let under_another = spec.series.iter().enumerate().any(|(o, other)| {
                        o != s
                            && other.points.iter().any(|q| {
                                q.year == p.year
                                    && (q.value > p.value || (q.value == p.value && o < s))
                            })
                    });
                    let (at, pos) = if under_another {
                        (
                            (f64::from(p.year) + 0.3, p.value),
                            Pos::new(HPos::Left, VPos::Center),
                        )
                    } else {
                        (
                            (f64::from(p.year), p.value + (top - bottom) * 0.035),
                            Pos::new(HPos::Center, VPos::Bottom),
                        )
                    };
                    Text::new(plain_number(lang, p.value), at, label.clone().pos(pos))
                }))?;
                let radius = (font * 0.38) as i32;
                chart.draw_series(series.points.iter().map(|p| {
                    let at = (f64::from(p.year), p.value);
                    if p.status == Status::Reported {
                        Circle::new(at, radius, colour.filled())
                    } else {
                        // Hollow: the value is not a final, reported one.
                        Circle::new(at, radius, colour.stroke_width(3))
                    }
                }))?;
            }
            SeriesKind::Bars => {
                let width = 0.7 / bar_count;
                let offset = -0.35 + width * s as f64;
                chart.draw_series(series.points.iter().map(|p| {
                    let left = f64::from(p.year) + offset;
                    let corners = [(left, 0.0), (left + width, p.value)];
                    if p.status == Status::Reported {
                        Rectangle::new(corners, colour.filled())
                    } else {
                        Rectangle::new(corners, colour.stroke_width(3))
                    }
                }))?;
                // A few bars carry their amounts on top.
                let label = ("sans-serif", font * 1.15)
                    .into_font()
                    .color(&colour)
                    .pos(Pos::new(HPos::Center, VPos::Bottom));
                chart.draw_series(labelled_values(series, label_all).into_iter().map(|i| {
                    let p = &series.points[i];
                    let at = (
                        f64::from(p.year) + offset + width / 2.0,
                        p.value + top * 0.02,
                    );
                    Text::new(plain_number(lang, p.value), at, label.clone())
                }))?;
            }
        }
        for (i, p) in series.points.iter().enumerate() {
            let x = match series.kind {
                SeriesKind::Line => f64::from(p.year),
                SeriesKind::Bars => f64::from(p.year) - 0.35 + 0.7 / bar_count * (s as f64 + 0.5),
            };
            let (px, py) = chart.backend_coord(&(x, p.value));
            marks.push(PointMark {
                series: s,
                point: i,
                year: p.year,
                x: f64::from(px),
                y: f64::from(py),
            });
        }
    }
    root.present()?;
    Ok(marks)
}
