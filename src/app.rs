//! The app's frame: the shared state (which owns the address), the header and the view for
//! the current address.

use yew::prelude::*;

use crate::components::document_meta::DocumentMeta;
use crate::components::kiosk_supervisor::KioskSupervisor;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::staff_door::StaffDoor;
use crate::content_file::content;
use crate::history::History;
use crate::i18n::format::format_span;
use crate::i18n::{ui, Lang};
use crate::pages::{
    about::AboutPage, charts::ChartsPage, embed::EmbedPage, home::home_page, legal::legal_page,
    not_found::not_found_page, root::root_page,
};
use crate::route::Route;
use crate::state::{use_lang, use_route, ExhibitProvider};

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the address comes from: the browser's, or a fixed one for the server renderer.
    pub history: History,
    /// The page holds the prerendered view of its address: the first render must match it, so
    /// the query (window, filter, kiosk setup) is applied right after it, not in it.
    #[prop_or_default]
    pub hydrating: bool,
}

/// The exhibit. The browser renders it following the address bar; the build's prerenderer
/// renders the very same tree at a fixed address, so the browser can take the page over.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <ExhibitProvider history={props.history.clone()} hydrating={props.hydrating}>
            <Shell />
        </ExhibitProvider>
    }
}

/// Properties of [`ServerApp`].
#[derive(Properties, PartialEq, Debug)]
pub struct ServerAppProps {
    /// The address to render, such as `/zh/about`.
    pub path: AttrValue,
}

/// The exhibit at a fixed address, as the build's prerenderer renders it (tests).
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    html! { <App history={History::memory(&props.path)} hydrating=true /> }
}

/// Header, the current view and the document's language and title.
#[component]
fn Shell() -> Html {
    let lang = use_lang();
    let text = ui(lang);
    // Screen readers hear which event opened (the date and title, not the whole card); the
    // region stays in place across views, so the first event opened is announced too.
    let route = use_route();
    let announcement = match &route {
        Route::Event { id, .. } => content()
            .event(id)
            .map(|event| {
                format!(
                    "{} {}",
                    format_span(lang, &event.date),
                    event.title.get(lang)
                )
            })
            .unwrap_or_default(),
        _ => String::new(),
    };
    // The moment the app answers input (after hydration or the first render), for the
    // benchmark (`performance.getEntriesByName("exhibit-interactive")`).
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("exhibit-interactive");
        }
    });
    // An embed is framed by another website: the chart or card alone, without the site's
    // header, footer or kiosk machinery.
    if route.is_embed() {
        return html! {
            <div class="shell embed-shell" lang={lang.html_lang()}>
                <DocumentMeta />
                <main id="content" class="embed-view">
                    <EmbedPage {route} />
                </main>
            </div>
        };
    }
    html! {
        <div class="shell" lang={lang.html_lang()}>
            <DocumentMeta />
            <KioskSupervisor />
            <StaffDoor />
            <a class="skip-link" href="#content">{ text.skip_to_content }</a>
            <SiteHeader />
            <p class="visually-hidden" role="status">{ announcement }</p>
            <main id="content" class="view" tabindex="-1">
                { render_route(route, lang) }
            </main>
            <SiteFooter />
        </div>
    }
}

fn render_route(route: Route, lang: Lang) -> Html {
    match route {
        Route::Root => root_page(),
        Route::Timeline { lang } => home_page(lang, None),
        // The same view as the timeline's, so opening an event from the timeline keeps the
        // timeline in place instead of building it anew.
        Route::Event { lang, id } => home_page(lang, Some(AttrValue::from(id))),
        Route::Charts { lang } => html! { <ChartsPage {lang} /> },
        Route::About { lang } => html! { <AboutPage {lang} /> },
        Route::Page { lang, page } => legal_page(lang, page),
        Route::EmbedChart { .. } | Route::EmbedEvent { .. } => html! { <EmbedPage {route} /> },
        Route::NotFound => not_found_page(lang),
    }
}
