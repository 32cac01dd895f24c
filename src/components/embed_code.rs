//! "Copy embed code": the HTML with which another website (a newspaper's article, the city's
//! pages) frames a chart or an event, an `<iframe>` of its embed address at the exhibit's
//! public address. A press copies it to the clipboard; where the browser refuses, the code
//! stands selected in a read-only field to copy by hand. Either way a live region says what
//! happened, in the view's language. On the web only: a kiosk has no one to copy anything.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::content_file::content;
use crate::i18n::{ui, Lang};
use crate::meta::page_meta;
use crate::route::Route;
use crate::state::use_setting;

/// Properties of [`EmbedCode`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedCodeProps {
    pub lang: Lang,
    /// The embed to frame: a [`Route::EmbedChart`] or a [`Route::EmbedEvent`].
    pub embed: Route,
}

/// The frame's suggested height in CSS px: enough for the chart or the card with its sources
/// at a typical article width; a host that listens to the embed's height message (README,
/// "Embeds for the press") follows the content instead.
pub fn embed_height(embed: &Route) -> u32 {
    match embed {
        Route::EmbedChart { .. } => 640,
        _ => 720,
    }
}

/// The HTML a host page writes to frame `src` (the embed's whole address), titled `title`
/// for screen readers: as wide as the host's column up to 1200 px, loaded when scrolled near.
pub fn embed_snippet(src: &str, title: &str, height: u32) -> String {
    format!(
        r#"<iframe src="{src}" title="{title}" width="800" height="{height}" loading="lazy" referrerpolicy="no-referrer" style="display: block; width: 100%; max-width: 1200px; border: 0;"></iframe>"#,
        src = escape(src),
        title = escape(title),
    )
}

/// Text for an HTML attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What the last press of the control achieved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Not pressed yet.
    Idle,
    /// Pressed: waiting for the browser's answer (the message is cleared, so the same one is
    /// announced again after a second press).
    Copying,
    /// The code is on the clipboard.
    Copied,
    /// The browser has no clipboard for the page or refused it: the code is selected.
    Select,
}

/// The control, and once pressed, the code in a read-only field with what happened.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    let setting = use_setting();
    let outcome = use_state_eq(|| Outcome::Idle);
    // Counts presses: a second press that again finds no clipboard selects the code again.
    let presses = use_state(|| 0_u32);
    let field = use_node_ref();
    let snippet = embed_snippet(
        &setting.public_address(&props.embed, None),
        &page_meta(&props.embed, content()).title,
        embed_height(&props.embed),
    );
    {
        // Selected after every press that did not reach the clipboard (and shown after any).
        let field = field.clone();
        use_effect_with((*outcome, *presses), move |(outcome, _)| {
            if *outcome == Outcome::Select {
                if let Some(field) = field.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = field.focus();
                    field.select();
                }
            }
        });
    }
    let onclick = {
        let outcome = outcome.clone();
        let presses = presses.clone();
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| {
            presses.set(*presses + 1);
            outcome.set(Outcome::Copying);
            let copied = outcome.setter();
            let refused = outcome.setter();
            let started = write_to_clipboard(
                &snippet,
                move || copied.set(Outcome::Copied),
                move || refused.set(Outcome::Select),
            );
            if !started {
                outcome.set(Outcome::Select);
            }
        })
    };
    let id = match &props.embed {
        Route::EmbedChart { chart, .. } => format!("embed-code-chart-{chart}"),
        Route::EmbedEvent { id, .. } => format!("embed-code-event-{id}"),
        _ => "embed-code".into(),
    };
    html! {
        <div class="embed-code">
            <button type="button" class="control embed-code-copy" {onclick}>
                { code_icon() }{ text.embed_code_copy }
            </button>
            if *outcome != Outcome::Idle {
                <label class="embed-code-label" for={id.clone()}>{ text.embed_code_label }</label>
                <textarea id={id} class="embed-code-field" ref={field} readonly=true rows="4"
                    spellcheck="false" translate="no" value={snippet} />
            }
            <p class="embed-code-status" role="status">
                { match *outcome {
                    Outcome::Idle | Outcome::Copying => "",
                    Outcome::Copied => text.embed_code_copied,
                    Outcome::Select => text.embed_code_select,
                } }
            </p>
        </div>
    }
}

/// The control's pictogram: angle brackets, for code.
fn code_icon() -> Html {
    html! {
        <svg class="control-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M8.5 6.5L3 12l5.5 5.5 M15.5 6.5L21 12l-5.5 5.5" fill="none" stroke="currentColor"
                stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// Asks the browser to put `text` on the clipboard (`navigator.clipboard.writeText`) and
/// calls back with the answer; false when the page has no clipboard to ask (plain http, an
/// old browser), so the caller falls back at once.
fn write_to_clipboard(
    text: &str,
    done: impl FnOnce() + 'static,
    failed: impl FnOnce() + 'static,
) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(then) = then else {
        return false;
    };
    // Each called at most once, then released.
    let done = Closure::once_into_js(move |_: JsValue| done());
    let failed = Closure::once_into_js(move |_: JsValue| failed());
    then.call2(&promise, &done, &failed).is_ok()
}
