//! The home view: the exhibit's introduction and, from the timeline issue on, the timeline.

use yew::prelude::*;

use super::LangProps;
use crate::components::route_link::RouteLink;
use crate::i18n::ui;
use crate::route::Route;

/// The start of a visit.
#[component]
pub fn TimelinePage(props: &LangProps) -> Html {
    let lang = props.lang;
    let text = ui(lang);
    html! {
        <article class="page page-timeline">
            <h1>{ text.home_heading }</h1>
            <p class="lead">{ text.home_intro }</p>
            <ul class="teasers">
                <li>
                    <RouteLink to={Route::Charts { lang }} classes="teaser">
                        <span class="teaser-title">{ text.nav_charts }</span>
                        <span class="teaser-text">{ text.home_charts_teaser }</span>
                    </RouteLink>
                </li>
                <li>
                    <RouteLink to={Route::About { lang }} classes="teaser">
                        <span class="teaser-title">{ text.nav_about }</span>
                        <span class="teaser-text">{ text.home_about_teaser }</span>
                    </RouteLink>
                </li>
            </ul>
        </article>
    }
}
