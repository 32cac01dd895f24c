//! The app's frame: router, shared state, header and the view for the current address.

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::components::document_meta::DocumentMeta;
use crate::components::kiosk_supervisor::KioskSupervisor;
use crate::components::site_header::SiteHeader;
use crate::components::url_sync::UrlSync;
use crate::i18n::{ui, Lang};
use crate::pages::{
    about::AboutPage, charts::ChartsPage, event::EventPage, not_found::NotFoundPage,
    root::RootPage, timeline::TimelinePage,
};
use crate::route::{Route, ViewQuery};
use crate::state::{use_lang, Action, ExhibitContext, State};

/// The exhibit in the browser, following the address bar.
#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <ExhibitProvider>
                <Shell />
            </ExhibitProvider>
        </BrowserRouter>
    }
}

/// Properties of [`ServerApp`].
#[derive(Properties, PartialEq, Debug)]
pub struct ServerAppProps {
    /// The address to render, such as `/zh/about`.
    pub path: AttrValue,
}

/// The exhibit at a fixed address, for the server renderer (tests and prerendering).
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(&*props.path);
    html! {
        <Router history={history}>
            <ExhibitProvider>
                <Shell />
            </ExhibitProvider>
        </Router>
    }
}

/// Properties of [`ExhibitProvider`].
#[derive(Properties, PartialEq)]
pub struct ExhibitProviderProps {
    /// The app inside.
    pub children: Html,
}

/// Holds the one `State`, starts it from the address and keeps it following the address.
#[component]
pub fn ExhibitProvider(props: &ExhibitProviderProps) -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let query = use_location()
        .map(|location| ViewQuery::parse(location.query_str()))
        .unwrap_or_default();
    let state = {
        let (route, query) = (route.clone(), query.clone());
        use_reducer(move || {
            let mut state = State::at(&route, Lang::default());
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
    html! {
        <ContextProvider<ExhibitContext> context={state}>
            { props.children.clone() }
        </ContextProvider<ExhibitContext>>
    }
}

/// Header, the current view and the document's language and title.
#[component]
fn Shell() -> Html {
    let lang = use_lang();
    let text = ui(lang);
    html! {
        <div class="shell" lang={lang.html_lang()}>
            <DocumentMeta />
            <UrlSync />
            <KioskSupervisor />
            <a class="skip-link" href="#content">{ text.skip_to_content }</a>
            <SiteHeader />
            <main id="content" class="view" tabindex="-1">
                <Switch<Route> render={render_route} />
            </main>
        </div>
    }
}

fn render_route(route: Route) -> Html {
    match route {
        Route::Root => html! { <RootPage /> },
        Route::Timeline { lang } => html! { <TimelinePage {lang} /> },
        Route::Event { lang, id } => html! { <EventPage {lang} id={AttrValue::from(id)} /> },
        Route::Charts { lang } => html! { <ChartsPage {lang} /> },
        Route::About { lang } => html! { <AboutPage {lang} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
