//! What each view is called and how it is described: the document title the app sets as a
//! visitor moves around, and the title, description and Open Graph tags of the prerendered
//! pages that link previews and search engines read.

use crate::content::Content;
use crate::i18n::{ui, Lang};
use crate::preview::Preview;
use crate::route::Route;

/// Longest description, in characters: what search results and link previews show.
pub const DESCRIPTION_CHARS: usize = 160;

/// A view's title and description in its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub lang: Lang,
    /// The document title, most specific first: "Bosch … – Nanjing – Stuttgart".
    pub title: String,
    /// One or two sentences about what the view shows.
    pub description: String,
    /// Open Graph type: `article` for an event, `website` for everything else.
    pub kind: &'static str,
    /// The link preview's picture (`og:image`), and what it shows in words.
    pub preview: Preview,
    pub preview_alt: String,
}

/// The title and description of `route`.
pub fn page_meta(route: &Route, content: &Content) -> PageMeta {
    let lang = route.lang().unwrap_or_default();
    let text = ui(lang);
    let titled = |heading: &str| format!("{heading} – {}", text.site_title);
    let (title, description, kind) = match route {
        Route::Root | Route::Timeline { .. } => (
            format!("{} – {}", text.site_title, text.site_tagline),
            text.home_intro.to_string(),
            "website",
        ),
        Route::Event { id, .. } => match content.event(id) {
            Some(event) => (
                titled(event.title.get(lang)),
                event.text.get(lang).to_string(),
                "article",
            ),
            None => (
                titled(text.event_unknown_heading),
                text.event_unknown_body.to_string(),
                "website",
            ),
        },
        Route::Charts { .. } => (
            titled(text.charts_heading),
            text.charts_intro.to_string(),
            "website",
        ),
        Route::About { .. } => (
            titled(text.about_heading),
            text.about_method.to_string(),
            "website",
        ),
        Route::Page { page, .. } => match content.page(*page) {
            Some(page) => (
                titled(page.title.get(lang)),
                // The first paragraph that is neither a heading nor a placeholder.
                page.text
                    .get(lang)
                    .split("\n\n")
                    .map(str::trim)
                    .find(|block| {
                        !block.is_empty()
                            && !block.starts_with("## ")
                            && !block.contains(crate::content::PLACEHOLDER_START)
                    })
                    .unwrap_or_else(|| page.title.get(lang))
                    .to_string(),
                "website",
            ),
            None => (
                titled(text.not_found_heading),
                text.not_found_body.to_string(),
                "website",
            ),
        },
        // An embed is titled like what it shows (a host page's frame names it so).
        Route::EmbedEvent { lang, id } => {
            return page_meta(
                &Route::Event {
                    lang: *lang,
                    id: id.clone(),
                },
                content,
            )
        }
        Route::EmbedChart { chart, .. } => match crate::charts::chart_named(content, chart) {
            Some(chart) => (
                titled(&crate::charts::chart_title(&chart, lang)),
                chart
                    .series
                    .iter()
                    .map(|s| crate::charts::summary::summary(s, lang))
                    .collect::<Vec<_>>()
                    .join(" "),
                "website",
            ),
            None => (
                titled(text.chart_unknown_heading),
                text.chart_unknown_body.to_string(),
                "website",
            ),
        },
        Route::NotFound => (
            titled(text.not_found_heading),
            text.not_found_body.to_string(),
            "website",
        ),
    };
    let preview = Preview::of_route(route, content);
    PageMeta {
        lang,
        title,
        description: shorten(&description, DESCRIPTION_CHARS),
        kind,
        preview_alt: preview.alt(content),
        preview,
    }
}

/// `text` cut to at most `limit` characters, at the end of a sentence or a word where there is
/// one in the second half, with "…" where anything was cut. Chinese has no spaces between
/// words, so it is cut after a punctuation mark or, failing that, between two characters.
pub fn shorten(text: &str, limit: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= limit {
        return text;
    }
    let chars: Vec<char> = text.chars().take(limit - 1).collect();
    let half = chars.len() / 2;
    let sentence_end = chars
        .iter()
        .rposition(|c| matches!(c, '.' | '。' | '!' | '！' | '?' | '？'))
        .filter(|at| *at >= half)
        .map(|at| at + 1);
    let word_end = chars
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '，' | '、' | '；'))
        .filter(|at| *at >= half);
    match sentence_end {
        Some(end) => chars[..end].iter().collect(),
        None => {
            let end = word_end.unwrap_or(chars.len());
            let cut: String = chars[..end].iter().collect();
            format!(
                "{}…",
                cut.trim_end_matches([',', ';', ':', ' ', '，', '、', '；'])
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_stays_whole_and_long_text_ends_cleanly() {
        assert_eq!(shorten("Zwei  Städte.\n", 160), "Zwei Städte.");
        let german = "Die Partnerschaft begann 1994. Seitdem besuchen Delegationen beide Seiten \
                      regelmäßig und vereinbaren neue Projekte in Wirtschaft und Kultur.";
        assert_eq!(shorten(german, 60), "Die Partnerschaft begann 1994.");
        let words = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(shorten(words, 30), "one two three four five six…");
        let chinese = "一九九四年，巴登－符腾堡州与江苏省建立友好关系，此后双方代表团频繁互访并签署多项合作协议";
        let cut = shorten(chinese, 20);
        assert_eq!(cut.chars().count(), 20, "{cut}");
        assert!(cut.ends_with('…'), "{cut}");
    }
}
