//! The timeline's first view of the shipped content, in every layout class and language,
//! computed natively (the page drawn at build time and the app show exactly these layouts):
//! every highlight stands whole, and enough markers and titles are seen without a tap.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use nanjing_stuttgart::i18n::Lang;
use nanjing_stuttgart::time_axis::arrange::{arrange, Dated};
use nanjing_stuttgart::time_axis::{Form, TimeWindow, CLASSES};

#[test]
fn every_class_shows_the_highlights_whole_and_enough_titles() {
    let content = common::shipped();
    let window = TimeWindow::whole();
    let mut table = Vec::new();
    let mut short = Vec::new();
    for lang in [Lang::De, Lang::Zh, Lang::En] {
        let dated: Vec<Dated> = content
            .events
            .iter()
            .map(|event| {
                Dated::new(
                    window.fraction(event.date.start.as_fractional_year()),
                    event.title.get(lang),
                    event.highlight,
                )
            })
            .collect();
        for class in CLASSES {
            let arrangement = arrange(class, &dated);
            for (index, event) in content.events.iter().enumerate() {
                // The narrowest class (phones 320 px wide) may show a long German highlight
                // by its year only: "Württemberg" and "Arbeitsgruppe" need five lines there.
                if event.highlight && class.width >= 20.0 {
                    let marker = arrangement.marker(index);
                    assert!(
                        marker.is_some_and(|m| m.form != Form::Compact),
                        "{lang:?} {}: the highlight {} is not whole: {marker:?}",
                        class.key,
                        event.id
                    );
                }
            }
            let titled = arrangement
                .markers
                .iter()
                .filter(|m| m.form != Form::Compact)
                .count();
            table.push(format!(
                "{lang:?} {}: {} markers, {titled} with titles, {} clusters",
                class.key,
                arrangement.markers.len(),
                arrangement.clusters.len()
            ));
            // What a visitor reads without a tap: on a landscape kiosk (h46 and up) ten
            // markers, nine of them titled; on a portrait kiosk (v33) ten, six titled; on a
            // phone (v22) six, five titled.
            let (markers, least) = match (class.vertical, class.width) {
                (false, w) if w >= 46.0 => (10, 9),
                (false, _) => (5, 5),
                (true, w) if w >= 33.0 => (10, 6),
                (true, w) if w >= 22.0 => (6, 5),
                (true, _) => (5, 3),
            };
            if arrangement.markers.len() < markers {
                short.push(format!(
                    "{lang:?} {}: only {} markers",
                    class.key,
                    arrangement.markers.len()
                ));
            }
            if titled < least {
                short.push(format!("{lang:?} {}: only {titled} titles", class.key));
            }
        }
    }
    eprintln!("{}", table.join("\n"));
    assert!(short.is_empty(), "{short:?}");
}
