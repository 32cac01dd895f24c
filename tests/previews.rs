//! Link previews as a chat reads them: every prerendered page's head names its preview picture
//! (address, size, type, a description in the page's language), and each preview's page
//! shows what its picture must show (the event's title and date, the chart with its sources).
#![cfg(not(target_arch = "wasm32"))]

use nanjing_stuttgart::charts::charts;
use nanjing_stuttgart::components::preview_card::{PreviewCard, PreviewCardProps};
use nanjing_stuttgart::content::Content;
use nanjing_stuttgart::content_file::content;
use nanjing_stuttgart::i18n::format::format_span;
use nanjing_stuttgart::i18n::{ui, Lang};
use nanjing_stuttgart::meta::page_meta;
use nanjing_stuttgart::prerender::{pages, Template};
use nanjing_stuttgart::preview::{chart_title, publishers, Preview, PUBLISHERS_CHARS};
use nanjing_stuttgart::route::Route;
use yew::LocalServerRenderer;

const ORIGIN: &str = "https://www.example.org/ausstellung/nanjing";
const TRUNK: &str = "<!doctype html><html lang=de><meta charset=utf-8><title>x</title><link href=/style-1.css rel=stylesheet><script type=module>import init from '/app-1.js';await init();</script></head><body><div id=app></div></body></html>";

/// The `content` of the first `<meta {attribute}="{key}">` in `html`, unescaped enough for
/// the tests (quotes and ampersands).
fn meta<'a>(html: &'a str, attribute: &str, key: &str) -> Vec<&'a str> {
    let open = format!(r#"<meta {attribute}="{key}" content=""#);
    html.match_indices(&open)
        .map(|(at, _)| {
            let start = at + open.len();
            &html[start..start + html[start..].find('"').expect("closed")]
        })
        .collect()
}

fn is_chinese(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[test]
fn every_page_names_its_preview_with_size_type_and_a_description_in_its_language() {
    let content = content();
    let template = Template::parse(TRUNK).expect("a usable page");
    let all = Preview::all(content);
    for page in pages(content) {
        let meta_of_page = page_meta(&page.route, content);
        let html = template.page(&meta_of_page, &page.path, ORIGIN, "<main></main>");
        let lang = page.route.lang().unwrap_or_default();
        let image = meta(&html, "property", "og:image");
        assert_eq!(image.len(), 1, "{}: one og:image", page.path);
        let expected = match &page.route {
            Route::Event { id, .. } | Route::EmbedEvent { id, .. } => {
                format!("{ORIGIN}/previews/{lang}/event/{id}.jpg")
            }
            // Every embedded chart of the build is named by its chart's id.
            Route::EmbedChart { chart, .. } => {
                format!("{ORIGIN}/previews/{lang}/chart/{chart}.jpg")
            }
            Route::Charts { .. } => format!("{ORIGIN}/previews/{lang}/charts.jpg"),
            Route::About { .. } => format!("{ORIGIN}/previews/{lang}/about.jpg"),
            _ => format!("{ORIGIN}/previews/{lang}/home.jpg"),
        };
        assert_eq!(image[0], expected, "{}", page.path);
        assert!(
            all.iter()
                .any(|p| format!("{ORIGIN}{}", p.path()) == image[0]),
            "{}: {} is not a drawn preview",
            page.path,
            image[0]
        );
        assert_eq!(meta(&html, "property", "og:image:width"), ["1200"]);
        assert_eq!(meta(&html, "property", "og:image:height"), ["630"]);
        assert_eq!(meta(&html, "property", "og:image:type"), ["image/jpeg"]);
        assert_eq!(meta(&html, "name", "twitter:card"), ["summary_large_image"]);
        let locale = match lang {
            Lang::De => "de_DE",
            Lang::Zh => "zh_CN",
            Lang::En => "en_GB",
        };
        assert_eq!(
            meta(&html, "property", "og:locale"),
            [locale],
            "{}",
            page.path
        );
        assert_eq!(
            meta(&html, "property", "og:locale:alternate").len(),
            2,
            "{}",
            page.path
        );
        // The page's own address; an embed names its full view instead (its canonical).
        let canonical = html
            .split(r#"<link rel="canonical" href=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a canonical link");
        let embedded = matches!(
            page.route,
            Route::EmbedChart { .. } | Route::EmbedEvent { .. }
        );
        if !embedded {
            assert_eq!(canonical, format!("{ORIGIN}{}", page.path));
        }
        assert_eq!(meta(&html, "property", "og:url"), [canonical]);
        assert_eq!(meta(&html, "property", "og:title").len(), 1);
        assert_eq!(meta(&html, "property", "og:description").len(), 1);
        // The description starts with what the picture is, in the page's language, and (for
        // an event) names the event's title in that language.
        let alt = meta(&html, "property", "og:image:alt");
        assert_eq!(alt.len(), 1, "{}", page.path);
        let alt = alt[0]
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
        assert!(
            alt.starts_with(ui(lang).preview_alt),
            "{}: {alt}",
            page.path
        );
        // (A chart's description names its publishers, some of them Chinese in any language.)
        if !matches!(page.route, Route::EmbedChart { .. }) {
            assert_eq!(
                alt.chars().any(is_chinese),
                lang == Lang::Zh,
                "{}: {alt}",
                page.path
            );
        }
        if let Route::Event { id, .. } = &page.route {
            let event = content.event(id).expect("a page's event exists");
            assert!(alt.contains(event.title.get(lang)), "{}: {alt}", page.path);
        }
    }
}

async fn card(preview: &Preview) -> String {
    LocalServerRenderer::<PreviewCard>::with_props(PreviewCardProps {
        preview: preview.clone(),
    })
    .hydratable(false)
    .render()
    .await
}

fn text_of(html: &str) -> String {
    // The text between tags, entities as the card writes them.
    let mut text = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            _ if !inside => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

#[tokio::test]
async fn an_event_s_preview_shows_its_date_title_topic_and_picture_credit_in_its_language() {
    let content: &Content = content();
    for lang in Lang::ALL {
        for event in &content.events {
            let preview = Preview::Event {
                lang,
                id: event.id.clone(),
            };
            let html = card(&preview).await;
            let text = text_of(&html);
            assert!(text.contains(event.title.get(lang)), "{lang} {}", event.id);
            assert!(
                text.contains(&format_span(lang, &event.date)),
                "{lang} {}",
                event.id
            );
            assert!(text.contains(ui(lang).site_title), "the exhibit's name");
            let category = content.category(&event.category).expect("a category");
            assert!(
                text.contains(category.name.get(lang)),
                "{lang} {}",
                event.id
            );
            match event
                .picture
                .as_deref()
                .and_then(|id| content.pictures.iter().find(|p| p.id == id))
            {
                Some(picture) => {
                    assert!(
                        html.contains(&format!(r#"src="/{}""#, picture.file))
                            || picture.sizes.is_some(),
                        "{html}"
                    );
                    assert!(
                        text.contains(picture.credit.get(lang)),
                        "{lang} {}",
                        event.id
                    );
                    assert!(text.contains(&picture.licence), "{lang} {}", event.id);
                }
                None => assert!(!html.contains("<img"), "{html}"),
            }
            assert!(!html.contains(" style=\""), "no inline style: {html}");
        }
    }
}

#[tokio::test]
async fn a_chart_s_preview_shows_the_chart_with_its_title_and_sources() {
    let content = content();
    for lang in Lang::ALL {
        for chart in charts(content) {
            let html = card(&Preview::Chart {
                lang,
                id: chart.id.clone(),
            })
            .await;
            let text = text_of(&html);
            assert!(html.contains("<svg"), "the chart is drawn: {}", chart.id);
            assert!(text.contains(&chart_title(&chart, lang)), "{}", chart.id);
            let sources = format!(
                "{}{}",
                ui(lang).chart_sources,
                if lang == Lang::Zh { "：" } else { ": " }
            );
            let line = text
                .split(&sources)
                .nth(1)
                .unwrap_or_else(|| panic!("{lang} {}: no source line in {text}", chart.id));
            assert!(
                line.contains(&chart.series[0].sources[0].publisher),
                "{lang} {}: {line}",
                chart.id
            );
            assert!(line.contains(chart.series[0].unit.get(lang)), "{line}");
        }
    }
}

#[test]
fn a_long_list_of_publishers_ends_with_how_many_more_there_are() {
    let content = content();
    for chart in charts(content) {
        let mut all: Vec<&str> = Vec::new();
        for source in chart.series.iter().flat_map(|s| s.sources.iter()) {
            if !all.contains(&source.publisher.as_str()) {
                all.push(&source.publisher);
            }
        }
        for lang in Lang::ALL {
            let line = publishers(&chart, lang);
            let separator = if lang == Lang::Zh { "、" } else { ", " };
            let tail = |more: usize| match (more, lang) {
                (0, _) => String::new(),
                (_, Lang::De) => format!(" und {more} weitere"),
                (_, Lang::Zh) => format!("等{more}个其他来源"),
                (_, Lang::En) => format!(" and {more} more"),
            };
            // The first few publishers in the chart's order, then how many more.
            let shown = (1..=all.len())
                .find(|k| line == format!("{}{}", all[..*k].join(separator), tail(all.len() - k)))
                .unwrap_or_else(|| panic!("{lang} {}: {line}", chart.id));
            if shown < all.len() {
                // Cut only where the whole list would not fit.
                let width = |text: &str| -> usize {
                    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
                };
                assert!(width(&all.join(separator)) > PUBLISHERS_CHARS, "{line}");
                assert!(width(&line) <= PUBLISHERS_CHARS + 40, "{line}");
            }
        }
    }
}

#[tokio::test]
async fn previews_differ_between_languages() {
    let content = content();
    let event = &content.events[0];
    let mut seen = Vec::new();
    for lang in Lang::ALL {
        let html = card(&Preview::Event {
            lang,
            id: event.id.clone(),
        })
        .await;
        assert!(!seen.contains(&html), "{lang}: same as another language");
        seen.push(html);
    }
}
