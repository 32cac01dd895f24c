//! A list of sources: title (in its own language), what kind of page it is, publisher, date
//! and address.

use yew::prelude::*;

use crate::components::take_home::TakeHome;
use crate::content::{Source, SourceKind};
use crate::i18n::format::format_date;
use crate::i18n::{ui, Lang, UiText};
use crate::state::{use_setting, Mode};

/// Properties of [`SourceList`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceListProps {
    pub lang: Lang,
    pub sources: Vec<Source>,
}

/// Sources as an ordered list; on the web each title links to its page, on a kiosk (where no
/// link may leave the exhibit) the address is shown as text to note down.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let text = ui(props.lang);
    let kiosk = use_setting().mode == Mode::Kiosk;
    html! {
        <ol class="source-list">
            { for props.sources.iter().map(|source| {
                let date = source.date.map_or_else(
                    || text.source_undated.to_string(),
                    |date| format!("{} {}", text.source_published, format_date(props.lang, date)),
                );
                let title = if kiosk {
                    html! { <span class="source-title" lang={source.title_lang()}>{ &source.title }</span> }
                } else {
                    html! {
                        <a href={source.url.clone()} class="source-title" lang={source.title_lang()}
                           rel="noopener noreferrer" target="_blank">
                            { &source.title }
                        </a>
                    }
                };
                html! {
                    <li class="source">
                        { title }
                        <span class="source-meta">
                            <span class="source-kind" data-kind={source.kind.code()}>{ kind_name(text, source.kind) }</span>
                            { " · " }
                            <span lang={source.title_lang()}>{ &source.publisher }</span>
                            { " · " }{ date }
                        </span>
                        if kiosk {
                            <span class="source-address" translate="no">{ &source.url }</span>
                            <TakeHome address={source.url.clone()} size={96} />
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// A source's kind as the visitor reads it.
pub fn kind_name(text: &UiText, kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::OfficialStatistics => text.kind_official_statistics,
        SourceKind::Government => text.kind_government,
        SourceKind::Company => text.kind_company,
        SourceKind::News => text.kind_news,
        SourceKind::PressRelease => text.kind_press_release,
        SourceKind::Copy => text.kind_copy,
    }
}
