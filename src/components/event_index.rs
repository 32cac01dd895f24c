//! Every event of the exhibit as a list, by era: the timeline's content as text, for screen
//! readers, for search engines and for reading before the app has loaded.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::charts::draw::escape_into;
use crate::components::route_link::follow_in_place;
use crate::content_file::content;
use crate::i18n::format::format_span;
use crate::i18n::{ui, Lang};
use crate::query::Address;
use crate::route::Route;
use crate::state::{use_dispatch, use_link_query};

/// Properties of [`EventIndex`].
#[derive(Properties, PartialEq, Clone, Copy)]
pub struct EventIndexProps {
    pub lang: Lang,
}

/// The list of every event, below the timeline and the card.
///
/// It lies below the first view, so on a language switch it follows one frame after the rest
/// of the page: the switch paints the timeline, the card and the header in the new language
/// first, and the list's texts and links (with 500 events, 500 links and 1,000 texts) change in
/// the frame after. Until then the list keeps the language it was drawn in, which it is still
/// marked with (`lang`), so a screen reader never reads it in the wrong voice.
#[component]
pub fn EventIndex(props: &EventIndexProps) -> Html {
    let drawn = use_state_eq(|| props.lang);
    {
        let (drawn, shown) = (drawn.setter(), *drawn);
        use_effect_with(props.lang, move |lang| {
            let lang = *lang;
            // After the next frame is painted: an animation frame comes before the paint, a
            // task queued from it after.
            let later: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let frame = (lang != shown).then(|| {
                let later = later.clone();
                gloo_render::request_animation_frame(move |_| {
                    *later.borrow_mut() = Some(Timeout::new(0, move || drawn.set(lang)));
                })
            });
            move || drop((frame, later))
        });
    }
    html! { <EventList lang={*drawn} /> }
}

/// The list itself, in one language. Its markup depends on the language only, so it is not
/// written again while the timeline moves or a card opens.
///
/// Its links carry the query as [`RouteLink`](crate::components::route_link::RouteLink)s do
/// (the window shown, the categories), so a link opened in a new tab or copied shows what the
/// visitor saw. The query changes at every pause of a drag: then only the links' addresses
/// change, after the frame is painted (with 500 events, 500 attributes, instead of parsing the
/// whole list of 120 KB again).
///
/// Its links are plain `<a href>` elements, followed in place by one listener on the list
/// rather than each a `RouteLink`: with 500 events a language switch drew 500 link components
/// again (their hooks, listeners and scheduling) for what is one `href` and two texts each.
#[component]
fn EventList(props: &EventIndexProps) -> Html {
    let lang = props.lang;
    let dispatch = use_dispatch();
    let query = use_link_query().encode();
    let list = use_node_ref();
    let markup = {
        let query = query.clone();
        use_memo(lang, move |lang| {
            AttrValue::from(list_markup(*lang, |id| event_href(*lang, id, &query)))
        })
    };
    {
        let list = list.clone();
        use_effect_with(query, move |query| {
            let query = query.clone();
            crate::after_paint::after_paint(move || carry_query(&list, &query));
        });
    }
    let onclick = Callback::from(move |event: MouseEvent| {
        let Some(link) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a.event-link").ok().flatten())
        else {
            return;
        };
        let Some(href) = link.get_attribute("href") else {
            return;
        };
        let route = Address::parse(&crate::base::inward(&href)).route;
        if matches!(route, Route::Event { .. }) {
            follow_in_place(&event, dispatch.as_ref(), || route, None);
        }
    });
    html! {
    <section class="event-index" lang={lang.html_lang()} aria-labelledby="event-index-heading"
        ref={list} {onclick}>
        { Html::from_html_unchecked((*markup).clone()) }
    </section>
    }
}

/// The address of an event's page with `query`, as the browser shows it.
fn event_href(lang: Lang, id: &str, query: &str) -> String {
    let path = Route::Event {
        lang,
        id: id.to_string(),
    }
    .to_path();
    crate::base::outward(&with_query(&path, query))
}

/// `address` with its query (after `?`) replaced by `query`; none when `query` is empty.
fn with_query(address: &str, query: &str) -> String {
    let path = address.split_once('?').map_or(address, |(path, _)| path);
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// Gives every link of the list `query`, where it carries another.
///
/// The links always carry one query between them (the list is written whole, and re-addressed
/// whole here), so when the first carries `query`, all do: at the start, when the query has
/// not changed, the 500 links of the stress content are not read one by one.
fn carry_query(list: &NodeRef, query: &str) {
    let Some(links) = list
        .cast::<web_sys::Element>()
        .and_then(|list| list.query_selector_all("a.event-link").ok())
    else {
        return;
    };
    for index in 0..links.length() {
        let Some(link) = links
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(href) = link.get_attribute("href") else {
            continue;
        };
        let wanted = with_query(&href, query);
        if wanted == href && index == 0 {
            return;
        }
        if wanted != href {
            let _ = link.set_attribute("href", &wanted);
        }
    }
}

/// The list's headings and links as markup, written here rather than through `html!`: the app
/// takes the prerendered list over as it was served instead of hydrating its elements one by
/// one (with 500 events, 2,500 elements), and a change of language or query replaces it in
/// one step, parsed by the browser. Every text is escaped. Written into one string sized for
/// it up front, escaping in place: with 500 events the markup is about 120 KB, and growing a
/// string to that size step by step raised the app's memory for good (bench/REPORT.md).
fn list_markup(lang: Lang, href: impl Fn(&str) -> String) -> String {
    let text = ui(lang);
    let content = content();
    let mut out =
        String::with_capacity(300 * content.events.len() + 250 * content.eras.len() + 100);
    out.push_str(r#"<h2 id="event-index-heading">"#);
    escape_into(&mut out, text.timeline_intro);
    out.push_str("</h2>");
    for era in &content.eras {
        let count = content.events.iter().filter(|e| e.era == era.id).count();
        out.push_str(r#"<section class="era" aria-labelledby="era-"#);
        escape_into(&mut out, &era.id);
        out.push_str(r#""><h3 id="era-"#);
        escape_into(&mut out, &era.id);
        out.push_str(r#""><span class="era-years">"#);
        out.push_str(&format!("{}–{}", era.start, era.end));
        out.push_str("</span>");
        escape_into(&mut out, era.name.get(lang));
        out.push_str(r#"</h3><ol class="event-list" data-events=""#);
        out.push_str(&count.to_string());
        out.push_str(r#"">"#);
        for event in content.events.iter().filter(|e| e.era == era.id) {
            out.push_str(r#"<li class="event-item" data-category=""#);
            escape_into(&mut out, &event.category);
            out.push_str(r#""><a href=""#);
            escape_into(&mut out, &href(&event.id));
            out.push_str(r#"" class="event-link"><span class="event-date">"#);
            escape_into(&mut out, &format_span(lang, &event.date));
            out.push_str(r#"</span><span class="event-title">"#);
            escape_into(&mut out, event.title.get(lang));
            out.push_str("</span></a></li>");
        }
        out.push_str("</ol></section>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A link given one query after another ends with the last one only, its path untouched.
    #[test]
    fn a_link_carries_the_last_query_given() {
        let queries = [
            "",
            "from=2000&to=2010",
            "cat=business",
            "from=1986.5&to=2026&cat=partnership%2Cculture&mode=kiosk",
            "q=%3F%26",
        ];
        for lang in Lang::ALL {
            for id in ["bosch-aftermarket-plant", "a", "city-friendship-1995"] {
                let bare = event_href(lang, id, "");
                assert!(!bare.contains('?'), "{bare}");
                for first in queries {
                    for last in queries {
                        let link = with_query(&event_href(lang, id, first), last);
                        assert_eq!(link, event_href(lang, id, last));
                        assert_eq!(link.split('?').next(), Some(bare.as_str()));
                        let route = Address::parse(&link).route;
                        assert_eq!(
                            route,
                            Route::Event {
                                lang,
                                id: id.to_string()
                            }
                        );
                    }
                }
            }
        }
    }
}
