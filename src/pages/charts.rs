//! The trade and investment view.

use yew::prelude::*;

use super::LangProps;
use crate::i18n::ui;

/// Charts of trade and investment.
#[component]
pub fn ChartsPage(props: &LangProps) -> Html {
    let text = ui(props.lang);
    html! {
        <article class="page page-charts">
            <h1>{ text.charts_heading }</h1>
            <p class="lead">{ text.charts_intro }</p>
        </article>
    }
}
