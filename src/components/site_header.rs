//! The header on every view: the exhibit's name, the main navigation and the language switcher.

use std::mem::discriminant;

use yew::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::route_link::RouteLink;
use crate::i18n::ui;
use crate::route::Route;
use crate::state::{use_lang, use_route};

/// Name, navigation and languages.
#[component]
pub fn SiteHeader() -> Html {
    let lang = use_lang();
    let text = ui(lang);
    let here = use_route();
    let nav_item = |target: Route, label: &'static str| {
        let current = discriminant(&here) == discriminant(&target);
        html! {
            <li><RouteLink to={target} classes="nav-link control on-dark" {current}>{ label }</RouteLink></li>
        }
    };
    html! {
        <header class="site-header">
            <RouteLink to={Route::Timeline { lang }} classes="site-title">
                <span class="site-name">{ text.site_title }</span>
                <span class="site-tagline">{ text.site_tagline }</span>
            </RouteLink>
            <nav class="main-nav" aria-label={text.nav_label}>
                <ul>
                    { nav_item(Route::Timeline { lang }, text.nav_timeline) }
                    { nav_item(Route::Charts { lang }, text.nav_charts) }
                    { nav_item(Route::About { lang }, text.nav_about) }
                </ul>
            </nav>
            <LanguageSwitcher />
        </header>
    }
}
