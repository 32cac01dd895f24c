//! The app's frame: router, shared state, header and the view for the current address.

use yew::prelude::*;

use crate::components::document_meta::DocumentMeta;
use crate::components::kiosk_supervisor::KioskSupervisor;
use crate::components::site_header::SiteHeader;
use crate::components::url_sync::UrlSync;
use crate::embedded::content;
use crate::i18n::format::format_span;
use crate::i18n::{ui, Lang};
use crate::pages::{
    about::AboutPage, charts::ChartsPage, not_found::NotFoundPage, root::RootPage,
    timeline::TimelinePage,
};
use crate::route::{Route, ViewQuery};
use crate::router::{use_location, use_route, History, Router};
use crate::state::{use_lang, Action, ExhibitContext, QueryHandle, Setting, State};

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
        <Router history={props.history.clone()}>
            <ExhibitProvider from_query={!props.hydrating}>
                <Shell />
            </ExhibitProvider>
        </Router>
    }
}

/// Properties of [`ServerApp`].
#[derive(Properties, PartialEq, Debug)]
pub struct ServerAppProps {
    /// The address to render, such as `/zh/about`.
    pub path: AttrValue,
}

/// The exhibit at a fixed address, for the server renderer (tests).
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    html! { <App history={History::memory(&props.path)} /> }
}

/// Properties of [`ExhibitProvider`].
#[derive(Properties, PartialEq)]
pub struct ExhibitProviderProps {
    /// The app inside.
    pub children: Html,
    /// Whether the first state already follows the query (see [`AppProps::hydrating`]).
    #[prop_or(true)]
    pub from_query: bool,
}

/// Holds the one `State`, starts it from the address and keeps it following the address.
#[component]
pub fn ExhibitProvider(props: &ExhibitProviderProps) -> Html {
    let route = use_route();
    let query = use_location()
        .map(|location| ViewQuery::parse(location.query_str()))
        .unwrap_or_default();
    let state = {
        let (route, query) = (route.clone(), query.clone());
        let from_query = props.from_query;
        use_reducer(move || {
            let mut state = State::at(&route, Lang::default());
            if !from_query {
                return state;
            }
            if let Some(window) = query.window() {
                state.window = window;
            }
            state.categories = query.categories();
            state.year_cursor = query.year;
            if let Some(kiosk) = query.kiosk {
                state.mode = crate::state::Mode::Kiosk;
                state.kiosk = kiosk;
            }
            state
        })
    };
    {
        let state = state.clone();
        use_effect_with(route, move |route| {
            state.dispatch(Action::Navigated(route.clone()));
        });
    }
    {
        let state = state.clone();
        use_effect_with(query, move |query| {
            state.dispatch(Action::QueryChanged(query.clone()));
        });
    }
    let setting = Setting {
        lang: state.lang,
        mode: state.mode,
        kiosk: state.kiosk.clone(),
    };
    let query_handle = use_memo((), |_| QueryHandle::default());
    query_handle.set(state.query());
    html! {
        <ContextProvider<ExhibitContext> context={state}>
            <ContextProvider<Setting> context={setting}>
                <ContextProvider<QueryHandle> context={(*query_handle).clone()}>
                    { props.children.clone() }
                </ContextProvider<QueryHandle>>
            </ContextProvider<Setting>>
        </ContextProvider<ExhibitContext>>
    }
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
    html! {
        <div class="shell" lang={lang.html_lang()}>
            <DocumentMeta />
            <UrlSync />
            <KioskSupervisor />
            <a class="skip-link" href="#content">{ text.skip_to_content }</a>
            <SiteHeader />
            <p class="visually-hidden" role="status">{ announcement }</p>
            <main id="content" class="view" tabindex="-1">
                { render_route(route) }
            </main>
        </div>
    }
}

fn render_route(route: Route) -> Html {
    match route {
        Route::Root => html! { <RootPage /> },
        Route::Timeline { lang } => html! { <TimelinePage {lang} /> },
        // The same component as the timeline's, so opening an event from the timeline keeps the
        // timeline in place instead of building it anew.
        Route::Event { lang, id } => {
            html! { <TimelinePage {lang} selected={Some(AttrValue::from(id))} /> }
        }
        Route::Charts { lang } => html! { <ChartsPage {lang} /> },
        Route::About { lang } => html! { <AboutPage {lang} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
