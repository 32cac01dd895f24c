//! The app in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use nanjing_stuttgart::app::App;
use nanjing_stuttgart::crash::{show_crash_notice, CRASH_NOTICE_ID};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Lets Yew render and run effects, and the browser settle.
async fn settle() {
    for _ in 0..5 {
        yew::scheduler::flush().await;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("a window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

fn mount() -> web_sys::Element {
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn go_to(path: &str) {
    let history = web_sys::window()
        .expect("a window")
        .history()
        .expect("history");
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("pushState");
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_view_and_sets_the_document_language() {
    go_to("/zh/about");
    let root = mount();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "关于本展览");
    let html = document().document_element().expect("<html>");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-Hans"));
    assert_eq!(document().title(), "南京 – 斯图加特");
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_another_language_keeps_the_view() {
    go_to("/de/charts");
    let root = mount();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Handel und Investitionen");
    let english = root
        .query_selector(r#".language-switcher a[hreflang="en"]"#)
        .ok()
        .flatten()
        .expect("an English link")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("an HTML element");
    english.click();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Trade and investment");
    let path = web_sys::window().expect("a window").location().pathname();
    assert_eq!(path.as_deref(), Ok("/en/charts"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_root_moves_on_to_an_exhibit_language() {
    go_to("/");
    let root = mount();
    settle().await;
    let path = web_sys::window()
        .expect("a window")
        .location()
        .pathname()
        .expect("a path");
    assert!(["/de", "/zh", "/en"].contains(&path.as_str()), "{path}");
    root.remove();
}

#[wasm_bindgen_test]
fn the_crash_notice_is_shown_once_in_three_languages() {
    show_crash_notice();
    show_crash_notice();
    let notices = document()
        .query_selector_all(&format!("#{CRASH_NOTICE_ID}"))
        .expect("a query");
    assert_eq!(notices.length(), 1);
    let notice = document()
        .get_element_by_id(CRASH_NOTICE_ID)
        .expect("the notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let langs: Vec<_> = (0..3)
        .filter_map(|i| notice.query_selector_all("p").ok()?.item(i))
        .filter_map(|p| p.dyn_into::<web_sys::Element>().ok()?.get_attribute("lang"))
        .collect();
    assert_eq!(langs, ["de", "zh-Hans", "en"]);
    notice.remove();
}
