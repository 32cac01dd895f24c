//! The footer of every web view: the legal and contact pages and the content's date. Kiosks
//! have none (a visitor there reaches the pages from the about page).

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::content::PageId;
use crate::content_file::content;
use crate::i18n::format::format_date;
use crate::i18n::ui;
use crate::route::Route;
use crate::state::use_setting;

/// Links to imprint, privacy notice, accessibility statement and contact, and "Stand: <date>".
#[component]
pub fn SiteFooter() -> Html {
    let setting = use_setting();
    if setting.kiosk().is_some() {
        return Html::default();
    }
    let lang = setting.lang;
    let text = ui(lang);
    let content = content();
    html! {
        <footer class="site-footer">
            <nav aria-label={text.footer_label}>
                <ul>
                    { for PageId::ALL.into_iter().filter_map(|id| content.page(id)).map(|page| html! {
                        <li>
                            <RouteLink to={Route::Page { lang, page: page.id }} classes="footer-link">
                                { page.title.get(lang) }
                            </RouteLink>
                        </li>
                    }) }
                </ul>
            </nav>
            if let Some(date) = content.updated {
                <p class="footer-updated">
                    { text.footer_updated }
                    // Chinese runs on after its full-width colon.
                    { if text.footer_updated.ends_with('：') { "" } else { " " } }
                    <time datetime={format!("{:04}-{:02}-{:02}", date.year, date.month.unwrap_or(1), date.day.unwrap_or(1))}>
                        { format_date(lang, date) }
                    </time>
                </p>
            }
        </footer>
    }
}
