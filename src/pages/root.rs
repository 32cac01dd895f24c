//! `/`: the three languages to choose from.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::{ui, Lang};
use crate::route::Route;

/// Offers the three languages. Seen only on the prerendered page and without scripts: once the
/// app has read the address it moves on by itself (see `State::arrive`).
pub fn root_page() -> Html {
    html! {
        <article class="page page-root">
            <h1>{ ui(Lang::default()).site_title }</h1>
            <ul class="language-choice">
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <li>
                        <RouteLink to={Route::Timeline { lang }} classes="teaser" lang={AttrValue::from(lang.html_lang())}>
                            <span class="teaser-title">{ lang.native_name() }</span>
                            <span class="teaser-text">{ ui(lang).choose_language }</span>
                        </RouteLink>
                    </li>
                }) }
            </ul>
        </article>
    }
}
