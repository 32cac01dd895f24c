//! About the exhibit: how it was made and the words it uses.

use yew::prelude::*;

use super::LangProps;
use crate::i18n::ui;

/// Method and wording; the list of sources joins it with the content.
#[component]
pub fn AboutPage(props: &LangProps) -> Html {
    let text = ui(props.lang);
    html! {
        <article class="page page-about">
            <h1>{ text.about_heading }</h1>
            <p class="lead">{ text.about_method }</p>
            <p>{ text.about_wording }</p>
        </article>
    }
}
