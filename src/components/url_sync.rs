//! Writes the timeline's window and filter into the address, so a link or a reload restores
//! them. Waits until the visitor pauses, because browsers limit how often an address may change.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::route::ViewQuery;
use crate::state::{use_exhibit, Action};

/// A scheduled write: the timeout's id and its callback (kept alive until it runs).
type Pending = Rc<RefCell<Option<(i32, Closure<dyn FnMut()>)>>>;

/// How long the visitor must pause before the address follows, in ms.
const PAUSE_MS: i32 = 400;

/// Renders nothing; keeps the query of the address in step with the state.
#[component]
pub fn UrlSync() -> Html {
    let exhibit = use_exhibit();
    let pending: Pending = use_mut_ref(|| None);
    let query = exhibit.query().to_query_string();
    use_effect_with(query, move |query| {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some((id, _)) = pending.borrow_mut().take() {
            window.clear_timeout_with_handle(id);
        }
        let query = query.clone();
        let exhibit = exhibit.clone();
        let write = Closure::<dyn FnMut()>::new(move || {
            let Some(window) = web_sys::window() else {
                return;
            };
            let location = window.location();
            let current = location.search().unwrap_or_default();
            let wanted = if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            };
            if current != wanted {
                let path = location.pathname().unwrap_or_default();
                if let Ok(history) = window.history() {
                    let _ = history.replace_state_with_url(
                        &history.state().unwrap_or(wasm_bindgen::JsValue::NULL),
                        "",
                        Some(&format!("{path}{wanted}")),
                    );
                }
            }
            // The address rounds the window; the view takes exactly what the address says, so
            // a reload or a shared link shows the very same years.
            exhibit.dispatch(Action::QueryChanged(ViewQuery::parse(&query)));
        });
        if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            write.as_ref().unchecked_ref(),
            PAUSE_MS,
        ) {
            *pending.borrow_mut() = Some((id, write));
        }
    });
    Html::default()
}
