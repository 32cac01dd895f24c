//! The app in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use nanjing_stuttgart::app::{App, AppProps};
use nanjing_stuttgart::crash::{show_crash_notice, CRASH_NOTICE_ID};
use nanjing_stuttgart::history::History;
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

/// Waits up to a second for `done`: the title and the address follow a view once the browser
/// is idle after painting it (src/after_paint.rs), not within the same frame.
async fn eventually(done: impl Fn() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("a window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// The content, handed over as the start script does in a real page (src/content_file.rs).
fn install_content() {
    nanjing_stuttgart::content_file::install(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/content.bin"
    )));
}

/// The app in a fresh element; `Mounted::unmount` takes it away with everything it registered.
struct Mounted {
    root: web_sys::Element,
    app: yew::AppHandle<App>,
}

impl Mounted {
    fn unmount(self) {
        self.app.destroy();
        self.root.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::Element;
    fn deref(&self) -> &web_sys::Element {
        &self.root
    }
}

fn mount() -> Mounted {
    install_content();
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            history: History::browser(),
            hydrating: false,
        },
    )
    .render();
    Mounted { root, app }
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
    // Each view has its own title, in the language of the address.
    eventually(|| document().title() == "关于本展览 – 南京 – 斯图加特").await;
    assert_eq!(document().title(), "关于本展览 – 南京 – 斯图加特");
    root.unmount();
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
    let path = || web_sys::window().expect("a window").location().pathname();
    eventually(|| path().as_deref() == Ok("/en/charts")).await;
    let path = path();
    assert_eq!(path.as_deref(), Ok("/en/charts"));
    root.unmount();
}

#[wasm_bindgen_test]
async fn the_root_moves_on_to_an_exhibit_language() {
    go_to("/");
    let root = mount();
    settle().await;
    let moved = || {
        let path = web_sys::window().expect("a window").location().pathname();
        path.is_ok_and(|path| ["/de", "/zh", "/en"].contains(&path.as_str()))
    };
    eventually(moved).await;
    let path = web_sys::window()
        .expect("a window")
        .location()
        .pathname()
        .expect("a path");
    assert!(["/de", "/zh", "/en"].contains(&path.as_str()), "{path}");
    // The view follows the address it moved on to: the timeline, with its navigation.
    assert!(
        root.query_selector(&format!("nav.main-nav a[href^='{path}/charts']"))
            .ok()
            .flatten()
            .is_some(),
        "the timeline's navigation for {path}"
    );
    root.unmount();
}

fn address() -> String {
    let location = web_sys::window().expect("a window").location();
    format!(
        "{}{}",
        location.pathname().expect("a path"),
        location.search().expect("a query")
    )
}

/// Waits past the pause after which the address follows the view.
async fn settle_address() {
    settle().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 450);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    settle().await;
}

#[wasm_bindgen_test]
async fn generated_addresses_come_back_the_same_through_the_address_bar_and_the_back_button() {
    use nanjing_stuttgart::query::{Address, ViewQuery};
    let mut seed = 0x0005_DEEC_E66D_u64;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let paths = [
        "/de",
        "/zh/charts",
        "/en/about",
        "/zh/event/bosch-aftermarket-plant",
    ];
    let cats = ["partnership", "business", "fairs", "culture", "national"];
    for round in 0..5 {
        let mut query = Vec::new();
        if next(2) == 0 {
            let from = 1990.0 + next(20_000) as f64 / 1000.0;
            query.push(format!("from={from}&to={}", from + 2.5));
        }
        if next(2) == 0 {
            let shown: Vec<&str> = cats.iter().copied().filter(|_| next(2) == 0).collect();
            query.push(format!("cat={}", shown.join(",")));
        }
        if next(2) == 0 {
            query.push(format!("year={}", 1990 + next(30)));
        }
        if next(2) == 0 {
            query.push(format!(
                "mode=kiosk&idle=600&lang=zh&public={}",
                [
                    "https%3A%2F%2Fa.example%2Fx%2Cy%2Bz",
                    "https%3A%2F%2F%E5%8D%97%E4%BA%AC.example"
                ][next(2) as usize]
            ));
        }
        let start = format!("{}?{}", paths[next(4) as usize], query.join("&"));
        go_to(&start);
        let root = mount();
        settle_address().await;
        // The address the exhibit writes is the query as ViewQuery writes it: read back, the same.
        let written = address();
        let parsed = Address::parse(&written);
        assert_eq!(parsed.href(), written, "round {round}: {start}");
        assert_eq!(
            ViewQuery::parse(written.split_once('?').map(|(_, q)| q).unwrap_or("")).encode(),
            parsed.query.encode()
        );
        let heading = text_of(&root, "main h1");
        // Away to another view and back with the browser's back button: the same address and view.
        root.query_selector("nav.main-nav a:not([aria-current])")
            .ok()
            .flatten()
            .expect("a link to another view")
            .dyn_into::<web_sys::HtmlElement>()
            .expect("an HTML element")
            .click();
        settle_address().await;
        assert_ne!(address(), written);
        web_sys::window()
            .expect("a window")
            .history()
            .expect("history")
            .back()
            .expect("back");
        settle_address().await;
        assert_eq!(address(), written, "back to {start}");
        assert_eq!(text_of(&root, "main h1"), heading, "back to {start}");
        root.unmount();
    }
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

#[wasm_bindgen_test]
fn the_browser_formats_amounts_as_each_reader_expects() {
    use nanjing_stuttgart::i18n::format::format_amount;
    use nanjing_stuttgart::i18n::Lang;
    assert_eq!(
        format_amount(Lang::De, 4.2e9, Some("USD")),
        "4,2\u{a0}Mrd.\u{a0}US-$"
    );
    assert_eq!(format_amount(Lang::Zh, 4.2e9, Some("USD")), "42亿美元");
    assert_eq!(format_amount(Lang::En, 4.2e9, Some("USD")), "US$4.2bn");
    assert_eq!(
        format_amount(Lang::De, 251.8e9, Some("EUR")),
        "251,8\u{a0}Mrd.\u{a0}€"
    );
    assert_eq!(format_amount(Lang::Zh, 3.28e8, Some("CNY")), "3.28亿元");
}

/// The browser's own `Intl` formatter for `lang` with `options`, as the test's reference.
fn intl_number(lang: nanjing_stuttgart::i18n::Lang, compact: bool) -> js_sys::Function {
    use wasm_bindgen::JsValue;
    let options = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        js_sys::Reflect::set(&options, &key.into(), &value).expect("an option");
    };
    set("maximumFractionDigits", 2.into());
    set("minimumFractionDigits", 0.into());
    if compact {
        set("notation", "compact".into());
    }
    let locales = js_sys::Array::of1(&nanjing_stuttgart::i18n::format::locale(lang).into());
    js_sys::Intl::NumberFormat::new(&locales, &options).format()
}

/// Numbers of every size the exhibit shows and more: counts, shares, amounts up to trillions,
/// with one to many decimals, and the ties where rounding rules differ (x.xx5).
fn generated_numbers() -> Vec<f64> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut numbers = vec![
        0.0,
        7.0,
        16.4,
        199.66,
        315.0,
        2200.0,
        12_000.0,
        81_000.0,
        999_999.0,
        1.0e6,
        7.3e8,
        2.22e9,
        26.61e9,
        251.8e9,
        1.005,
        0.125,
        2.675,
        1234.5,
        999_999.995,
        999_995.0,
        1.0e4,
        9_999.0,
        1.5e12,
        3.28e8,
        0.01,
        0.005,
        0.004,
    ];
    for i in 0..3000 {
        let digits = next() % 10_000_000;
        let scale = [1.0, 10.0, 100.0, 1000.0][(next() % 4) as usize];
        let magnitude = 10f64.powi((next() % 13) as i32);
        numbers.push(match i % 3 {
            // Curated figures: a few digits at some power of ten ("4.2 bn", "73.5 %").
            0 => (digits % 10_000) as f64 / scale * magnitude / 1000.0,
            // Exact ties at the second decimal: 12.345, 0.125.
            1 => ((digits % 100_000) * 10 + 5) as f64 / 1000.0,
            _ => digits as f64 / scale,
        });
    }
    numbers
}

#[wasm_bindgen_test]
fn numbers_and_dates_read_as_the_browsers_intl_writes_them() {
    use nanjing_stuttgart::calendar::PartialDate;
    use nanjing_stuttgart::i18n::format::{format_date, format_number, COMPACT_FROM};
    use nanjing_stuttgart::i18n::Lang;
    use wasm_bindgen::JsValue;
    for lang in Lang::ALL {
        let plain = intl_number(lang, false);
        let compact = intl_number(lang, true);
        for value in generated_numbers() {
            let formatter = if value.abs() >= COMPACT_FROM {
                &compact
            } else {
                &plain
            };
            let intl = formatter
                .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
                .expect("Intl formats")
                .as_string()
                .expect("a text")
                // ICU puts a plain space between number and "Mrd."; the exhibit keeps them on
                // one line.
                .replace(' ', "\u{a0}");
            assert_eq!(format_number(lang, value), intl, "{lang} {value}");
        }
        let locales = js_sys::Array::of1(&nanjing_stuttgart::i18n::format::locale(lang).into());
        for year in [1949, 1995, 2013, 2024] {
            for (month, day) in [(None, None), (Some(3), None), (Some(3), Some(20))]
                .into_iter()
                .chain((1..=12).map(|m| (Some(m), Some(1 + (m * 5) % 28))))
            {
                let date = PartialDate { year, month, day };
                let options = js_sys::Object::new();
                let set = |key: &str, value: &str| {
                    js_sys::Reflect::set(&options, &key.into(), &value.into()).expect("an option");
                };
                set("year", "numeric");
                set("timeZone", "UTC");
                if month.is_some() {
                    set("month", "long");
                }
                if day.is_some() {
                    set("day", "numeric");
                }
                let millis =
                    js_sys::Date::utc(f64::from(year), f64::from(month.unwrap_or(1)) - 1.0)
                        + f64::from(day.unwrap_or(1) - 1) * 86_400_000.0;
                let intl = js_sys::Intl::DateTimeFormat::new(&locales, &options)
                    .format()
                    .call1(
                        &JsValue::UNDEFINED,
                        &js_sys::Date::new(&JsValue::from_f64(millis)),
                    )
                    .expect("Intl formats")
                    .as_string()
                    .expect("a text");
                assert_eq!(format_date(lang, date), intl, "{lang} {date}");
            }
        }
    }
}
