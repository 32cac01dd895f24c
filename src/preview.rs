//! Link previews: the 1200×630 picture a chat or a social network shows beside a shared link
//! (`og:image`). One per event, per chart and per view, in each language; the build draws
//! each from the exhibit's own page (`components::preview_card`, the real stylesheet and fonts,
//! the chart drawn by plotters) in Chromium and writes it under `previews/`
//! (scripts/draw-previews.mjs). This module only knows which previews exist, where each one
//! lies and how to describe it in words; it knows nothing of Yew.

use crate::charts::charts;
use crate::content::Content;
use crate::i18n::format::{colon, format_span, list_comma};
use crate::i18n::{ui, Lang};
use crate::route::Route;

/// The picture's size in px, as link previews want it (1.91:1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The media type of every preview (`og:image:type`).
pub const MEDIA_TYPE: &str = "image/jpeg";
/// Longest description of a preview (`og:image:alt`), in characters.
pub const ALT_CHARS: usize = 300;

/// A view that has one preview per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewView {
    /// The timeline, the exhibit's home (also the start page's and the legal pages' preview).
    Home,
    Charts,
    About,
}

impl PreviewView {
    pub const ALL: [PreviewView; 3] = [PreviewView::Home, PreviewView::Charts, PreviewView::About];

    fn code(self) -> &'static str {
        match self {
            PreviewView::Home => "home",
            PreviewView::Charts => "charts",
            PreviewView::About => "about",
        }
    }
}

/// One preview picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Preview {
    View {
        lang: Lang,
        view: PreviewView,
    },
    Event {
        lang: Lang,
        id: String,
    },
    /// A chart, by [`crate::charts::Chart::id`].
    Chart {
        lang: Lang,
        id: String,
    },
}

impl Preview {
    /// Every preview the content makes: per language the three views, each event and each chart.
    pub fn all(content: &Content) -> Vec<Preview> {
        let mut all = Vec::new();
        for lang in Lang::ALL {
            for view in PreviewView::ALL {
                all.push(Preview::View { lang, view });
            }
            for event in &content.events {
                all.push(Preview::Event {
                    lang,
                    id: event.id.clone(),
                });
            }
            for chart in charts(content) {
                all.push(Preview::Chart { lang, id: chart.id });
            }
        }
        all
    }

    /// The preview a link to `route` shows: an event its own, every other view its view's
    /// (the start page, the legal pages and unknown addresses the timeline's). The start page
    /// names no language: the default one's.
    pub fn of_route(route: &Route, content: &Content) -> Preview {
        let lang = route.lang().unwrap_or_default();
        let view = |view| Preview::View { lang, view };
        match route {
            Route::Event { id, .. } | Route::EmbedEvent { id, .. }
                if content.event(id).is_some() =>
            {
                Preview::Event {
                    lang,
                    id: id.clone(),
                }
            }
            // An embedded chart shows its own chart's picture (a series' id names its chart).
            Route::EmbedChart { chart, .. } => match crate::charts::chart_named(content, chart) {
                Some(chart) => Preview::Chart { lang, id: chart.id },
                None => view(PreviewView::Charts),
            },
            Route::Charts { .. } => view(PreviewView::Charts),
            Route::About { .. } => view(PreviewView::About),
            _ => view(PreviewView::Home),
        }
    }

    pub fn lang(&self) -> Lang {
        match self {
            Preview::View { lang, .. }
            | Preview::Event { lang, .. }
            | Preview::Chart { lang, .. } => *lang,
        }
    }

    /// Where the picture lies below the site's root, stable from build to build:
    /// `/previews/de/event/<id>.jpg`, `/previews/zh/chart/<id>.jpg`, `/previews/en/home.jpg`.
    pub fn path(&self) -> String {
        match self {
            Preview::View { lang, view } => format!("/previews/{lang}/{}.jpg", view.code()),
            Preview::Event { lang, id } => format!("/previews/{lang}/event/{id}.jpg"),
            Preview::Chart { lang, id } => format!("/previews/{lang}/chart/{id}.jpg"),
        }
    }

    /// What the picture shows, in its language, for `og:image:alt`.
    pub fn alt(&self, content: &Content) -> String {
        let lang = self.lang();
        let text = ui(lang);
        let colon = colon(lang);
        let parts: Vec<String> = match self {
            Preview::View { view, .. } => {
                let heading = match view {
                    PreviewView::Home => text.site_tagline,
                    PreviewView::Charts => text.charts_heading,
                    PreviewView::About => text.about_heading,
                };
                vec![text.site_title.into(), heading.into()]
            }
            Preview::Event { id, .. } => match content.event(id) {
                Some(event) => {
                    let mut parts = vec![
                        event.title.get(lang).to_string(),
                        format_span(lang, &event.date),
                    ];
                    if let Some(category) = content.category(&event.category) {
                        parts.push(category.name.get(lang).to_string());
                    }
                    if let Some(picture) = event
                        .picture
                        .as_deref()
                        .and_then(|id| content.pictures.iter().find(|p| p.id == id))
                    {
                        parts.push(picture.alt.get(lang).to_string());
                    }
                    parts.push(text.site_title.into());
                    parts
                }
                None => vec![text.site_title.into()],
            },
            Preview::Chart { id, .. } => {
                let chart = charts(content).into_iter().find(|chart| chart.id == *id);
                match chart {
                    Some(chart) => vec![
                        format!("{}{colon}{}", text.preview_chart, chart_title(&chart, lang)),
                        format!("{}{colon}{}", text.chart_sources, publishers(&chart, lang)),
                        text.site_title.into(),
                    ],
                    None => vec![text.site_title.into()],
                }
            }
        };
        let alt = format!("{}{colon}{}", text.preview_alt, parts.join(" · "));
        crate::meta::shorten(&alt, ALT_CHARS)
    }
}

/// A chart's title: its series' titles, as the charts view shows it.
pub use crate::charts::chart_title;

/// Longest list of a chart's publishers in a preview, in characters (a Chinese character
/// counts two): about two lines of the picture's source line.
pub const PUBLISHERS_CHARS: usize = 150;

/// Who published a chart's figures, each publisher once, in the order the chart cites them;
/// where they are more than fit a preview's source line, the first ones and how many more
/// ("und 9 weitere"): the charts view and the about page list them all.
pub fn publishers(chart: &crate::charts::Chart<'_>, lang: Lang) -> String {
    let mut names: Vec<&str> = Vec::new();
    for source in chart.series.iter().flat_map(|s| s.sources.iter()) {
        if !names.contains(&source.publisher.as_str()) {
            names.push(&source.publisher);
        }
    }
    let separator = list_comma(lang);
    let width =
        |text: &str| -> usize { text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum() };
    let mut shown: Vec<&str> = Vec::new();
    let mut used = 0;
    for (i, name) in names.iter().enumerate() {
        let more = names.len() - i - 1;
        // Room for this name, and for the "and N more" that would follow it.
        let tail = if more > 0 { 16 } else { 0 };
        if !shown.is_empty() && used + width(name) + 2 + tail > PUBLISHERS_CHARS {
            break;
        }
        used += width(name) + 2;
        shown.push(name);
    }
    let list = shown.join(separator);
    match names.len() - shown.len() {
        0 => list,
        more => match lang {
            Lang::De => format!("{list} und {more} weitere"),
            Lang::Zh => format!("{list}等{more}个其他来源"),
            Lang::En => format!("{list} and {more} more"),
        },
    }
}

// Natively only: the pages come from the prerenderer, which the browser build lacks.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content_file::content;

    #[test]
    fn every_view_has_a_preview_and_paths_are_unique() {
        let content = content();
        let all = Preview::all(content);
        let charts = charts(content).len();
        assert_eq!(all.len(), 3 * (3 + content.events.len() + charts));
        let mut paths: Vec<String> = all.iter().map(Preview::path).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), all.len(), "two previews share a file");
        for page in crate::prerender::pages(content) {
            let preview = Preview::of_route(&page.route, content);
            assert!(all.contains(&preview), "{} has no drawn preview", page.path);
        }
    }

    #[test]
    fn a_route_names_its_own_preview_or_its_views() {
        let content = content();
        let event = &content.events[0];
        let route = Route::Event {
            lang: Lang::Zh,
            id: event.id.clone(),
        };
        assert_eq!(
            Preview::of_route(&route, content).path(),
            format!("/previews/zh/event/{}.jpg", event.id)
        );
        assert_eq!(
            Preview::of_route(&Route::Root, content).path(),
            "/previews/de/home.jpg"
        );
        let unknown = Route::Event {
            lang: Lang::En,
            id: "no-such-event".into(),
        };
        assert_eq!(
            Preview::of_route(&unknown, content).path(),
            "/previews/en/home.jpg"
        );
        assert_eq!(
            Preview::of_route(&Route::Charts { lang: Lang::De }, content).path(),
            "/previews/de/charts.jpg"
        );
        // An embed shows its event's or its chart's picture; a series' id leads to its chart.
        let embedded = Route::EmbedEvent {
            lang: Lang::En,
            id: event.id.clone(),
        };
        assert_eq!(
            Preview::of_route(&embedded, content).path(),
            format!("/previews/en/event/{}.jpg", event.id)
        );
        for chart in crate::charts::charts(content) {
            for named in
                std::iter::once(chart.id.clone()).chain(chart.series.iter().map(|s| s.id.clone()))
            {
                let route = Route::EmbedChart {
                    lang: Lang::Zh,
                    chart: named,
                };
                assert_eq!(
                    Preview::of_route(&route, content).path(),
                    format!("/previews/zh/chart/{}.jpg", chart.id)
                );
            }
        }
    }

    #[test]
    fn the_description_names_what_the_picture_shows_in_its_language() {
        let content = content();
        let event = &content.events[0];
        for lang in Lang::ALL {
            let alt = Preview::Event {
                lang,
                id: event.id.clone(),
            }
            .alt(content);
            assert!(alt.starts_with(ui(lang).preview_alt), "{alt}");
            assert!(alt.contains(event.title.get(lang)), "{alt}");
            assert!(alt.chars().count() <= ALT_CHARS, "{alt}");
        }
        let chart = &charts(content)[0];
        let alt = Preview::Chart {
            lang: Lang::Zh,
            id: chart.id.clone(),
        }
        .alt(content);
        // The description's spaces are plain ones (`meta::shorten`), the title's no-break.
        let title = chart_title(chart, Lang::Zh).replace('\u{a0}', " ");
        assert!(alt.contains(&title), "{alt}");
        assert!(alt.contains(&chart.series[0].sources[0].publisher), "{alt}");
    }
}
