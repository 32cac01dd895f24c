//! The curated content: what ships must load, every broken file in `tests/broken-content/`
//! must produce the message a curator is meant to read, and no damage at all may make the
//! validator panic or lose track of where the problem is.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::Command;

use nanjing_stuttgart::content::load::{load, ContentFiles};
use nanjing_stuttgart::content::problem::Problem;
use nanjing_stuttgart::content::{Confidence, Content, SeriesKind, Status, SPAN};
use nanjing_stuttgart::i18n::Lang;

mod common;
use common::{assets, copy_dir, corpus, damage, series, shipped, shipped_files, Rng};

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

// ---- The shipped content ----------------------------------------------------------------

#[test]
fn the_shipped_content_covers_forty_years_in_every_category() {
    let content = shipped();
    assert!(
        content.events.len() >= 30,
        "only {} events",
        content.events.len()
    );
    let years: Vec<i32> = content.events.iter().map(|e| e.date.year()).collect();
    assert_eq!(
        years.iter().min(),
        Some(&SPAN.0),
        "the story starts in 1986"
    );
    assert_eq!(years.iter().max(), Some(&SPAN.1), "the story reaches 2026");
    let used: BTreeSet<&str> = content.events.iter().map(|e| e.category.as_str()).collect();
    assert!(used.len() >= 5, "events in only {used:?}");
    for category in &content.categories {
        assert!(
            used.contains(category.id.as_str()),
            "no event in category {}",
            category.id
        );
    }
    for era in &content.eras {
        assert!(
            content.events.iter().any(|e| e.era == era.id),
            "no event in era {}",
            era.id
        );
    }
}

#[test]
fn every_event_is_written_in_three_languages_and_sourced() {
    for event in shipped().events {
        assert!(!event.sources.is_empty(), "{} has no source", event.id);
        for text in [&event.title, &event.text] {
            assert!(
                has_han(text.get(Lang::Zh)),
                "{}: zh is not Chinese",
                event.id
            );
            assert!(!has_han(text.get(Lang::De)), "{}: de has Han", event.id);
            assert_ne!(
                text.get(Lang::De),
                text.get(Lang::En),
                "{}: the German text is the English one",
                event.id
            );
        }
    }
}

#[test]
fn the_data_series_the_fact_sheet_supports_are_all_there() {
    let content = shipped();
    let ids: BTreeSet<&str> = content.series.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "germany-china-trade-eur",
        "germany-china-trade-usd",
        "bw-china-exports-eur",
        "bw-china-imports-eur",
        "chinese-greenfield-projects-germany",
        "german-investments-nanjing-usd",
        "german-investments-nanjing-eur",
        "germany-china-exports-eur",
        "germany-china-imports-eur",
    ] {
        assert!(ids.contains(id), "series {id} is missing");
    }
    for series in &content.series {
        assert!(series.points.len() >= 2, "{} has too few values", series.id);
        for point in &series.points {
            assert!(
                point.source < series.sources.len(),
                "{}:{} has no source",
                series.id,
                point.year
            );
        }
    }
    // Single investments are bars on the time axis; yearly series are lines.
    let kind = |id: &str| content.series.iter().find(|s| s.id == id).map(|s| s.kind);
    assert_eq!(
        kind("german-investments-nanjing-usd"),
        Some(SeriesKind::Bars)
    );
    assert_eq!(kind("germany-china-trade-eur"), Some(SeriesKind::Line));
    let figures: BTreeSet<&str> = content.figures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        figures,
        BTreeSet::from([
            "german-projects-in-nanjing",
            "german-capital-in-nanjing",
            "nanjing-investment-in-germany",
            "nanjing-germany-trade-2025",
            "jiangsu-germany-trade-2020",
            "jiangsu-germany-trade-2023",
            "german-projects-in-jiangsu",
            "bw-companies-in-jiangsu",
            "jiangsu-companies-in-bw",
            "nanjing-foreign-investment-2022",
            "german-investment-in-china-2023",
        ])
    );
}

#[test]
fn a_missing_year_is_a_gap_not_a_zero() {
    let content = shipped();
    let trade = series(&content, "germany-china-trade-eur");
    // 2017 now has a sourced figure (186.7, revised); 2011 to 2014 still have none.
    assert!(
        !trade.points.iter().any(|p| (2011..=2014).contains(&p.year)),
        "2011 to 2014 have no reliable figure and must stay a gap"
    );
    assert!(content
        .series
        .iter()
        .flat_map(|s| &s.points)
        .all(|p| p.value > 0.0));
}

#[test]
fn the_conflicts_between_sources_are_told_not_hidden() {
    let content = shipped();
    // Destatis first reported 253.1 for 2023, later 254.5: the note names the first figure.
    let trade = series(&content, "germany-china-trade-eur");
    let year_2023 = trade
        .points
        .iter()
        .find(|p| p.year == 2023)
        .expect("a 2023 value");
    assert_eq!(year_2023.status, Status::Revised);
    assert_eq!(year_2023.value, 254.5);
    let note = year_2023.note.as_ref().expect("a note on the revision");
    assert!(note.get(Lang::De).contains("253,1") && note.get(Lang::En).contains("253.1"));
    // The garden was rebuilt in 1995 or 1996, depending on the source.
    let garden = content
        .event("chinese-garden-new-site")
        .expect("the garden's new site");
    assert_eq!(garden.confidence, Confidence::Uncertain);
    assert_eq!(garden.date.start.year, 1995);
    assert_eq!(garden.date.end.map(|d| d.year), Some(1996));
    assert!(garden.confidence_note.is_some());
}

#[test]
fn the_1995_tie_is_called_a_city_friendship_not_a_twinning() {
    let content = shipped();
    let friendship = content
        .event("stuttgart-nanjing-city-friendship")
        .expect("the 1995 event");
    assert_eq!(friendship.date.year(), 1995);
    let de = friendship.text.get(Lang::De);
    assert!(
        de.contains("freundschaftliche Beziehungen") || de.contains("Städtefreundschaft"),
        "{de}"
    );
    assert!(friendship.text.get(Lang::Zh).contains("友好"));
    for event in &content.events {
        for lang in Lang::ALL {
            let text = format!("{} {}", event.title.get(lang), event.text.get(lang));
            let calls_stuttgart_nanjing_twins = text.contains("Stuttgart")
                && text.contains("Nanjing")
                && !text.contains("Leipzig")
                && (text.contains("Städtepartnerschaft Stuttgart")
                    || text.contains("Stuttgart–Nanjing twinning")
                    || text.contains("sister cities"));
            assert!(
                !calls_stuttgart_nanjing_twins,
                "{} ({lang}) calls the city friendship a twinning",
                event.id
            );
        }
    }
}

#[test]
fn event_links_lead_to_values_that_exist() {
    let content = shipped();
    let mut linked = 0;
    for event in &content.events {
        for link in &event.links {
            let series = content
                .series
                .iter()
                .find(|s| s.id == link.series)
                .expect("a linked series");
            assert!(series.points.iter().any(|p| p.year == link.year));
            linked += 1;
        }
    }
    assert!(linked >= 5, "only {linked} events lead to the charts");
}

#[test]
fn every_source_is_listed_once_on_the_about_page() {
    let content = shipped();
    let sources = content.all_sources();
    let urls: HashSet<&str> = sources.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(urls.len(), sources.len(), "a source is listed twice");
    for event in &content.events {
        for source in &event.sources {
            assert!(urls.contains(source.url.as_str()));
        }
    }
    assert!(sources.len() >= 40, "only {} sources", sources.len());
}

#[test]
fn a_series_saved_by_german_excel_loads_the_same_values() {
    use nanjing_stuttgart::content::rows;
    // Every shipped series, as German Excel saves it: a byte-order mark, semicolons, decimal
    // commas, Windows line ends, quotes only where a field needs them.
    let shipped_files = shipped_files();
    let mut german = shipped_files.clone();
    for (path, text) in &shipped_files.files {
        if !path.ends_with(".csv") {
            continue;
        }
        let records = rows::parse(text).expect("a readable series");
        let mut saved = String::from("\u{feff}");
        for (i, record) in records.iter().enumerate() {
            let fields: Vec<String> = record
                .fields
                .iter()
                .enumerate()
                .map(|(column, field)| {
                    let field = if i > 0 && column == 1 {
                        field.replace('.', ",")
                    } else {
                        field.clone()
                    };
                    if field.contains([';', '"', '\n']) {
                        format!("\"{}\"", field.replace('"', "\"\""))
                    } else {
                        field
                    }
                })
                .collect();
            saved.push_str(&fields.join(";"));
            saved.push_str("\r\n");
        }
        german.files.insert(path.clone(), saved);
    }
    // The same content, or the same problems at the same places (while the shipped content
    // waits for a fix, the comparison still holds).
    let shown = |result: Result<Content, Vec<Problem>>| {
        result
            .map(|content| content.series)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())
    };
    let (shipped, excel) = (shown(load(&shipped_files)), shown(load(&german)));
    assert_eq!(excel, shipped);
    if let Ok(series) = &excel {
        assert!(series.iter().map(|s| s.points.len()).sum::<usize>() >= 20);
    }
}

// ---- The broken corpus --------------------------------------------------------------------

#[test]
fn the_corpus_has_at_least_forty_broken_files() {
    assert!(corpus().len() >= 40);
}

#[test]
fn every_broken_file_gets_the_message_a_curator_must_read() {
    let valid = shipped_files();
    let mut failures = Vec::new();
    for broken in corpus() {
        let mut files = valid.clone();
        files
            .files
            .insert(broken.target.clone(), broken.text.clone());
        let problems = match load(&files) {
            Ok(_) => {
                failures.push(format!("{}: the content was accepted", broken.name));
                continue;
            }
            Err(problems) => problems,
        };
        for expected in &broken.expect {
            let hit = problems.iter().find(|p| p.to_string().contains(expected));
            match hit {
                None => failures.push(format!(
                    "{}: expected «{expected}», got:\n  {}",
                    broken.name,
                    problems
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n  ")
                )),
                Some(problem) if problem.fix.trim().is_empty() => {
                    failures.push(format!("{}: «{expected}» says no fix", broken.name))
                }
                Some(_) => {}
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_curators_check_prints_every_problem_at_once() {
    // A copy of the assets with three different mistakes in three files.
    let dir = std::env::temp_dir().join(format!("exhibit-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&assets(), &dir);
    let content = dir.join("content");
    let event = content.join("events/1994-bw-jiangsu-partnership.toml");
    let text = std::fs::read_to_string(&event).expect("the event");
    std::fs::write(
        &event,
        text.replace("date = \"1994\"", "date = \"1994-02-30\""),
    )
    .expect("written");
    let csv = content.join("series/germany-china-trade-eur.csv");
    let text = std::fs::read_to_string(&csv).expect("the series");
    std::fs::write(&csv, text.replace("2019,205.7,", "2019,205,7,")).expect("written");
    let categories = content.join("categories.toml");
    let text = std::fs::read_to_string(&categories).expect("the categories");
    std::fs::write(&categories, text.replace("#8a3b12", "#f1c453")).expect("written");

    let output = Command::new(env!("CARGO_BIN_EXE_check-content"))
        .arg(&dir)
        .output()
        .expect("the check runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("3 problem(s)"), "{stderr}");
    assert!(
        stderr.contains(
            "events/1994-bw-jiangsu-partnership.toml:5: date: \"1994-02-30\" is not a real date"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("series/germany-china-trade-eur.csv:8: the row has 8 columns"),
        "{stderr}"
    );
    assert!(stderr.contains("categories.toml:"), "{stderr}");
    assert_eq!(stderr.matches("fix: ").count(), 3, "{stderr}");

    let ok = Command::new(env!("CARGO_BIN_EXE_check-content"))
        .arg(assets())
        .output()
        .expect("the check runs");
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(stdout.starts_with("Content OK: "), "{stdout}");
}

// ---- Random damage ------------------------------------------------------------------------

fn lines_in(files: &ContentFiles, file: &str) -> usize {
    files
        .files
        .get(file)
        .map_or(1, |text| text.lines().count().max(1))
}

#[test]
fn random_damage_never_panics_and_always_names_a_file_and_line() {
    let valid = shipped_files();
    let names: Vec<String> = valid.files.keys().cloned().collect();
    let mut rng = Rng(0x5eed_1995_0b5e_55ed);
    let mut caught = 0;
    let rounds = 600;
    for round in 0..rounds {
        let mut files = valid.clone();
        // One to three damaged files per round.
        let mut what = Vec::new();
        for _ in 0..=rng.below(3) {
            let name = &names[rng.below(names.len())];
            let (damaged, kind) = damage(&files.files[name], &mut rng);
            files.files.insert(name.clone(), damaged);
            what.push(format!("{name}: {kind}"));
        }
        let result = catch_unwind(AssertUnwindSafe(|| load(&files)));
        let Ok(result) = result else {
            panic!("round {round}: the validator panicked on {what:?}");
        };
        let Err(problems) = result else {
            continue; // Harmless damage, such as a changed comment.
        };
        caught += 1;
        assert!(!problems.is_empty(), "round {round}: an empty list");
        for problem in &problems {
            check_place(problem, &files, round, &what);
        }
    }
    // Most damage must be noticed: a validator that let it all through would fail here.
    assert!(
        caught * 2 > rounds,
        "only {caught} of {rounds} damaged copies were rejected"
    );
}

fn check_place(problem: &Problem, files: &ContentFiles, round: usize, what: &[String]) {
    assert!(
        !problem.file.is_empty(),
        "round {round} ({what:?}): a problem names no file: {problem}"
    );
    let known = files.files.contains_key(&problem.file)
        // A series' missing partner file is named by the file it should be.
        || problem.file.starts_with("series/");
    assert!(known, "round {round} ({what:?}): unknown file in {problem}");
    assert!(
        problem.line <= lines_in(files, &problem.file) + 1,
        "round {round} ({what:?}): line {} is past the end of {}",
        problem.line,
        problem.file
    );
    let shown = problem.to_string();
    assert!(
        shown.starts_with(&format!("{}:", problem.file))
            && shown[problem.file.len() + 1..]
                .split(':')
                .next()
                .is_some_and(|line| line.parse::<usize>().is_ok_and(|n| n >= 1)),
        "round {round}: no file and line at the start of {shown}"
    );
    assert!(
        !problem.message.trim().is_empty(),
        "round {round}: {shown} says nothing"
    );
}

#[test]
fn the_bundled_fonts_cover_every_character_of_the_interface() {
    use nanjing_stuttgart::content::load::interface_glyph_problems;
    let coverage = shipped_files()
        .font_coverage
        .expect("assets/fonts/coverage.txt lists the fonts' characters");
    let problems: Vec<String> =
        interface_glyph_problems(&coverage, &nanjing_stuttgart::crash::fixed_lines())
            .iter()
            .map(ToString::to_string)
            .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The content's own characters are checked by `load`, which every test above runs with
    // the same coverage list: a character the fonts lack is a problem there.
    assert!(shipped_files()
        .font_coverage
        .is_some_and(|c| c.contains(&'斯')));
}
