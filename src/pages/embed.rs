//! An embed: one chart or one event's card alone, for another website to frame
//! (`/embed/<lang>/chart/<id>`, `/embed/<lang>/event/<id>`), with its sources and a link to
//! the full view in the exhibit, which opens in a new tab so the host page stays where it is.
//! An unknown chart or event shows a message in the embed's language, never a blank frame.
//!
//! The embed tells the page that frames it how tall it is, so the host can fit the frame to
//! it: `window.parent.postMessage({ type: "exhibit-embed-height", height, path }, "*")` on
//! every change of its height (README, "Embeds for the press").

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::charts::chart_named;
use crate::components::chart_view::ChartView;
use crate::components::event_card::EventCard;
use crate::components::series_table::word_space;
use crate::content_file::content;
use crate::i18n::ui;
use crate::route::Route;

/// The `type` of the message an embed posts to its host with its height.
pub const HEIGHT_MESSAGE: &str = "exhibit-embed-height";

/// Properties of [`EmbedPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedPageProps {
    /// A [`Route::EmbedChart`] or a [`Route::EmbedEvent`].
    pub route: Route,
}

/// The chart or the card, then the link to the exhibit.
#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    let lang = props.route.lang().unwrap_or_default();
    let text = ui(lang);
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with(props.route.clone(), move |route| {
            let watch = post_height(&root, &route.to_path());
            move || drop(watch)
        });
    }
    let missing = |heading: &'static str, body: &'static str| {
        html! {
            <article class="embed-missing">
                <h1>{ heading }</h1>
                <p>{ body }</p>
            </article>
        }
    };
    // What the frame shows, and where the link to the exhibit leads: the chart on the charts
    // page, the event on the timeline; for an unknown one, the page that lists them all.
    let (shown, full) = match &props.route {
        Route::EmbedChart { chart, .. } => match chart_named(content(), chart) {
            Some(chart) => {
                let full = format!("{}#{}", Route::Charts { lang }.to_path(), chart.id);
                let key = chart.id.clone();
                (
                    html! { <ChartView {lang} {key} {chart} embedded=true /> },
                    full,
                )
            }
            None => (
                missing(text.chart_unknown_heading, text.chart_unknown_body),
                Route::Charts { lang }.to_path(),
            ),
        },
        Route::EmbedEvent { id, .. } => {
            match content().events.iter().position(|event| &event.id == id) {
                Some(index) => (
                    html! { <EventCard {lang} {index} embedded=true /> },
                    Route::Event {
                        lang,
                        id: id.clone(),
                    }
                    .to_path(),
                ),
                None => (
                    missing(text.event_unknown_heading, text.event_unknown_body),
                    Route::Timeline { lang }.to_path(),
                ),
            }
        }
        _ => (Html::default(), Route::Timeline { lang }.to_path()),
    };
    html! {
        <div class="embed" ref={root}>
            { shown }
            <p class="embed-credit">
                <a class="control primary embed-open" href={crate::base::outward(&full)}
                    target="_blank" rel="noopener">
                    { text.embed_open }
                    <span class="visually-hidden">{ word_space(lang) }{ text.embed_new_tab }</span>
                </a>
                <span class="embed-site">{ text.site_title }</span>
            </p>
        </div>
    }
}

/// Posts the embed's height to the page that frames it now and on every change; nothing
/// when the embed is not framed. Released (the observer disconnected) when dropped.
fn post_height(root: &NodeRef, path: &str) -> Option<HeightWatch> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    // The embed's view with its padding: the whole height the frame needs.
    let element = root
        .cast::<web_sys::Element>()
        .and_then(|embed| embed.parent_element())?;
    let path = path.to_string();
    let measured = element.clone();
    let post = move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        let _ = js_sys::Reflect::set(&message, &"path".into(), &JsValue::from_str(&path));
        // Any host may read a height: it says nothing private.
        let _ = parent.post_message(&message, "*");
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some(HeightWatch {
        observer,
        _callback: callback,
    })
}

/// The observer that posts the height, and its callback.
struct HeightWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
