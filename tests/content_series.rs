//! The data series and key figures as the audit left them: each corrected value, each status
//! and each attribution is pinned here, so that a later edit cannot quietly undo a correction.
//! The values and their wording come from SERIES.md / FACTS.md (the curators' fact sheets).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use nanjing_stuttgart::content::{Content, DataPoint, Figure, Series, SourceKind, Status, Text};
use nanjing_stuttgart::i18n::Lang;

mod common;
use common::shipped;

fn series<'a>(content: &'a Content, id: &str) -> &'a Series {
    content
        .series
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no series {id}"))
}

fn point(series: &Series, year: i32) -> &DataPoint {
    series
        .points
        .iter()
        .find(|p| p.year == year)
        .unwrap_or_else(|| panic!("{} has no value for {year}", series.id))
}

fn figure<'a>(content: &'a Content, id: &str) -> &'a Figure {
    content
        .figures
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no key figure {id}"))
}

fn note(point: &DataPoint) -> &Text {
    point
        .note
        .as_ref()
        .unwrap_or_else(|| panic!("{} has no note", point.year))
}

fn years(series: &Series) -> Vec<i32> {
    series.points.iter().map(|p| p.year).collect()
}

#[test]
fn the_2023_total_is_the_later_destatis_figure_and_names_the_first() {
    let content = shipped();
    let trade = series(&content, "germany-china-trade-eur");
    let year = point(trade, 2023);
    assert_eq!(year.value, 254.5);
    assert_eq!(year.status, Status::Revised);
    let source = &trade.sources[year.source];
    assert_eq!(source.kind, SourceKind::OfficialStatistics);
    assert!(source.url.contains("destatis.de"), "{}", source.url);
    let note = note(year);
    assert!(note.de.contains("253,1"), "{}", note.de);
    assert!(note.en.contains("253.1"), "{}", note.en);
    assert!(note.zh.contains("2531亿"), "{}", note.zh);
}

#[test]
fn first_releases_are_provisional_and_later_figures_revised() {
    let content = shipped();
    let trade = series(&content, "germany-china-trade-eur");
    // 2025: Destatis's first annual result.
    let year = point(trade, 2025);
    assert_eq!((year.value, year.status), (251.8, Status::Provisional));
    // 2018: the first Destatis release, not the 199.66 of a Chinese journal article.
    let year = point(trade, 2018);
    assert_eq!((year.value, year.status), (199.3, Status::Provisional));
    assert_ne!(trade.sources[year.source].kind, SourceKind::Copy);
    assert!(!trade.sources[year.source].url.contains("zgkjsz"));
    // 2020: a plain first release, no "about" in the note.
    let year = point(trade, 2020);
    assert_eq!((year.value, year.status), (212.1, Status::Provisional));
    let en = &note(year).en;
    assert!(
        !en.contains("about") && !note(year).de.contains("rund"),
        "{en}"
    );
    // 2022: revised, and the note names the first figure (just under 298).
    let year = point(trade, 2022);
    assert_eq!(year.status, Status::Revised);
    assert!(note(year).de.contains("298") && note(year).en.contains("298"));
    // 2016 and 2017: later figures, each with the first one in the note.
    let year = point(trade, 2016);
    assert_eq!((year.value, year.status), (169.9, Status::Revised));
    assert!(note(year).de.contains("170"));
    let year = point(trade, 2017);
    assert_eq!((year.value, year.status), (186.7, Status::Revised));
    assert!(note(year).de.contains("186,6") && note(year).en.contains("186.6"));
}

#[test]
fn every_revised_value_names_the_earlier_figure_in_three_languages() {
    let content = shipped();
    for series in &content.series {
        for point in series.points.iter().filter(|p| p.status == Status::Revised) {
            let note = point.note.as_ref().unwrap_or_else(|| {
                panic!("{}:{} is revised without a note", series.id, point.year)
            });
            for lang in Lang::ALL {
                assert!(
                    note.get(lang).chars().any(|c| c.is_ascii_digit()),
                    "{}:{} ({}): the note names no earlier figure",
                    series.id,
                    point.year,
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn german_china_trade_has_exports_and_imports_in_one_chart_from_their_first_sourced_year() {
    let content = shipped();
    let total = series(&content, "germany-china-trade-eur");
    let exports = series(&content, "germany-china-exports-eur");
    let imports = series(&content, "germany-china-imports-eur");
    for s in [total, exports, imports] {
        assert_eq!(s.group.as_deref(), Some("germany-china-trade"), "{}", s.id);
        assert_eq!(s.currency.as_deref(), Some("EUR"));
        assert_eq!(s.scale, 1e9);
    }
    // The first years a source gives in euros (1993 from dpa, looking back; the 1996 total in
    // Deutsche Mark stays out because no source gives it in euros).
    assert_eq!(years(exports).first(), Some(&1993));
    assert_eq!(years(imports).first(), Some(&1993));
    assert_eq!(years(total).first(), Some(&2009));
    assert!(!years(total).contains(&1996));
    assert_eq!(point(exports, 1993).value, 4.9);
    assert_eq!(point(imports, 1993).value, 7.1);
    // Sourced years, not a handful: 2003 revised (first 18.2 and 25.0), 2018 imports revised.
    assert_eq!(
        (point(exports, 2003).value, point(exports, 2003).status),
        (18.3, Status::Revised)
    );
    assert_eq!(
        (point(imports, 2003).value, point(imports, 2003).status),
        (25.7, Status::Revised)
    );
    assert_eq!(
        (point(imports, 2018).value, point(imports, 2018).status),
        (106.1, Status::Revised)
    );
    assert!(exports.points.len() >= 14, "{:?}", years(exports));
    assert!(imports.points.len() >= 17, "{:?}", years(imports));
    assert!(total.points.len() >= 13, "{:?}", years(total));
}

#[test]
fn figures_only_epoch_times_gives_are_not_shown_as_official() {
    let content = shipped();
    for id in ["germany-china-exports-eur", "germany-china-imports-eur"] {
        let s = series(&content, id);
        let year = point(s, 2024);
        assert!(s.sources[year.source].publisher.contains("Epoch Times"));
        assert_eq!(year.status, Status::Estimate, "{id}:2024");
    }
    // The 2024 total is Destatis's first figure; the note says who else gave about as much.
    let total = series(&content, "germany-china-trade-eur");
    let year = point(total, 2024);
    assert_eq!((year.value, year.status), (246.3, Status::Provisional));
    assert!(note(year).en.contains("GTAI"));
}

#[test]
fn no_value_rests_on_a_copy_or_a_press_release_unless_it_is_an_estimate() {
    let content = shipped();
    for series in &content.series {
        for point in &series.points {
            let kind = series.sources[point.source].kind;
            if matches!(kind, SourceKind::Copy | SourceKind::PressRelease) {
                assert_eq!(
                    point.status,
                    Status::Estimate,
                    "{}:{} rests on a {kind:?}",
                    series.id,
                    point.year
                );
            }
        }
        assert!(
            series.sources.iter().any(|s| s.kind != SourceKind::Copy),
            "{}: only copies",
            series.id
        );
    }
}

#[test]
fn weak_or_one_sided_sources_are_replaced_where_better_ones_exist() {
    let content = shipped();
    let trade = series(&content, "germany-china-trade-eur");
    for gone in [
        "azvision",
        "cgtn.com",
        "zgkjsz",
        "german.cri.cn",
        "german.china.org.cn",
    ] {
        assert!(
            !trade.sources.iter().any(|s| s.url.contains(gone)),
            "{gone} is still cited"
        );
    }
    // Destatis's own page and its press releases (reprinted word for word) are cited.
    let official = content
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(move |p| &s.sources[p.source]))
        .filter(|s| s.kind == SourceKind::OfficialStatistics)
        .count();
    assert!(
        official >= 6,
        "{official} values rest on official statistics"
    );
}

#[test]
fn part_years_stay_out_of_yearly_charts() {
    let content = shipped();
    for id in ["bw-china-exports-eur", "bw-china-imports-eur"] {
        assert!(
            !years(series(&content, id)).contains(&2021),
            "{id}: January to November 2021 is not a year"
        );
    }
    for series in &content.series {
        for point in &series.points {
            if let Some(note) = &point.note {
                assert!(
                    !note.de.contains("Januar bis") && !note.en.contains("January to"),
                    "{}:{} is a part year",
                    series.id,
                    point.year
                );
            }
        }
    }
}

#[test]
fn the_bw_2018_exports_are_quoted_as_the_source_wrote_them() {
    let content = shipped();
    let exports = series(&content, "bw-china-exports-eur");
    let year = point(exports, 2018);
    assert_eq!(year.value, 15.9);
    assert!(note(year).de.contains("gut 15,9"), "{}", note(year).de);
    assert!(note(year).en.contains("just over 15.9"));
    assert!(!note(year).de.contains("rund"));
}

#[test]
fn the_customs_dollar_series_uses_dollar_figures_only() {
    let content = shipped();
    let usd = series(&content, "germany-china-trade-usd");
    // 2016: the customs figure in dollars, not a reporter's conversion of the yuan figure.
    assert_eq!(point(usd, 2016).value, 151.3);
    assert!(!usd.sources.iter().any(|s| s.url.contains("dailymailnews")));
    assert_eq!(point(usd, 2021).value, 235.1);
}

#[test]
fn gtai_counts_investment_projects_and_2015_is_in() {
    let content = shipped();
    let projects = series(&content, "chinese-greenfield-projects-germany");
    assert!(projects.unit.de.contains("Investitionsprojekte"));
    assert!(projects.title.de.contains("GTAI"));
    assert!(!projects.unit.de.contains("Greenfield"));
    assert_eq!(point(projects, 2015).value, 260.0);
    assert_eq!(point(projects, 2016).value, 281.0);
}

#[test]
fn basf_ypc_amounts_are_said_to_be_joint_venture_totals() {
    let content = shipped();
    let usd = series(&content, "german-investments-nanjing-usd");
    assert!(
        usd.title.de.contains("deutscher Beteiligung"),
        "{}",
        usd.title.de
    );
    assert!(usd.title.en.contains("German participation"));
    for year in [2000, 2006, 2009] {
        let note = note(point(usd, year));
        assert!(
            note.de.contains("Sinopec") && note.de.contains("Hälfte"),
            "{}",
            note.de
        );
        assert!(
            note.en.contains("Sinopec") && note.en.contains("half"),
            "{}",
            note.en
        );
        assert!(
            note.zh.contains("中国石化") || note.zh.contains("50%"),
            "{}",
            note.zh
        );
    }
    // The 2000 bar (2.9bn to 2005) and the "about 3bn" of the launch are both told.
    assert!(note(point(usd, 2000)).de.contains("3 Mrd."));
}

#[test]
fn nanjing_figures_name_the_city_s_press_release() {
    let content = shipped();
    for id in [
        "german-projects-in-nanjing",
        "german-capital-in-nanjing",
        "nanjing-investment-in-germany",
        "nanjing-germany-trade-2025",
    ] {
        let f = figure(&content, id);
        assert!(
            f.label.de.contains("Pressemitteilung der Stadt"),
            "{id}: {}",
            f.label.de
        );
        assert!(
            f.label.en.contains("City of Nanjing"),
            "{id}: {}",
            f.label.en
        );
        assert!(
            f.label.zh.contains("南京市政府新闻稿"),
            "{id}: {}",
            f.label.zh
        );
        assert_eq!(f.source.kind, SourceKind::PressRelease);
        assert!(f.source.publisher.contains("Stadtregierung Nanjing"));
    }
    let trade = figure(&content, "nanjing-germany-trade-2025");
    assert!(
        trade.label.de.starts_with("Handelsvolumen"),
        "{}",
        trade.label.de
    );
    assert!(!trade.label.de.contains("Warenhandel"));
}

#[test]
fn jiangsu_and_nanjing_single_points_are_dated_key_figures() {
    let content = shipped();
    let jiangsu = figure(&content, "jiangsu-germany-trade-2020");
    assert_eq!((jiangsu.value, jiangsu.as_of.year), (26.6, 2020));
    assert_eq!(jiangsu.currency.as_deref(), Some("USD"));
    let fdi = figure(&content, "nanjing-foreign-investment-2022");
    assert_eq!((fdi.value, fdi.as_of.year), (4.85, 2022));
    assert_eq!(fdi.source.kind, SourceKind::Government);
    let bw = figure(&content, "bw-companies-in-jiangsu");
    assert_eq!((bw.value, bw.as_of.year), (200.0, 2021));
    // A press release's figure says whose release it is.
    assert!(bw.label.de.contains("Pressemitteilung"));
}

#[test]
fn a_jump_of_five_times_has_a_note_saying_why() {
    let content = shipped();
    for series in &content.series {
        for (i, point) in series.points.iter().enumerate() {
            let nearest = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| series.points.get(j))
                .min_by_key(|other| (other.year - point.year).abs());
            if let Some(other) = nearest {
                let ratio = point.value / other.value;
                if !(0.2..=5.0).contains(&ratio) {
                    assert!(
                        point.note.is_some(),
                        "{}:{} is {ratio:.1} times its neighbour without a note",
                        series.id,
                        point.year
                    );
                }
            }
        }
    }
}

#[test]
fn one_title_per_address_across_series_and_figures() {
    let content = shipped();
    let mut titles: HashMap<&str, &str> = HashMap::new();
    let sources = content
        .series
        .iter()
        .flat_map(|s| s.sources.iter())
        .chain(content.figures.iter().map(|f| &f.source));
    for source in sources {
        let first = titles.entry(&source.url).or_insert(&source.title);
        assert_eq!(*first, source.title, "{} has two titles", source.url);
    }
}

#[test]
fn german_investment_in_china_2023_is_a_tile_with_its_source() {
    let content = shipped();
    let tile = content
        .figures
        .iter()
        .find(|f| f.id == "german-investment-in-china-2023")
        .expect("the IW figure from the content review's missing facts");
    assert_eq!((tile.value, tile.scale), (11.9, 1e9));
    assert_eq!(tile.currency.as_deref(), Some("EUR"));
    assert!(tile.label.get(Lang::De).contains("IW"));
    assert!(tile.source.url.contains("chinatoday.com.cn"));
}
