use super::*;

fn at(address: &str) -> State {
    State::at(&Location::parse(address))
}

fn event(lang: Lang, id: &str) -> Route {
    Route::Event {
        lang,
        id: id.to_string(),
    }
}

fn go(route: Route) -> Action {
    Action::Go {
        route,
        year: None,
        step: Step::Push,
    }
}

/// A real event and category of the shipped content.
fn some_event() -> (String, i32) {
    let event = &content().events[0];
    (event.id.clone(), event.date.year())
}

fn category_ids() -> Vec<String> {
    content().categories.iter().map(|c| c.id.clone()).collect()
}

#[test]
fn arriving_at_an_event_selects_it_in_its_language_and_marks_its_year() {
    let (id, year) = some_event();
    let state = at(&format!("/zh/event/{id}"));
    assert_eq!(state.lang(), Lang::Zh);
    assert_eq!(state.selected_event(), Some(id.as_str()));
    assert_eq!(state.year_cursor, Some(year));
}

#[test]
fn a_not_found_address_keeps_the_last_language_and_is_never_rewritten() {
    let state = Rc::new(at("/en"));
    let lost = state.reduce(Action::Arrived(Location::parse("/xx/nowhere")));
    assert_eq!(lost.route, Route::NotFound);
    assert_eq!(lost.lang(), Lang::En);
    assert_eq!(lost.address(), None, "the typed address stays as it is");
}

#[test]
fn a_not_found_address_that_names_a_language_is_answered_in_it() {
    for (address, lang) in [
        ("/zh/nowhere", Lang::Zh),
        ("/en/charts/2099/x", Lang::En),
        ("/de/event", Lang::De),
        ("/zh/event/", Lang::Zh),
    ] {
        let first = at(address);
        assert_eq!(first.route, Route::NotFound, "{address}");
        assert_eq!(first.lang(), lang, "{address} as the first view");
        for before in ["/de", "/zh/about", "/en/charts"] {
            let later = Rc::new(at(before)).reduce(Action::Arrived(Location::parse(address)));
            assert_eq!(later.lang(), lang, "{address} after {before}");
            assert_eq!(later.address(), None, "the typed address stays as it is");
        }
    }
    // Naming none (or one the exhibit does not speak), it keeps the last view's.
    assert_eq!(at("/nowhere").lang(), Lang::De);
    let state = Rc::new(at("/zh"));
    for address in ["/fr/nowhere", "/%E2%98%83", "/embed/xx"] {
        assert_eq!(
            state
                .clone()
                .reduce(Action::Arrived(Location::parse(address)))
                .lang(),
            Lang::Zh,
            "{address}"
        );
    }
}

#[test]
fn the_start_page_moves_on_to_the_language_asked_for() {
    assert_eq!(at("/?lang=zh").route, Route::Timeline { lang: Lang::Zh });
    assert_eq!(
        at("/?mode=kiosk&lang=en").route,
        Route::Timeline { lang: Lang::En }
    );
    let browser = Location {
        languages: vec!["fr-FR".into(), "zh-CN".into()],
        ..Location::parse("/")
    };
    assert_eq!(
        State::at(&browser).route,
        Route::Timeline { lang: Lang::Zh }
    );
    assert_eq!(at("/").route, Route::Timeline { lang: Lang::De });
    // The prerendered start page keeps its own view until the app reads the address.
    assert_eq!(State::at_view_of(&Location::parse("/")).route, Route::Root);
}

#[test]
fn the_timeline_clears_the_selection_but_charts_are_a_view_of_their_own() {
    let (id, year) = some_event();
    let state = Rc::new(at(&format!("/de/event/{id}")));
    let charts = state.reduce(go(Route::Charts { lang: Lang::De }));
    assert_eq!(charts.selected_event(), None);
    assert_eq!(charts.year_cursor, Some(year), "the year stays marked");
    let home = charts.reduce(go(Route::Timeline { lang: Lang::En }));
    assert_eq!(home.selected_event(), None);
    assert_eq!(home.lang(), Lang::En);
}

#[test]
fn an_action_that_changes_nothing_returns_the_same_state() {
    let state = Rc::new(at("/de/charts"));
    let same = state.clone().reduce(Action::SetYearCursor(None));
    assert!(Rc::ptr_eq(&state, &same));
}

#[test]
fn reset_forgets_the_visit_but_keeps_the_kiosk() {
    let (id, _) = some_event();
    let visited = Rc::new(at(&format!(
        "/en/event/{id}?from=2010&to=2016&cat={}&mode=kiosk&idle=30&lang=zh",
        category_ids()[0]
    )));
    assert_eq!(visited.mode, Mode::Kiosk);
    let reset = visited.clone().reduce(Action::Reset);
    assert_eq!(reset.route, Route::Timeline { lang: Lang::Zh });
    assert_eq!((reset.mode, &reset.kiosk), (Mode::Kiosk, &visited.kiosk));
    assert_eq!(
        (reset.year_cursor, reset.window, &reset.categories),
        (None, TimeWindow::whole(), &None)
    );
    assert_eq!(
        reset.step,
        Step::Replace,
        "a reset adds no back-button step"
    );
    assert_eq!(
        reset.address().map(|a| a.href()).as_deref(),
        Some("/zh?mode=kiosk&idle=30&lang=zh")
    );
}

#[test]
fn the_attract_loop_shows_an_event_in_the_kiosk_language_in_place() {
    let (id, year) = some_event();
    let kiosk = Rc::new(at("/de?mode=kiosk&lang=en"));
    let touring = kiosk.reduce(Action::Tour(id.clone()));
    assert_eq!(touring.route, event(Lang::En, &id));
    assert_eq!(touring.year_cursor, Some(year));
    assert_eq!(touring.step, Step::Replace);
}

#[test]
fn hiding_one_category_keeps_every_other_shown() {
    let ids = category_ids();
    assert!(ids.len() >= 3, "the content has categories");
    let state = Rc::new(at("/de"));
    let hidden = state.reduce(Action::ToggleCategory(ids[0].clone()));
    assert!(!hidden.shows_category(&ids[0]));
    for other in &ids[1..] {
        assert!(hidden.shows_category(other), "{other} still shown");
    }
    // Written and read back, the filter is the same: the address does not empty the timeline.
    let href = hidden.address().expect("an address").href();
    let back = at(&href);
    assert_eq!(back.categories, hidden.categories, "{href}");
    for other in &ids[1..] {
        assert!(back.shows_category(other), "{other} shown after {href}");
    }
    let shown = hidden.reduce(Action::ToggleCategory(ids[0].clone()));
    assert_eq!(shown.categories, None);
}

#[test]
fn a_shared_filter_link_shows_its_categories_and_odd_ones_never_empty_the_timeline() {
    let ids = category_ids();
    let two = format!("{},{}", ids[0], ids[1]);
    for query in [
        format!("cat={two}"),
        // As the old writer wrote it: the comma escaped.
        format!("cat={}%2C{}", ids[0], ids[1]),
        format!("cat={two},nonsense"),
    ] {
        let state = at(&format!("/de?{query}"));
        let shown: Vec<&String> = ids.iter().filter(|id| state.shows_category(id)).collect();
        assert_eq!(shown, vec![&ids[0], &ids[1]], "{query}");
    }
    assert_eq!(
        at("/de?cat=nonsense").categories,
        None,
        "nothing known: all"
    );
    assert_eq!(
        at("/de?cat=").categories,
        Some(SortedSet::new()),
        "every category hidden on purpose"
    );
}

#[test]
fn every_state_comes_back_the_same_through_its_address() {
    // Many generated states, each written as an address and read back.
    let ids = category_ids();
    let (id, _) = some_event();
    let routes = [
        Route::Timeline { lang: Lang::De },
        Route::Charts { lang: Lang::Zh },
        Route::About { lang: Lang::En },
        event(Lang::Zh, &id),
    ];
    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    for _ in 0..2_000 {
        let mut state = State {
            route: routes[next(4) as usize].clone(),
            ..State::default()
        };
        state.last_lang = state.lang();
        if next(2) == 0 {
            state.window = TimeWindow::around(
                1986.0 + next(41_000) as f64 / 1000.0,
                1.0 + next(40_000) as f64 / 1000.0,
            );
            // As the address keeps it: to a thousandth of a year.
            state.window = ViewQuery {
                window: ViewQuery::window_of(&state.window),
                ..ViewQuery::default()
            }
            .time_window();
        }
        if next(2) == 0 {
            let shown: SortedSet<String> = ids.iter().filter(|_| next(2) == 0).cloned().collect();
            state.categories = (shown.len() < ids.len()).then_some(shown);
        }
        state.year_cursor = match &state.route {
            Route::Event { id, .. } => content().event(id).map(|e| e.date.year()),
            _ => (next(2) == 0).then(|| 1986 + next(41) as i32),
        };
        if next(2) == 0 {
            state.mode = Mode::Kiosk;
            state.kiosk = KioskConfig {
                idle_secs: [5, 60, 90, 600][next(4) as usize],
                home: Lang::ALL[next(3) as usize],
                public: (next(2) == 0)
                    .then(|| format!("https://exhibit.example.org/a+b,c%d/南京{}", next(9))),
                ..KioskConfig::default()
            };
        }
        let href = state.address().expect("an address").href();
        let back = at(&href);
        let keep = |s: &State| {
            (
                s.route.clone(),
                s.window,
                s.categories.clone(),
                s.year_cursor,
                s.mode,
                s.kiosk.clone(),
            )
        };
        assert_eq!(keep(&back), keep(&state), "{href}");
        assert_eq!(back.address(), state.address(), "{href}");
    }
}

#[test]
fn going_back_to_an_address_without_a_year_clears_the_mark_an_event_set() {
    let (id, year) = some_event();
    let state = Rc::new(at("/de?cat=business"));
    let opened = state.reduce(go(event(Lang::De, &id)));
    assert_eq!(opened.year_cursor, Some(year));
    let back = opened.reduce(Action::Arrived(Location::parse("/de?cat=business")));
    assert_eq!(back.year_cursor, None);
    assert_eq!(
        back.address().map(|a| a.href()).as_deref(),
        Some("/de?cat=business")
    );
}

#[test]
fn zoom_and_pan_keep_the_window_inside_the_span() {
    let state = Rc::new(State::default());
    let zoomed = state.reduce(Action::Zoom {
        factor: 1e6,
        anchor: 0.0,
    });
    assert!((zoomed.window.width() - 1.0).abs() < 1e-9);
    let panned = zoomed.reduce(Action::Pan(-500.0));
    assert!((panned.window.start - TimeWindow::whole().start).abs() < 1e-9);
}

#[test]
fn only_an_arrival_counts_as_one_so_marking_a_year_does_not_scroll_a_view() {
    let state = Rc::new(at("/de/charts"));
    let first = state.arrival;
    let marked = state.reduce(Action::SetYearCursor(Some(2013)));
    assert_eq!(marked.arrival, first);
    let moved = marked.reduce(go(Route::Charts { lang: Lang::En }));
    assert_ne!(moved.arrival, first);
}

/// Every tally the reducer handed on so far.
fn tallies(state: &State) -> Vec<Tally> {
    state.tallies.since(0)
}

#[test]
fn a_kiosk_counts_what_its_visitors_do_and_nothing_else() {
    let (id, _) = some_event();
    let other = content().events[1].id.clone();
    let kiosk = Rc::new(at("/de?mode=kiosk&staff=0417"));
    let state = kiosk
        .reduce(go(event(Lang::De, &id)))
        .reduce(go(event(Lang::De, &id)))
        .reduce(go(event(Lang::Zh, &id)))
        .reduce(go(event(Lang::Zh, &other)))
        .reduce(Action::Count(Tally::ChartPlayed))
        .reduce(Action::Count(Tally::QrShown));
    assert_eq!(
        tallies(&state),
        vec![
            Tally::EventOpened(id.clone()),
            Tally::LanguageChosen(Lang::Zh),
            Tally::EventOpened(other.clone()),
            Tally::ChartPlayed,
            Tally::QrShown,
        ]
    );
    // The idle reset ends the visit: counted with its length, then the start again.
    let ended = state.reduce(Action::VisitEnded { secs: 42 });
    assert_eq!(tallies(&ended).last(), Some(&Tally::Visit { secs: 42 }));
    assert_eq!(ended.route, Route::Timeline { lang: Lang::De });
    // The attract loop's tour is no visitor's.
    let toured = ended.reduce(Action::Tour(other.clone()));
    let toured = toured.reduce(Action::Count(Tally::QrShown));
    assert_eq!(tallies(&toured).len(), 6);
    // A visitor's touch starts afresh, and counts again.
    let again = toured
        .reduce(Action::Reset)
        .reduce(go(event(Lang::En, &id)));
    assert_eq!(
        tallies(&again)[6..],
        [
            Tally::EventOpened(id.clone()),
            Tally::LanguageChosen(Lang::En)
        ]
    );

    // The staff at the panel: nothing of that visit counts, not even the visit.
    let staff = again
        .reduce(Action::Staff(StaffView::Pin))
        .reduce(go(event(Lang::Zh, &other)));
    assert_eq!(tallies(&staff).len(), 8, "the PIN pad is open");
    let staff = staff
        .reduce(Action::Staff(StaffView::Panel))
        .reduce(Action::Staff(StaffView::Closed))
        .reduce(go(event(Lang::De, &id)))
        .reduce(Action::VisitEnded { secs: 300 });
    assert_eq!(tallies(&staff).len(), 8);
    assert_eq!(staff.staff, StaffView::Closed);
    assert!(!staff.staff_visit, "the next visit is a visitor's again");

    // The public web counts nothing.
    let web = Rc::new(at("/de"))
        .reduce(go(event(Lang::Zh, &id)))
        .reduce(Action::Count(Tally::ChartPlayed))
        .reduce(Action::VisitEnded { secs: 3 });
    assert_eq!(tallies(&web), vec![]);
}

#[test]
fn the_idle_reset_shuts_the_staff_door() {
    let state = Rc::new(at("/de?mode=kiosk&staff=0417"))
        .reduce(Action::Staff(StaffView::Panel))
        .reduce(Action::Reset);
    assert_eq!(state.staff, StaffView::Closed);
}
