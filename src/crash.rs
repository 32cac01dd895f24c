//! What a visitor sees if the app fails: a short trilingual notice instead of a dead page.

/// The notice's lines, each with its `lang` tag.
pub const CRASH_LINES: [(&str, &str); 3] = [
    ("de", "Entschuldigung, hier ist ein Fehler aufgetreten."),
    ("zh-Hans", "抱歉，页面出现了错误。"),
    ("en", "Sorry, something went wrong."),
];

/// The label of the link that starts the exhibit again.
pub const RESTART_LABEL: &str = "Neu starten · 重新开始 · Start again";

/// The id of the notice element, so it is shown only once.
pub const CRASH_NOTICE_ID: &str = "crash-notice";

/// Logs every panic to the console and shows the crash notice.
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("The exhibit stopped: {info}").into());
        show_crash_notice();
    }));
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
    let build = || -> Result<web_sys::Element, wasm_bindgen::JsValue> {
        let notice = document.create_element("div")?;
        notice.set_id(CRASH_NOTICE_ID);
        notice.set_attribute("role", "alert")?;
        for (lang, line) in CRASH_LINES {
            let paragraph = document.create_element("p")?;
            paragraph.set_attribute("lang", lang)?;
            paragraph.set_text_content(Some(line));
            notice.append_child(&paragraph)?;
        }
        let restart = document.create_element("a")?;
        restart.set_attribute("href", "/")?;
        restart.set_attribute("class", "button")?;
        restart.set_text_content(Some(RESTART_LABEL));
        notice.append_child(&restart)?;
        Ok(notice)
    };
    if let Ok(notice) = build() {
        let _ = body.append_child(&notice);
    }
}
