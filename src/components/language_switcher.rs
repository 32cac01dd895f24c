//! Links to the same view in each language, each named in its own language.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::{ui, Lang};
use crate::state::{use_lang, use_route};

/// A language's name; where a shorter one exists, both, and the stylesheet shows the short one
/// on a narrow header. A screen reader reads the full name either way.
fn name(lang: Lang) -> Html {
    let (full, short) = (lang.native_name(), lang.short_name());
    if full == short {
        return html! { { full } };
    }
    html! {
        <>
            <span class="language-name">{ full }</span>
            <span class="language-code" aria-hidden="true">{ short }</span>
        </>
    }
}

/// One link per language, keeping the visitor's place; the current language is marked.
#[component]
pub fn LanguageSwitcher() -> Html {
    let lang = use_lang();
    let here = use_route();
    html! {
        <nav class="language-switcher" aria-label={ui(lang).language_label}>
            <ul>
                { for Lang::ALL.into_iter().map(|other| html! {
                    <li>
                        <RouteLink
                            to={here.in_lang(other)}
                            classes={classes!("language", "control", "on-dark", (other == lang).then_some("current"))}
                            current={other == lang}
                            lang={AttrValue::from(other.html_lang())}
                        >
                            { name(other) }
                        </RouteLink>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
