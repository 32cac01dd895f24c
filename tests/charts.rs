//! Charts drawn natively: the SVG a visitor sees for known series.
#![cfg(not(target_arch = "wasm32"))]

use nanjing_stuttgart::charts::draw::{
    draw, lone_values, year_range, years_without_figure, ChartSpec, Drawn, NO_FIGURE,
};
use nanjing_stuttgart::charts::summary::summary;
use nanjing_stuttgart::charts::{charts, Chart};
use nanjing_stuttgart::content::load::{load, ContentFiles};
use nanjing_stuttgart::content::{Content, Series};
use nanjing_stuttgart::i18n::Lang;

fn content() -> Content {
    let files =
        ContentFiles::read(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"))
            .expect("assets");
    load(&files).expect("valid content")
}

/// The shipped series with this id.
fn series<'a>(content: &'a Content, id: &str) -> &'a Series {
    content
        .series
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no series {id}"))
}

fn drawn(series: &[&Series], lang: Lang, marked: Option<i32>) -> Drawn {
    draw(&ChartSpec {
        series,
        lang,
        width: 960,
        height: 480,
        font_px: 16.0,
        marked,
        title: series[0].title.get(lang).to_string(),
        description: summary(series[0], lang),
    })
    .expect("drawn")
}

/// Every `points="…"` list of a polyline in the first series' colour, as (x, y) pairs.
fn polylines(svg: &str) -> Vec<Vec<(f64, f64)>> {
    svg.split("<polyline")
        .skip(1)
        .filter(|tag| {
            tag.split('>')
                .next()
                .is_some_and(|t| t.contains("stroke=\"#1D3557\""))
        })
        .filter_map(|tag| {
            let start = tag.find("points=\"")? + 8;
            let end = start + tag[start..].find('"')?;
            Some(
                tag[start..end]
                    .split_whitespace()
                    .filter_map(|pair| {
                        let (x, y) = pair.split_once(',')?;
                        Some((x.parse().ok()?, y.parse().ok()?))
                    })
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn every_series_makes_a_chart_and_groups_share_one() {
    let content = content();
    let all: Vec<Chart> = charts(&content);
    let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    // Two groups: Baden-Württemberg's exports and imports (2 series), and Germany–China trade
    // as total, exports and imports (3 series).
    assert_eq!(all.len(), content.series.len() - 3, "{ids:?}");
    let bw = all
        .iter()
        .find(|c| c.id == "bw-china-trade")
        .expect("the grouped chart");
    assert_eq!(bw.series.len(), 2);
    let national = all
        .iter()
        .find(|c| c.id == "germany-china-trade")
        .expect("the national chart");
    assert_eq!(national.series.len(), 3);
}

#[test]
fn a_line_has_a_mark_per_value_and_no_segment_across_a_gap() {
    let content = content();
    let trade = series(&content, "germany-china-trade-eur");
    let chart = drawn(&[trade], Lang::De, None);
    assert_eq!(chart.points.len(), trade.points.len());
    let x = |year: i32| {
        chart
            .points
            .iter()
            .find(|p| p.year == year)
            .map(|p| p.x)
            .expect("a mark")
    };
    assert!(x(2010) < x(2015) && x(2015) < x(2016));
    // Higher values sit higher (smaller y): 2022 (299) above 2019 (205.7).
    let y = |year: i32| {
        chart
            .points
            .iter()
            .find(|p| p.year == year)
            .map(|p| p.y)
            .expect("a mark")
    };
    assert!(y(2022) < y(2019));
    // 2011 to 2014 are missing: nothing joins 2010 and 2015.
    for line in polylines(&chart.svg) {
        let touches = |x0: f64| line.iter().any(|(px, _)| (px - x0).abs() < 1.5);
        let crosses = line
            .iter()
            .any(|(px, _)| *px > x(2010) + 2.0 && *px < x(2015) - 2.0);
        assert!(!crosses, "a segment across 2011–2014: {line:?}");
        assert!(
            !(touches(x(2010)) && touches(x(2015))),
            "2010 joined to 2015: {line:?}"
        );
    }
    // Joined years of reported values: in GTAI's count, 2015 to 2016 is one solid segment.
    let projects = series(&content, "chinese-greenfield-projects-germany");
    let counted = drawn(&[projects], Lang::De, None);
    let cx = |year: i32| {
        counted
            .points
            .iter()
            .find(|p| p.year == year)
            .map(|p| p.x)
            .expect("a mark")
    };
    assert!(polylines(&counted.svg).iter().any(|line| line.len() == 2
        && (line[0].0 - cx(2015)).abs() < 1.5
        && (line[1].0 - cx(2016)).abs() < 1.5));
    // Axis labels: whole years, and values in the series' unit (billion euros).
    assert!(chart.svg.contains("\n2020\n"));
    assert!(!chart.svg.contains(".5\n"));
    assert!(chart.svg.contains("\n300\n"));
}

#[test]
fn values_that_are_not_final_look_different() {
    let content = content();
    let projects = series(&content, "chinese-greenfield-projects-germany");
    let chart = drawn(&[projects], Lang::En, None);
    // Reported values are filled circles; the four estimates (2012, 2014, 2021, 2022) are hollow.
    let circles: Vec<&str> = chart.svg.split("<circle").skip(1).collect();
    assert_eq!(circles.len(), projects.points.len(), "{}", chart.svg);
    let hollow = circles
        .iter()
        .filter(|c| c.contains("fill=\"none\""))
        .count();
    assert_eq!(hollow, 4, "{circles:?}");
    // 2014 to 2015 touches an estimate: dashed, i.e. drawn as many short pieces.
    let x2014 = chart
        .points
        .iter()
        .find(|p| p.year == 2014)
        .map(|p| p.x)
        .expect("2014");
    let x2015 = chart
        .points
        .iter()
        .find(|p| p.year == 2015)
        .map(|p| p.x)
        .expect("2015");
    let pieces = polylines(&chart.svg)
        .into_iter()
        .filter(|line| {
            line.iter()
                .all(|(x, _)| *x >= x2014 - 1.0 && *x <= x2015 + 1.0)
        })
        .count();
    assert!(
        pieces >= 3,
        "a dashed segment is several pieces, got {pieces}"
    );
}

#[test]
fn the_year_cursor_is_drawn_and_the_axes_do_not_move() {
    let content = content();
    let trade = series(&content, "germany-china-trade-eur");
    let plain = drawn(&[trade], Lang::En, None);
    let marked = drawn(&[trade], Lang::En, Some(2021));
    assert!(marked.svg.contains("#C98F00") || marked.svg.to_lowercase().contains("#c98f00"));
    assert!(!plain.svg.to_lowercase().contains("#c98f00"));
    assert_eq!(plain.points, marked.points, "the axes stay put");
    assert_eq!(year_range(&[trade]), (2008.4, 2025.6));
}

#[test]
fn bars_stand_on_the_time_axis() {
    let content = content();
    let usd = series(&content, "german-investments-nanjing-usd");
    let chart = drawn(&[usd], Lang::Zh, None);
    let bands = years_without_figure(&[usd]).len();
    assert_eq!(
        chart.svg.matches("<rect").count(),
        usd.points.len() + bands,
        "one bar per investment, one band per year without a figure"
    );
    // 2006 (a press release) and 2013 ("about") are estimates: outlined bars.
    assert_eq!(
        chart
            .svg
            .split("<rect")
            .filter(|r| r.starts_with(' ') && r.contains("fill=\"none\""))
            .count(),
        2
    );
    assert!(chart.svg.contains("2000") && chart.svg.contains("2013"));
}

#[test]
fn a_sparse_chart_shows_its_gaps_and_labels_its_lone_values() {
    let content = content();
    // Every series: the picture agrees with the summary about the years without a figure.
    for series in &content.series {
        let chart = drawn(&[series], Lang::De, None);
        let missing = years_without_figure(&[series]);
        let band = format!(
            "fill=\"#{:02X}{:02X}{:02X}\"",
            NO_FIGURE.0, NO_FIGURE.1, NO_FIGURE.2
        );
        assert_eq!(
            chart.svg.matches(&band).count(),
            missing.len(),
            "{}",
            series.id
        );
        let summary = summary(series, Lang::De);
        // The summary names each such year, alone or in a range such as 2012–2017.
        let named = |year: i32| {
            summary.contains(&year.to_string())
                || summary.match_indices('–').any(|(at, _)| {
                    let from: String = summary[..at].chars().rev().take(4).collect();
                    let from: String = from.chars().rev().collect();
                    let to: String = summary[at + '–'.len_utf8()..].chars().take(4).collect();
                    matches!((from.parse::<i32>(), to.parse::<i32>()), (Ok(a), Ok(b)) if a <= year && year <= b)
                })
        };
        for year in &missing {
            assert!(named(*year), "{}: {year} in «{summary}»", series.id);
        }
    }
    // A made-up sparse line: values in 2019, 2020 and 2024 only.
    let mut sparse = series(&content, "germany-china-trade-eur").clone();
    sparse
        .points
        .retain(|p| [2019, 2020, 2024].contains(&p.year));
    assert_eq!(sparse.points.len(), 3, "the fixture's years exist");
    assert_eq!(years_without_figure(&[&sparse]), [2021, 2022, 2023]);
    assert_eq!(lone_values(&sparse), [2], "2024 stands alone");
    let chart = drawn(&[&sparse], Lang::De, None);
    let lone = &sparse.points[2];
    let label = nanjing_stuttgart::i18n::format::plain_number(Lang::De, lone.value);
    // plotters writes a text's content on the line after its tag; the label is in the line's colour.
    let lines: Vec<&str> = chart.svg.lines().collect();
    let labelled = lines.windows(2).any(|pair| {
        pair[0].starts_with("<text") && pair[0].contains("#1D3557") && pair[1].trim() == label
    });
    assert!(labelled, "the lone value is labelled: {label}");
    // A series of one value is one labelled point.
    sparse.points.truncate(1);
    assert_eq!(lone_values(&sparse), [0]);
    assert!(years_without_figure(&[&sparse]).is_empty());
}

#[test]
fn content_text_in_the_svg_is_text_not_markup() {
    let content = content();
    let mut series = content.series[0].clone();
    series.title.en = "</svg><script>alert(1)</script> & co".into();
    let chart = drawn(&[&series], Lang::En, None);
    assert!(!chart.svg.contains("<script>"));
    assert!(!chart.svg.contains("</svg><script>"));
    assert!(chart
        .svg
        .contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    assert_eq!(chart.svg.matches("</svg>").count(), 1);
}

#[test]
fn summaries_say_what_the_data_shows_in_each_language() {
    let content = content();
    let trade = series(&content, "germany-china-trade-eur");
    assert_eq!(
        summary(trade, Lang::En),
        "Germany–China trade in goods rose from €91.91bn in 2009 (estimated) to €251.8bn in 2025 (provisional), with a peak of €299bn in 2022. There is no reliable figure for 2011–2014."
    );
    assert_eq!(
        summary(trade, Lang::De),
        "Warenhandel Deutschland–China: Anstieg von 91,91\u{a0}Mrd.\u{a0}€ (2009, geschätzt) auf 251,8\u{a0}Mrd.\u{a0}€ (2025, vorläufig), Höchstwert 299\u{a0}Mrd.\u{a0}€ im Jahr 2022. Für 2011–2014 gibt es keinen belastbaren Wert."
    );
    assert_eq!(
        summary(trade, Lang::Zh),
        "德中货物贸易额从2009年的919.07亿欧元（估计）增至2025年的2518亿欧元（初步），峰值出现在2022年，为2990亿欧元。2011至2014年没有可靠数据。"
    );
    // A provisional year at the end says so (part-year values are no longer in yearly series).
    let exports = series(&content, "bw-china-exports-eur");
    let de = summary(exports, Lang::De);
    assert!(
        de.contains("Exporte Baden-Württembergs nach China: Anstieg von"),
        "{de}"
    );
    assert!(de.contains("17\u{a0}Mrd.\u{a0}€ (2020, vorläufig)"), "{de}");
    let zh = summary(exports, Lang::Zh);
    assert!(zh.contains("2020年的170亿欧元（初步）"), "{zh}");
    let usd = series(&content, "german-investments-nanjing-usd");
    assert!(
        summary(usd, Lang::En).contains("the largest is US$2.9bn (2000)"),
        "{}",
        summary(usd, Lang::En)
    );
}

/// The texts of the SVG (plotters writes a text's content on the line after its tag).
fn texts(svg: &str) -> Vec<String> {
    let lines: Vec<&str> = svg.lines().collect();
    lines
        .windows(2)
        .filter(|pair| pair[0].starts_with("<text"))
        .map(|pair| pair[1].trim().to_string())
        .collect()
}

#[test]
fn baden_wuerttemberg_few_values_are_labelled_on_a_fitted_axis_with_their_gap_named() {
    use nanjing_stuttgart::charts::draw::{is_sparse, runs_without_figure, value_range};
    use nanjing_stuttgart::charts::interaction::chart_height;
    let content = content();
    let all = charts(&content);
    let bw = all
        .iter()
        .find(|c| c.id == "bw-china-trade")
        .expect("chart");
    assert!(is_sparse(&bw.series), "five years with a figure");
    assert!(!is_sparse(&[series(&content, "germany-china-trade-eur")]));
    assert!(chart_height(1800, 26.0, true) < chart_height(1800, 26.0, false));
    // Values from 10.4 to 17 billion: the axis runs from 8, not from 0 …
    let (bottom, top) = value_range(&bw.series);
    assert_eq!(bottom, 8.0);
    assert!(top > 17.0 && top < 19.0, "{top}");
    // … and says so: its lowest label is 8, and there is no 0.
    let chart = drawn(&bw.series, Lang::De, None);
    let shown = texts(&chart.svg);
    assert!(shown.iter().any(|t| t == "8"), "{shown:?}");
    assert!(!shown.iter().any(|t| t == "0"), "{shown:?}");
    // Every value carries its number, as a German reader writes it.
    for s in &bw.series {
        for p in &s.points {
            let label = nanjing_stuttgart::i18n::format::plain_number(Lang::De, p.value);
            assert!(
                shown.contains(&label),
                "{} {}: {label} in {shown:?}",
                s.id,
                p.year
            );
        }
    }
    // On a phone a year is too narrow for a number each: only the values standing alone keep
    // theirs, so labels never run into each other.
    let phone = draw(&ChartSpec {
        series: &bw.series,
        lang: Lang::De,
        width: 330,
        height: chart_height(330, 16.0, true),
        font_px: 16.0,
        marked: None,
        title: String::new(),
        description: String::new(),
    })
    .expect("drawn");
    let on_phone = texts(&phone.svg);
    assert!(on_phone.contains(&"13,3".to_string()), "{on_phone:?}");
    assert!(!on_phone.contains(&"15,9".to_string()), "{on_phone:?}");
    // 2012–2016 have no figure in either series: one band per year, the run named in words.
    assert_eq!(runs_without_figure(&bw.series), [(2012, 2016)]);
    assert_eq!(
        shown.iter().filter(|t| *t == "keine belegte Zahl").count(),
        1
    );
    let zh = texts(&drawn(&bw.series, Lang::Zh, None).svg);
    assert!(zh.iter().any(|t| t == "无可靠数据"), "{zh:?}");
    // Nothing is drawn for the missing years: the points are the sourced values, no more.
    let values: usize = bw.series.iter().map(|s| s.points.len()).sum();
    assert_eq!(chart.points.len(), values);
    // Bars always stand on zero; so does a line that reaches below half its largest value.
    assert_eq!(
        value_range(&[series(&content, "german-investments-nanjing-eur")]).0,
        0.0
    );
    assert_eq!(
        value_range(&[series(&content, "germany-china-trade-eur")]).0,
        0.0
    );
}
