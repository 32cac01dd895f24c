//! What a visitor sees if the app fails: a short trilingual notice instead of a dead page.

/// The notice's lines, each with its `lang` tag.
pub const CRASH_LINES: [(&str, &str); 3] = [
    ("de", "Entschuldigung, hier ist ein Fehler aufgetreten."),
    ("zh-Hans", "抱歉，页面出现了错误。"),
    ("en", "Sorry, something went wrong."),
];

/// On a kiosk the notice says it starts over by itself.
pub const RESTARTING_LINES: [(&str, &str); 3] = [
    ("de", "Die Ausstellung startet neu …"),
    ("zh-Hans", "展览正在重新启动……"),
    ("en", "The exhibition is restarting …"),
];

/// How long the kiosk shows the notice before it starts over, in ms (well under 5 s).
pub const KIOSK_RESTART_MS: i32 = 3000;

/// Every fixed text the exhibit may show outside the interface catalog: the crash notice and
/// the kiosk's trilingual overlays, as (`lang` tag, text). The fonts must cover them.
pub fn fixed_lines() -> Vec<(&'static str, &'static str)> {
    let mut lines = Vec::new();
    lines.extend(CRASH_LINES);
    lines.extend(RESTARTING_LINES);
    lines.extend(crate::kiosk::STILL_THERE);
    lines.extend(crate::kiosk::KEEP_GOING);
    lines.extend(crate::kiosk::TOUCH_TO_START);
    lines.push(("", RESTART_LABEL));
    lines
}

/// The label of the link that starts the exhibit again.
pub const RESTART_LABEL: &str = "Neu starten · 重新开始 · Start again";

/// The id of the notice element, so it is shown only once.
pub const CRASH_NOTICE_ID: &str = "crash-notice";

/// Logs every panic to the console and shows the crash notice; an uncaught script error
/// does the same, so a kiosk never stays on a broken page.
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    use wasm_bindgen::JsCast;
    // Through Yew, which otherwise replaces any hook with its own when it starts rendering.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("The exhibit stopped: {info}").into());
        // The trap that ends a panic also arrives as an error event: one error, counted here.
        PANICKED.with(|panicked| panicked.set(true));
        note_error();
        show_crash_notice();
    }));
    if let Some(window) = web_sys::window() {
        let on_error = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
            |_: web_sys::Event| {
                if !PANICKED.with(|panicked| panicked.get()) {
                    note_error();
                }
                show_crash_notice();
            },
        );
        for name in ["error", "unhandledrejection"] {
            let _ =
                window.add_event_listener_with_callback(name, on_error.as_ref().unchecked_ref());
        }
        // Lives as long as the page.
        on_error.forget();
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Whether the app panicked (see `install_panic_hook`).
    static PANICKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The kiosk's setup, read from the address bar (see `show_crash_notice` for why here).
#[cfg(target_arch = "wasm32")]
fn kiosk_query() -> crate::query::ViewQuery {
    let search = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    crate::query::ViewQuery::parse(&search)
}

/// Counts an error for the staff panel, on kiosks only (`kiosk::run_log`).
#[cfg(target_arch = "wasm32")]
fn note_error() {
    if kiosk_query().kiosk.is_some() {
        crate::kiosk::run_log::note_error();
    }
}

/// Puts the notice over the page. Uses plain DOM calls, because after a panic the app's own
/// rendering cannot be trusted.
#[cfg(target_arch = "wasm32")]
pub fn show_crash_notice() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.get_element_by_id(CRASH_NOTICE_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    // A kiosk starts over by itself: the address it was started with, after a moment. A meta
    // refresh needs no code of ours to run, which after a panic cannot be trusted.
    // The one place that reads `window.location` past the state's provider: after a fault
    // the app's state cannot be trusted, the address bar (which it kept up to date) can.
    let query = kiosk_query();
    let kiosk = query.kiosk.clone();
    let restart_address = crate::base::outward(
        &crate::query::Address {
            route: crate::route::Route::Root,
            query: query.kiosk_only(),
        }
        .href(),
    );
    if kiosk.is_some() {
        crate::kiosk::run_log::note_restart();
        if let (Ok(refresh), Some(head)) = (document.create_element("meta"), document.head()) {
            let _ = refresh.set_attribute("http-equiv", "refresh");
            let _ = refresh.set_attribute(
                "content",
                &format!("{};url={restart_address}", KIOSK_RESTART_MS / 1000),
            );
            let _ = head.append_child(&refresh);
        }
    }
    let lines = if kiosk.is_some() {
        RESTARTING_LINES
    } else {
        CRASH_LINES
    };
    let build = || -> Result<web_sys::Element, wasm_bindgen::JsValue> {
        let notice = document.create_element("div")?;
        notice.set_id(CRASH_NOTICE_ID);
        notice.set_attribute("role", "alert")?;
        for (lang, line) in lines {
            let paragraph = document.create_element("p")?;
            paragraph.set_attribute("lang", lang)?;
            paragraph.set_text_content(Some(line));
            notice.append_child(&paragraph)?;
        }
        let restart = document.create_element("a")?;
        restart.set_attribute("href", &restart_address)?;
        restart.set_attribute("class", "control primary")?;
        restart.set_text_content(Some(RESTART_LABEL));
        notice.append_child(&restart)?;
        Ok(notice)
    };
    if let Ok(notice) = build() {
        let _ = body.append_child(&notice);
    }
}
