use super::super::testing::{files, run};
use super::*;

const EVENT: &str = "id = \"garden\"\ndate = \"1993-04\"\ncategory = \"culture\"\nera = \"beginnings\"\n[title]\nde = \"Garten\"\nzh = \"花园\"\nen = \"Garden\"\n[text]\nde = \"Ein Garten.\"\nzh = \"一个花园。\"\nen = \"A garden.\"\n[[source]]\ntitle = \"Quelle\"\npublisher = \"Stadt\"\nkind = \"news\"\nurl = \"https://www.stuttgart.de/garten\"\n";

fn text(de: &str) -> Text {
    Text {
        de: de.into(),
        zh: de.into(),
        en: de.into(),
    }
}

/// Checks the event files against one category, two eras and one series with a 2016 value,
/// beside a highlighted event of 2020 (which the events returned leave out).
fn check(texts: &[(&str, &str)]) -> (Vec<Event>, Vec<String>) {
    let highlight = EVENT
        .replace("\"garden\"", "\"highlight\"")
        .replace("1993-04", "2020")
        .replace("\"beginnings\"", "\"friendship\"\nhighlight = true");
    let mut all = texts.to_vec();
    all.push(("events/zz-highlight.toml", &highlight));
    let (mut events, found) = check_alone(&all);
    events.retain(|e| e.id != "highlight");
    (events, found)
}

/// Checks the event files alone.
fn check_alone(texts: &[(&str, &str)]) -> (Vec<Event>, Vec<String>) {
    let categories = [Category {
        id: "culture".into(),
        icon: "lantern".into(),
        colour: "#1d3557".into(),
        name: text("Kultur"),
    }];
    let eras = [
        Era {
            id: "beginnings".into(),
            start: SPAN.0,
            end: 1994,
            name: text("Anfänge"),
            short: text("Anfänge"),
        },
        Era {
            id: "friendship".into(),
            start: 1995,
            end: SPAN.1,
            name: text("Freundschaft"),
            short: text("Freundschaft"),
        },
    ];
    let series = [Series {
        id: "trade".into(),
        kind: SeriesKind::Line,
        currency: None,
        scale: 1.0,
        group: None,
        title: text("Handel"),
        unit: text("Euro"),
        sources: Vec::new(),
        points: vec![DataPoint {
            year: 2016,
            value: 1.0,
            status: Status::Reported,
            source: 0,
            note: None,
        }],
    }];
    run(&files(texts), |loader| {
        loader.events(&categories, &eras, &[], &series)
    })
}

fn one(text: &str) -> Vec<String> {
    check(&[("events/garden.toml", text)]).1
}

#[test]
fn events_are_read_and_sorted_by_date() {
    let later = EVENT
        .replace("\"garden\"", "\"garden-2\"")
        .replace("1993-04", "1993-01/1993-02")
        .replace("\"beginnings\"", "\"beginnings\"\nlinks = [\"trade:2016\"]");
    let (events, found) = check(&[("events/a.toml", EVENT), ("events/b.toml", &later)]);
    assert!(found.is_empty(), "{found:?}");
    let ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["garden-2", "garden"]);
    assert_eq!(events[0].links[0].year, 2016);
}

#[test]
fn only_toml_files_are_events() {
    let (_, found) = check(&[("events/notes.txt", "a note")]);
    assert_eq!(
        found,
        ["events/notes.txt:1: events are .toml files; this file is ignored"]
    );
}

#[test]
fn the_date_is_real_and_in_the_span() {
    assert_eq!(
        one(&EVENT.replace("1993-04", "2031-05")),
        ["events/garden.toml:2: date: 2031-05 lies outside the exhibit's span 1986–2026"]
    );
    assert_eq!(
        one(&EVENT.replace("1993-04", "13.03.1993")),
        ["events/garden.toml:2: date: \"13.03.1993\" is not a date"]
    );
}

#[test]
fn category_and_era_must_exist_and_fit_the_date() {
    assert_eq!(
        one(&EVENT.replace("\"culture\"", "\"sports\"")),
        ["events/garden.toml:3: category: there is no category \"sports\""]
    );
    assert_eq!(
        one(&EVENT.replace("1993-04", "2001")),
        ["events/garden.toml:4: era: the event is dated 2001 but the era \"beginnings\" runs 1986–1994"]
    );
    assert_eq!(
        one(&EVENT.replace("\"beginnings\"", "\"medieval\"")),
        ["events/garden.toml:4: era: there is no era \"medieval\""]
    );
}

#[test]
fn confidence_and_its_note_go_together() {
    let inferred = EVENT.replace(
        "era = \"beginnings\"",
        "era = \"beginnings\"\nconfidence = \"inferred\"",
    );
    assert_eq!(
        one(&inferred),
        ["events/garden.toml:5: confidence_note: an inferred or uncertain event needs a note saying why"]
    );
    let maybe = EVENT.replace(
        "era = \"beginnings\"",
        "era = \"beginnings\"\nconfidence = \"maybe\"",
    );
    assert_eq!(
        one(&maybe),
        ["events/garden.toml:5: confidence: \"maybe\" is not a confidence level"]
    );
}

#[test]
fn pictures_links_and_sources_must_lead_somewhere() {
    let linked = EVENT.replace(
        "era = \"beginnings\"",
        "era = \"beginnings\"\npicture = \"nowhere\"\nlinks = [\"trade:2017\", \"trade\", \"wages:2016\"]",
    );
    assert_eq!(
        one(&linked),
        [
            "events/garden.toml:5: picture: there is no picture \"nowhere\"",
            "events/garden.toml:6: links: the series \"trade\" has no value for 2017",
            "events/garden.toml:6: links: \"trade\" is not a link to a data point",
            "events/garden.toml:6: links: there is no series \"wages\"",
        ]
    );
    let unsourced = &EVENT[..EVENT.find("[[source]]").unwrap_or(EVENT.len())];
    assert_eq!(
        one(unsourced),
        ["events/garden.toml:1: source: the event has no source"]
    );
}

/// The test event with its one source of this kind, and these lines before [title].
fn sourced(kind: &str, before_title: &str) -> String {
    EVENT
        .replace("kind = \"news\"", &format!("kind = \"{kind}\""))
        .replace("[title]", &format!("{before_title}[title]"))
}

const NOTE: &str = "[confidence_note]\nde = \"Das Werk ist das eigene.\"\nzh = \"自有工厂。\"\nen = \"The plant is its own.\"\n";

#[test]
fn a_verified_event_on_the_issuers_word_alone_says_why_that_suffices() {
    for kind in ["press-release", "company"] {
        assert_eq!(
            one(&sourced(kind, "")),
            ["events/garden.toml:13: confidence_note: a verified event that rests only on press releases or company pages needs a note saying why they suffice"],
            "{kind}"
        );
        assert_eq!(
            one(&sourced(kind, "confidence = \"verified\"\n")),
            ["events/garden.toml:5: confidence_note: a verified event that rests only on press releases or company pages needs a note saying why they suffice"],
            "{kind}"
        );
        let (events, found) = check(&[("events/garden.toml", &sourced(kind, NOTE))]);
        assert!(found.is_empty(), "{kind}: {found:?}");
        assert_eq!(
            events[0].confidence_note.as_ref().map(|n| n.en.as_str()),
            Some("The plant is its own.")
        );
    }
    // A copy of the company's page beside it adds no independent word.
    let with_copy = format!(
        "{}[[source]]\ntitle = \"Kopie\"\npublisher = \"Portal\"\nkind = \"copy\"\nurl = \"https://www.example.org/kopie\"\n",
        sourced("company", "")
    );
    assert_eq!(
        one(&with_copy),
        ["events/garden.toml:13: confidence_note: a verified event that rests only on press releases or company pages needs a note saying why they suffice"]
    );
}

#[test]
fn a_verified_event_with_an_independent_source_carries_no_note() {
    for kind in ["news", "government", "official-statistics"] {
        assert_eq!(
            one(&sourced(kind, NOTE)),
            ["events/garden.toml:5: confidence_note: a verified event with an independent source needs no confidence note"],
            "{kind}"
        );
    }
    // Beside a press release, news reporting is enough.
    let both = format!(
        "{}[[source]]\ntitle = \"Meldung\"\npublisher = \"Firma\"\nkind = \"press-release\"\nurl = \"https://www.example.org/meldung\"\n",
        EVENT
    );
    assert!(one(&both).is_empty());
    assert_eq!(
        one(&format!("{}{}", both.replace("[title]", &format!("{NOTE}[title]")), "")),
        ["events/garden.toml:5: confidence_note: a verified event with an independent source needs no confidence note"]
    );
}

#[test]
fn copies_stand_only_beside_an_original() {
    let copies = format!(
        "{}[[source]]\ntitle = \"Noch eine Kopie\"\npublisher = \"Portal\"\nkind = \"copy\"\nurl = \"https://www.example.org/kopie\"\n",
        sourced("copy", "")
    );
    assert_eq!(
        one(&copies),
        ["events/garden.toml:13: source: the event's only sources are copies (kind = \"copy\"); a copy is kept only beside its original"]
    );
    let beside = format!(
        "{}[[source]]\ntitle = \"Kopie\"\npublisher = \"Portal\"\nkind = \"copy\"\nurl = \"https://www.example.org/kopie\"\n",
        EVENT
    );
    assert!(one(&beside).is_empty());
    // A kind not read is told once, not judged again.
    assert_eq!(
        one(&EVENT.replace("kind = \"news\"\n", "")),
        ["events/garden.toml:13: source.kind: the source's kind is missing"]
    );
}

#[test]
fn a_few_events_are_highlights() {
    assert_eq!(
        check_alone(&[("events/garden.toml", EVENT)]).1,
        ["events/:1: highlight: no event is a highlight"]
    );
    let names: Vec<String> = (0..=HIGHLIGHTS_MOST)
        .map(|n| format!("events/e{n}.toml"))
        .collect();
    let texts: Vec<String> = (0..=HIGHLIGHTS_MOST)
        .map(|n| {
            EVENT
                .replace("\"garden\"", &format!("\"garden-{n}\""))
                .replace("\"beginnings\"", "\"beginnings\"\nhighlight = true")
        })
        .collect();
    let files: Vec<(&str, &str)> = names
        .iter()
        .zip(&texts)
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let found = check_alone(&files).1;
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0] == "events/e6.toml:5: highlight: 7 events are highlights; at most 6 can be",
        "{found:?}"
    );
}
