//! The view for an address the exhibit does not know.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::{ui, Lang};
use crate::route::Route;

/// A clear message in the visitor's language (`lang`, as the address or the last view gave it)
/// and a way back to the start. A plain function, not a component: it has no state.
pub fn not_found_page(lang: Lang) -> Html {
    let text = ui(lang);
    html! {
        <article class="page page-not-found">
            <h1>{ text.not_found_heading }</h1>
            <p class="lead">{ text.not_found_body }</p>
            <p><RouteLink to={Route::Timeline { lang }} classes="control primary">{ text.back_to_start }</RouteLink></p>
        </article>
    }
}
