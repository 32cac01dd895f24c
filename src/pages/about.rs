//! About the exhibit: how it was made, the words it uses, and every source.

use yew::prelude::*;

use super::LangProps;
use crate::components::route_link::RouteLink;
use crate::components::source_list::{kind_name, SourceList};
use crate::content::{PageId, SourceKind};
use crate::content_file::content;
use crate::i18n::ui;
use crate::route::Route;
use crate::state::use_setting;

/// Method, wording and the list of every source the exhibit cites.
#[component]
pub fn AboutPage(props: &LangProps) -> Html {
    let text = ui(props.lang);
    let kiosk = use_setting().kiosk().is_some();
    let sources: Vec<_> = content().all_sources().into_iter().cloned().collect();
    html! {
        <article class="page page-about">
            <h1>{ text.about_heading }</h1>
            <p class="lead">{ text.about_method }</p>
            <p>{ text.about_wording }</p>
            <h2>{ text.about_compiled_heading }</h2>
            <p>{ text.about_compiled }</p>
            <h2 id="sources">{ text.about_sources_heading }</h2>
            <p>{ text.about_sources_intro }{ format!(" {}", sources.len()) }</p>
            <h3>{ text.about_kinds_heading }</h3>
            <p>{ text.about_kinds_intro }</p>
            <ul class="source-kinds">
                { for SourceKind::ALL.into_iter().map(|kind| {
                    let count = sources.iter().filter(|s| s.kind == kind).count();
                    html! {
                        <li data-kind={kind.code()}>
                            <span class="source-kind">{ kind_name(text, kind) }</span>
                            { format!(" {count}") }
                        </li>
                    }
                }) }
            </ul>
            <SourceList lang={props.lang} {sources} />
            // On a kiosk, which has no footer, this is the way to the legal pages.
            <h2 id="legal">{ text.about_legal_heading }</h2>
            <ul class="legal-links">
                { for PageId::ALL.into_iter().filter_map(|id| content().page(id)).map(|page| html! {
                    <li>
                        <RouteLink to={Route::Page { lang: props.lang, page: page.id }}>
                            { page.title.get(props.lang) }
                        </RouteLink>
                    </li>
                }) }
            </ul>
            <h2 id="licences">{ text.about_licences_heading }</h2>
            <p>{ text.about_licences }</p>
            // Written into the build by scripts/build.sh; relative, so they hold under a
            // sub-path too (the about page is `<base>/<lang>/about`).
            // A kiosk leads nowhere outside the exhibit: there the files are named, not linked.
            <ul class="licence-links">
                if kiosk {
                    <li>{ text.licence_fonts }{ " (licenses/fonts.txt)" }</li>
                    <li>{ text.licence_crates }{ " (licenses/crates.txt)" }</li>
                } else {
                    <li><a href="../licenses/fonts.txt">{ text.licence_fonts }</a></li>
                    <li><a href="../licenses/crates.txt">{ text.licence_crates }</a></li>
                }
            </ul>
        </article>
    }
}
