//! A list of sources: title (in its own language), publisher, date and address.

use yew::prelude::*;

use crate::content::Source;
use crate::i18n::format::format_date;
use crate::i18n::{ui, Lang};

/// Properties of [`SourceList`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceListProps {
    pub lang: Lang,
    pub sources: Vec<Source>,
}

/// Sources as an ordered list; each title links to its page.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let text = ui(props.lang);
    html! {
        <ol class="source-list">
            { for props.sources.iter().map(|source| {
                let date = source.date.map_or_else(
                    || text.source_undated.to_string(),
                    |date| format!("{} {}", text.source_published, format_date(props.lang, date)),
                );
                html! {
                    <li class="source">
                        <a href={source.url.clone()} class="source-title" lang={source.title_lang()}
                           rel="noopener noreferrer" target="_blank">
                            { &source.title }
                        </a>
                        <span class="source-meta">
                            <span lang={source.title_lang()}>{ &source.publisher }</span>
                            { " · " }{ date }
                        </span>
                    </li>
                }
            }) }
        </ol>
    }
}
