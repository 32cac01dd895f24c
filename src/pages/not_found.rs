//! The view for an address the exhibit does not know.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::ui;
use crate::route::Route;
use crate::state::use_lang;

/// A clear message in the visitor's language and a way back to the start.
#[component]
pub fn NotFoundPage() -> Html {
    let lang = use_lang();
    let text = ui(lang);
    html! {
        <article class="page page-not-found">
            <h1>{ text.not_found_heading }</h1>
            <p class="lead">{ text.not_found_body }</p>
            <p><RouteLink to={Route::Timeline { lang }} classes="control primary">{ text.back_to_start }</RouteLink></p>
        </article>
    }
}
