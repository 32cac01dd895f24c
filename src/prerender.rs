//! Every view as a static HTML page, written at build time (`src/bin/prerender.rs`): the first
//! paint needs no WebAssembly, link previews and search engines read real titles,
//! descriptions and text, and the app then hydrates the page it finds.
//!
//! This module is plain text work on the page Trunk built (`dist/index.html`), so it is tested
//! natively; the binary only reads and writes the files.

use crate::content::Content;
use crate::i18n::format::colon;
use crate::i18n::{ui, Lang};
use crate::meta::PageMeta;
use crate::route::Route;

/// The element the app renders into; its content is what hydration takes over.
pub const APP_ROOT: &str = r#"<div id="app"></div>"#;

/// One page to write: its address and the view there.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// The address, such as `/zh/event/nanjing-day-2026`.
    pub path: String,
    pub route: Route,
}

impl Page {
    /// Where the page goes inside the build folder: `zh/event/x/index.html`.
    pub fn file(&self) -> String {
        match self.path.trim_matches('/') {
            "" => "index.html".into(),
            path => format!("{path}/index.html"),
        }
    }
}

/// Every address the exhibit has: the language choice, and each language's timeline, charts,
/// about page and events.
pub fn pages(content: &Content) -> Vec<Page> {
    let mut pages = vec![page(Route::Root)];
    for lang in Lang::ALL {
        pages.push(page(Route::Timeline { lang }));
        pages.push(page(Route::Charts { lang }));
        pages.push(page(Route::About { lang }));
        for id in crate::content::PageId::ALL {
            pages.push(page(Route::Page { lang, page: id }));
        }
        for event in &content.events {
            pages.push(page(Route::Event {
                lang,
                id: event.id.clone(),
            }));
        }
    }
    pages.extend(embed_pages(content));
    pages
}

/// Every embed (each chart and each event alone, for other websites to frame) in every
/// language: prerendered like the views, but not in the sitemap, and marked `noindex`.
fn embed_pages(content: &Content) -> Vec<Page> {
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        for chart in crate::charts::charts(content) {
            pages.push(page(Route::EmbedChart {
                lang,
                chart: chart.id,
            }));
        }
        for event in &content.events {
            pages.push(page(Route::EmbedEvent {
                lang,
                id: event.id.clone(),
            }));
        }
    }
    pages
}

fn page(route: Route) -> Page {
    Page {
        path: route.to_path(),
        route,
    }
}

/// Trunk's page split where the per-page parts go.
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    /// The head's tags except title and description (stylesheet, scripts, preloads, icons).
    head: String,
    /// The body up to the app's root element, and after it.
    before_app: String,
    after_app: String,
}

/// What is wrong with the page Trunk built, in words for whoever runs the build.
#[derive(Debug, PartialEq, Eq)]
pub struct TemplateError(pub String);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Template {
    /// Reads the page Trunk built: it must have a head, a body and an empty
    /// `<div id="app"></div>` (quoted or not, as the minifier leaves it).
    pub fn parse(html: &str) -> Result<Template, TemplateError> {
        let missing = |what: &str| TemplateError(format!("index.html has no {what}"));
        // A minifier drops the optional <head> and <body> start tags: the head then starts
        // after <html>, the body after </head>.
        let head_start = find_tag_end(html, "<head")
            .or_else(|| find_tag_end(html, "<html"))
            .ok_or_else(|| missing("<head> or <html>"))?;
        let head_end = html.find("</head>").ok_or_else(|| missing("</head>"))?;
        let head = strip_per_page_tags(&html[head_start..head_end]);
        let body_start = find_tag_end(html, "<body").unwrap_or(head_end + "</head>".len());
        let body_end = html.rfind("</body>").ok_or_else(|| missing("</body>"))?;
        let body = &html[body_start..body_end];
        let (at, root) = [APP_ROOT, "<div id=app></div>"]
            .iter()
            .find_map(|root| body.find(root).map(|at| (at, *root)))
            .ok_or_else(|| missing("empty <div id=\"app\"></div> in its body"))?;
        // The note for readers without JavaScript is the build's own (`noscript_note`).
        let mut before_app = body[..at].to_string();
        while let Some(start) = before_app.find("<noscript") {
            let end = before_app[start..]
                .find("</noscript>")
                .map_or(before_app.len(), |e| start + e + "</noscript>".len());
            before_app.replace_range(start..end, "");
        }
        Ok(Template {
            head,
            before_app,
            after_app: body[at + root.len()..].to_string(),
        })
    }

    /// The inline module script Trunk writes to start the app, if there is one: a strict
    /// Content-Security-Policy refuses inline scripts, so the build moves it into a file.
    /// `src_for` names the file from the script's text; the script is replaced by
    /// `<script type="module" src=…>` and returned with that name.
    pub fn take_inline_module(
        &mut self,
        src_for: impl FnOnce(&str) -> String,
    ) -> Option<(String, String)> {
        let mut search = 0;
        while let Some(offset) = self.head[search..].find("<script") {
            let start = search + offset;
            let open_end = start + self.head[start..].find('>')? + 1;
            let open = &self.head[start..open_end];
            let close = open_end + self.head[open_end..].find("</script>")?;
            let is_module = open.contains("type=module") || open.contains("type=\"module\"");
            if is_module && !open.contains("src=") {
                let code = self.head[open_end..close].to_string();
                let src = src_for(&code);
                self.head.replace_range(
                    start..close + "</script>".len(),
                    &format!(r#"<script type="module" src="{src}"></script>"#),
                );
                return Some((src, code));
            }
            search = close;
        }
        None
    }

    /// The address of the stylesheet Trunk built from assets/style.css (`/style-….css`).
    pub fn stylesheet(&self) -> Option<String> {
        self.head.split('<').find_map(|tag| {
            if !tag.starts_with("link") || !tag.contains("stylesheet") {
                return None;
            }
            let href = tag.split_once("href=")?.1;
            let href = href.trim_start_matches('"');
            let end = href.find(['"', ' ', '>'])?;
            let href = &href[..end];
            href.starts_with("/style-").then(|| href.to_string())
        })
    }

    /// Points every page at `new` instead of the stylesheet `old`, with its `integrity`.
    pub fn replace_stylesheet(&mut self, old: &str, new: &str, integrity: &str) {
        let Some(at) = self.head.find(old) else {
            return;
        };
        let start = self.head[..at].rfind('<').unwrap_or(at);
        let end = at + self.head[at..].find('>').map_or(0, |e| e + 1);
        self.head.replace_range(
            start..end,
            &format!(
                r#"<link rel="stylesheet" href="{}" integrity="{}">"#,
                escape(new),
                escape(integrity)
            ),
        );
    }

    /// Asks every page to download the content file (`src`, such as `/content-….bin`) at once,
    /// beside the code, instead of after it.
    pub fn preload_content(&mut self, src: &str) {
        self.head.push_str(&format!(
            r#"<link rel="preload" href="{}" as="fetch" crossorigin>"#,
            escape(src)
        ));
    }

    /// The page with `app` (the server renderer's HTML) inside the app's root and the title,
    /// description, address and Open Graph tags of `meta`. `origin` is the public web address,
    /// such as `https://exhibit.example.org`, without a trailing slash.
    pub fn page(&self, meta: &PageMeta, path: &str, origin: &str, app: &str) -> String {
        let mut head = String::new();
        head.push_str(&format!("<title>{}</title>", escape(&meta.title)));
        let mut tag = |attribute: &str, key: &str, value: &str| {
            head.push_str(&format!(
                r#"<meta {attribute}="{key}" content="{}">"#,
                escape(value)
            ));
        };
        tag("name", "description", &meta.description);
        tag("property", "og:type", meta.kind);
        tag("property", "og:title", &meta.title);
        tag("property", "og:description", &meta.description);
        // An embed is a part of a view: search engines and link previews take the view, which
        // it names.
        let embed_of = Route::recognize(path).full_view();
        let canonical = embed_of
            .as_ref()
            .map_or_else(|| path.to_string(), Route::to_path);
        tag("property", "og:url", &format!("{origin}{canonical}"));
        tag("property", "og:locale", og_locale(meta.lang));
        for other in Lang::ALL.into_iter().filter(|l| *l != meta.lang) {
            tag("property", "og:locale:alternate", og_locale(other));
        }
        // The link preview's picture, drawn at build time (src/preview.rs).
        tag(
            "property",
            "og:image",
            &format!("{origin}{}", meta.preview.path()),
        );
        tag("property", "og:image:type", crate::preview::MEDIA_TYPE);
        tag(
            "property",
            "og:image:width",
            &crate::preview::WIDTH.to_string(),
        );
        tag(
            "property",
            "og:image:height",
            &crate::preview::HEIGHT.to_string(),
        );
        tag("property", "og:image:alt", &meta.preview_alt);
        tag("name", "twitter:card", "summary_large_image");
        if embed_of.is_some() {
            tag("name", "robots", "noindex");
        }
        head.push_str(&format!(
            r#"<link rel="canonical" href="{}">"#,
            escape(&format!("{origin}{canonical}"))
        ));
        if let Some(alternates) = alternates(path) {
            for (lang, alternate) in alternates {
                head.push_str(&format!(
                    r#"<link rel="alternate" hreflang="{lang}" href="{}">"#,
                    escape(&format!("{origin}{alternate}"))
                ));
            }
        }
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head>{kept}{head}</head><body>{note}{before}<div id=\"app\">{app}</div>{after}</body></html>\n",
            lang = meta.lang.html_lang(),
            kept = first_paint_order(&self.head),
            note = noscript_note(false),
            before = self.before_app,
            after = self.after_app,
            app = short_component_marks(app),
        )
    }

    /// A link preview's page (`components::preview_card`): the page's stylesheets and fonts,
    /// but no script and not the app (no preloads of the code or the content), so what the
    /// build photographs is the static drawing. scripts/draw-previews.mjs applies the
    /// `data-style` values itself, from the script's source: the built scripts' names change
    /// from build to build, and a preview depends on nothing that changes. Never served.
    pub fn still(&self, lang: Lang, title: &str, body: &str) -> String {
        let mut head = String::with_capacity(self.head.len());
        let mut rest = self.head.as_str();
        while let Some(start) = rest.find('<') {
            head.push_str(&rest[..start]);
            let Some(end) = rest[start..].find('>').map(|e| start + e + 1) else {
                break;
            };
            let tag = &rest[start..end];
            let script = tag.starts_with("<script");
            let app_file = tag.starts_with("<link")
                && (tag.contains("modulepreload")
                    || tag.contains("as=fetch")
                    || tag.contains("as=\"fetch\""));
            if script {
                let close = rest[end..]
                    .find("</script>")
                    .map_or(end, |c| end + c + "</script>".len());
                rest = &rest[close..];
                continue;
            }
            if !app_file {
                head.push_str(tag);
            }
            rest = &rest[end..];
        }
        head.push_str(rest);
        format!(
            "<!DOCTYPE html><html lang=\"{}\" class=\"preview-page\"><head>{head}<title>{}</title></head><body>{body}</body></html>\n",
            lang.html_lang(),
            escape(title),
        )
    }

    /// The page with an empty app root, for addresses that are not prerendered: the app
    /// renders them itself. Until it has, the page shows the exhibit's name and line in the
    /// three languages ([`shell_cover`]) instead of nothing: an unknown address on a slow
    /// network waits a second or more for the app's not-found view.
    pub fn shell(&self) -> String {
        let lang = Lang::default();
        format!(
            "<!DOCTYPE html><html lang=\"{}\"><head>{}<title>{}</title></head><body>{}{}{APP_ROOT}{}{}</body></html>\n",
            lang.html_lang(),
            first_paint_order(&self.head),
            escape(ui(lang).site_title),
            noscript_note(true),
            self.before_app,
            shell_cover(),
            self.after_app
        )
    }
}

/// The note for readers without JavaScript, a line in each language (the stylesheet shows the
/// page's own). Above a page drawn at build time it says the texts need no scripts. The shell
/// has no texts to read: it says so, in every language at once (the address names none the
/// build knows), each with a link to that language's start page, which is drawn at build time.
pub fn noscript_note(shell: bool) -> String {
    let mut note = String::from(if shell {
        r#"<noscript class="every-language">"#
    } else {
        "<noscript>"
    });
    for lang in Lang::ALL {
        let text = ui(lang);
        note.push_str(&format!(r#"<p lang="{}">"#, lang.html_lang()));
        if shell {
            note.push_str(&format!(
                r#"{}{}<a href="{}">{}</a>"#,
                escape(text.noscript_shell),
                colon(lang),
                Route::Timeline { lang }.to_path(),
                escape(text.back_to_start)
            ));
        } else {
            note.push_str(&escape(text.noscript_page));
        }
        note.push_str("</p>");
    }
    note.push_str("</noscript>");
    note
}

/// What the shell shows while its app root is empty: the exhibit's name and line in each
/// language, each marked with its language. The stylesheet shows it only right after an empty
/// app root (`#app:empty + .shell-cover`), so it goes as soon as the app has drawn a view.
/// A name two languages share (German and English write "Nanjing – Stuttgart" alike) is
/// shown once, the second language's line under the first's.
pub fn shell_cover() -> String {
    let mut cover = String::from(r#"<div class="shell-cover">"#);
    let mut named: Vec<&str> = Vec::new();
    for lang in [Lang::De, Lang::En, Lang::Zh] {
        let text = ui(lang);
        let name = if named.contains(&text.site_title) {
            String::new()
        } else {
            named.push(text.site_title);
            format!(
                r#"<span class="site-name">{}</span> "#,
                escape(text.site_title)
            )
        };
        cover.push_str(&format!(
            r#"<p lang="{}">{name}<span class="site-tagline">{}</span></p>"#,
            lang.html_lang(),
            escape(text.site_tagline)
        ));
    }
    cover.push_str("</div>");
    cover
}

/// The categories' colours as rules of the stylesheet, which the build appends to it: the topic
/// chips then have their colours in the first paint. Before, only the `data-style` script gave
/// them (`--category`), after the first paint: white names on no colour, fading in. The script
/// still sets the same value, so a category that content brought in later still gets its colour.
/// Ids and colours are checked when the content is read (`#` and six hex digits).
pub fn category_colours(content: &Content) -> String {
    let mut css = String::from(
        "\n/* The categories' colours (assets/content/categories.toml), added by the build. */\n",
    );
    for category in &content.categories {
        css.push_str(&format!(
            ".filter-button[data-category=\"{}\"] {{ --category: {}; }}\n",
            category.id, category.colour
        ));
    }
    css
}

/// The start script: fetches the content file `content_src` (tried three times), leaves its
/// bytes where the app looks for them ([`crate::content_file::GLOBAL_NAME`]), then runs Trunk's
/// `start` code. Without the content the app is not started: a prerendered page then stays
/// readable as it was served instead of being taken over by an empty exhibit.
///
/// On a kiosk it first holds every link until the app runs: the prerendered page's links are
/// the public web's (the page is built once for everyone), and a tap on one before the app has
/// taken over would turn the kiosk into the public site. The app's links carry the kiosk's
/// setup. (It only asks whether the address says `mode=kiosk`; `query::ViewQuery` reads
/// the rest.)
pub fn start_script(start: &str, content_src: &str) -> String {
    format!(
        r#"// Written by the build (src/prerender.rs): do not edit.
if (new URLSearchParams(location.search).get("mode") === "kiosk") {{
  const hold = (event) => {{
    if (performance.getEntriesByName("exhibit-interactive").length > 0) {{
      document.removeEventListener("click", hold, true);
    }} else if (event.target instanceof Element && event.target.closest("a[href]")) {{
      event.preventDefault();
    }}
  }};
  document.addEventListener("click", hold, true);
}}
const contentFile = {src:?};
async function loadContent() {{
  for (let attempt = 1; ; attempt += 1) {{
    try {{
      const response = await fetch(contentFile);
      if (response.ok) return new Uint8Array(await response.arrayBuffer());
      throw new Error(`${{contentFile}}: HTTP ${{response.status}}`);
    }} catch (error) {{
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }}
  }}
}}
globalThis.{global} = await loadContent();
{start}"#,
        src = content_src,
        global = crate::content_file::GLOBAL_NAME,
    )
}

/// The head's tags in the order the first paint needs them. The browser asks for a file when
/// its parser reaches the tag, and under a slow network nothing runs ahead of a blocking
/// script to find the rest: Trunk writes the two small scripts first, so the stylesheets,
/// fonts, code and content were asked for only after both scripts had arrived, one after
/// the other, and then all at once, sharing the line. So: first what the page needs to be
/// drawn (the font preloads, the stylesheets and the two small scripts, both deferred, so the
/// parser goes on while the stylesheets arrive), then the app's code and content, large.
/// Measured under the slow profile (bench/REPORT.md, "A lighter first page"): asked for
/// together with the stylesheets, the code made the first paint later and "usable" no
/// earlier. Other tags (meta, icons, manifest) keep their order around them.
pub fn first_paint_order(head: &str) -> String {
    let mut metas = Vec::new();
    let mut paint = Vec::new();
    let mut scripts = Vec::new();
    let mut app = Vec::new();
    let mut others = Vec::new();
    let mut rest = head;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>').map(|e| start + e + 1) else {
            break;
        };
        let open = &rest[start..end];
        let tag_end = if open.starts_with("<script") {
            rest[end..]
                .find("</script>")
                .map_or(end, |c| end + c + "</script>".len())
        } else {
            end
        };
        let tag = &rest[start..tag_end];
        let has = |words: &[&str]| words.iter().any(|w| open.contains(w));
        let group = if open.starts_with("<meta") {
            &mut metas
        } else if open.starts_with("<script") && has(&["type=module", "type=\"module\""]) {
            &mut app
        } else if open.starts_with("<script") {
            &mut scripts
        } else if has(&["modulepreload", "as=fetch", "as=\"fetch\""]) {
            &mut app
        } else if has(&[
            "rel=stylesheet",
            "rel=\"stylesheet\"",
            "as=font",
            "as=\"font\"",
        ]) {
            &mut paint
        } else {
            &mut others
        };
        group.push(tag);
        rest = &rest[tag_end..];
    }
    [metas, paint, scripts, app, others].concat().concat()
}

/// The server renderer's HTML with its component marks shortened: a debug build writes each
/// component's Rust type name into them (`<!--<[nanjing_stuttgart::components::…]>-->`),
/// about 12 KB on every page, while hydration reads only the marks' brackets.
pub fn short_component_marks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--<") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let mark = ["<!--<[", "<!--</["]
            .into_iter()
            .find(|open| after.starts_with(open))
            .and_then(|open| after.find("]>-->").map(|close| (open, close)));
        match mark {
            Some((open, close)) if !after[..close].contains("-->") => {
                out.push_str(open);
                out.push_str("]>-->");
                rest = &after[close + "]>-->".len()..];
            }
            _ => {
                out.push_str("<!--<");
                rest = &after["<!--<".len()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The sitemap of every page, at `origin`.
pub fn sitemap(pages: &[Page], origin: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.iter().filter(|page| !page.route.is_embed()) {
        xml.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&format!("{origin}{}", page.path))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The same address in each language (`hreflang` code, path), plus `x-default`, for addresses
/// that start with a language.
fn alternates(path: &str) -> Option<Vec<(&'static str, String)>> {
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let first = segments.next()?;
    first.parse::<Lang>().ok()?;
    let rest = segments.next().map(|r| format!("/{r}")).unwrap_or_default();
    let mut list: Vec<(&'static str, String)> = Lang::ALL
        .into_iter()
        .map(|lang| (lang.html_lang(), format!("/{}{rest}", lang.code())))
        .collect();
    list.push(("x-default", format!("/{}{rest}", Lang::default().code())));
    Some(list)
}

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de_DE",
        Lang::Zh => "zh_CN",
        Lang::En => "en_GB",
    }
}

/// Text for an HTML attribute or element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The index just after the opening tag that starts with `open` (`<head` matches `<head>` and
/// `<head lang=…>` but not `<header>`).
fn find_tag_end(html: &str, open: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(offset) = html[from..].find(open) {
        let at = from + offset + open.len();
        if matches!(html[at..].chars().next(), Some('>' | ' ')) {
            return Some(at + html[at..].find('>')? + 1);
        }
        from = at;
    }
    None
}

/// The head without its title and description, which every page writes for itself.
fn strip_per_page_tags(head: &str) -> String {
    let mut kept = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find('<') {
        kept.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>').map(|e| start + e + 1) else {
            break;
        };
        let tag = &rest[start..end];
        if tag.starts_with("<title") {
            let close = rest[end..]
                .find("</title>")
                .map_or(end, |c| end + c + "</title>".len());
            rest = &rest[close..];
            continue;
        }
        let description = tag.starts_with("<meta")
            && (tag.contains("name=description") || tag.contains("name=\"description\""));
        if !description {
            kept.push_str(tag);
        }
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!doctype html><html lang=de><meta charset=utf-8><title>Nanjing – Stuttgart</title><meta content=\"Old\" name=description><link href=/style-1.css rel=stylesheet><script type=module>import init from '/app-1.js';await init();</script></head><body><noscript><p>JS</p></noscript><div id=app></div></body></html>";

    #[test]
    fn the_start_script_hands_over_the_content_before_it_starts_the_app() {
        let mut template = Template::parse(TRUNK).expect("a usable page");
        template.preload_content("/content-ab.bin");
        assert!(template
            .shell()
            .contains(r#"<link rel="preload" href="/content-ab.bin" as="fetch" crossorigin>"#));
        let script = start_script("await init();", "/content-ab.bin");
        let hold = script
            .find("mode\") === \"kiosk\"")
            .expect("kiosk links held");
        assert!(
            hold < script.find("await init();").expect("starts"),
            "{script}"
        );
        let fetch = script.find(r#"fetch(contentFile)"#).expect("fetches");
        let handed = script
            .find("globalThis.exhibitContent = await loadContent();")
            .expect("hands over");
        let start = script.find("await init();").expect("starts");
        assert!(fetch < handed && handed < start, "{script}");
        assert!(script.contains(r#"const contentFile = "/content-ab.bin";"#));
        assert!(script.contains("if (attempt === 3) throw error;"));
    }

    #[test]
    fn readers_without_javascript_are_told_what_they_can_read() {
        let page = noscript_note(false);
        let shell = noscript_note(true);
        for lang in Lang::ALL {
            let text = ui(lang);
            assert!(page.contains(&format!(
                r#"<p lang="{}">{}</p>"#,
                lang.html_lang(),
                escape(text.noscript_page)
            )));
            // The shell has nothing to read: it links each language's start page instead.
            assert!(shell.contains(&format!(
                r#"<p lang="{}">{}{}<a href="/{}">{}</a></p>"#,
                lang.html_lang(),
                escape(text.noscript_shell),
                colon(lang),
                lang.code(),
                escape(text.back_to_start)
            )));
        }
        assert!(
            page.starts_with("<noscript>")
                && shell.starts_with(r#"<noscript class="every-language">"#)
        );
        assert!(!shell.contains(ui(Lang::De).noscript_page));
    }

    #[test]
    fn the_stylesheet_is_swapped_for_one_with_the_categories_colours() {
        // Trunk's link, as the minifier leaves it (unquoted), among other stylesheets.
        let page = TRUNK.replace(
            "<link href=/style-1.css rel=stylesheet>",
            "<link href=/faces-9.css integrity=sha384-F rel=stylesheet><link href=/style-0123abcd.css integrity=sha384-OLD rel=stylesheet>",
        );
        let mut template = Template::parse(&page).expect("a usable page");
        assert_eq!(
            template.stylesheet().as_deref(),
            Some("/style-0123abcd.css")
        );
        template.replace_stylesheet("/style-0123abcd.css", "/style-ffee.css", "sha384-NEW");
        for page in [template.shell(), template.still(Lang::En, "A", "<p>b</p>")] {
            assert!(
                page.contains(
                    r#"<link rel="stylesheet" href="/style-ffee.css" integrity="sha384-NEW">"#
                ),
                "{page}"
            );
            assert!(
                page.contains("<link href=/faces-9.css integrity=sha384-F rel=stylesheet>"),
                "{page}"
            );
            assert!(
                !page.contains("style-0123abcd") && !page.contains("sha384-OLD"),
                "{page}"
            );
        }
        assert_eq!(template.stylesheet().as_deref(), Some("/style-ffee.css"));

        let content = crate::content_file::content();
        let css = category_colours(content);
        assert_eq!(css.matches("--category").count(), content.categories.len());
        for category in &content.categories {
            let rule = format!(
                ".filter-button[data-category=\"{}\"] {{ --category: {}; }}",
                category.id, category.colour
            );
            assert!(css.contains(&rule), "{css}");
        }
    }

    #[test]
    fn a_page_gets_its_own_title_description_and_app() {
        let mut template = Template::parse(TRUNK).expect("a usable page");
        let (src, code) = template
            .take_inline_module(|code| format!("/start-{}.js", code.len()))
            .expect("the loader");
        assert_eq!(code, "import init from '/app-1.js';await init();");
        assert_eq!(src, "/start-42.js");
        let meta = PageMeta {
            lang: Lang::Zh,
            title: "南京日 <2026> – Nanjing – Stuttgart".into(),
            description: "Ein \"Tag\" & mehr".into(),
            kind: "article",
            preview: crate::preview::Preview::Event {
                lang: Lang::Zh,
                id: "nanjing-day-2026".into(),
            },
            preview_alt: "预览图：南京日".into(),
        };
        let html = template.page(
            &meta,
            "/zh/event/nanjing-day-2026",
            "https://exhibit.example.org",
            "<main>内容</main>",
        );
        assert!(
            html.starts_with("<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=utf-8>")
        );
        assert_eq!(html.matches("<title>").count(), 1);
        assert!(html.contains("<title>南京日 &lt;2026&gt; – Nanjing – Stuttgart</title>"));
        assert!(!html.contains("Old"));
        assert!(
            html.contains(r#"<meta name="description" content="Ein &quot;Tag&quot; &amp; mehr">"#)
        );
        assert!(html.contains(r#"<meta property="og:url" content="https://exhibit.example.org/zh/event/nanjing-day-2026">"#));
        assert!(html.contains(r#"<link rel="alternate" hreflang="de" href="https://exhibit.example.org/de/event/nanjing-day-2026">"#));
        assert!(html.contains(r#"<meta property="og:image" content="https://exhibit.example.org/previews/zh/event/nanjing-day-2026.jpg"><meta property="og:image:type" content="image/jpeg"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="预览图：南京日">"#));
        assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
        assert!(html.contains(r#"<script type="module" src="/start-42.js"></script>"#));
        let still = template.still(Lang::Zh, "预览", "<main>图</main>");
        assert!(
            still.contains("<link href=/style-1.css rel=stylesheet>"),
            "{still}"
        );
        assert!(!still.contains("<script"), "{still}");
        assert!(still.contains("<body><main>图</main></body>"), "{still}");
        assert!(!html.contains("await init()"), "no inline script left");
        // Trunk's own note gives way to the build's: the page's, and the shell's with links.
        assert!(!html.contains("<p>JS</p>") && !template.shell().contains("<p>JS</p>"));
        assert!(html.contains(&format!(
            "<body>{}<div id=\"app\"><main>内容</main></div></body>",
            noscript_note(false)
        )));
        assert!(template.shell().contains(&noscript_note(true)));
        assert!(template.shell().contains(APP_ROOT));
        // The shell's cover follows the empty root (the stylesheet shows it only there), in
        // each language; a prerendered page has none.
        let shell = template.shell();
        assert!(
            shell.contains(&format!("{APP_ROOT}{}", shell_cover())),
            "{shell}"
        );
        for lang in Lang::ALL {
            assert!(shell.contains(&format!(r#"<p lang="{}">"#, lang.html_lang())));
            assert!(shell.contains(&escape(ui(lang).site_tagline)));
            let name = escape(ui(lang).site_title);
            assert_eq!(
                shell_cover().matches(&name).count(),
                1,
                "{name} on the cover"
            );
        }
        assert!(!html.contains("shell-cover"));
    }

    #[test]
    fn the_head_asks_for_what_the_first_paint_needs_before_the_app() {
        // As Trunk writes it: the two small scripts first, the app's files last.
        let head = "<meta charset=utf-8><meta content=\"default-src 'self'\" http-equiv=Content-Security-Policy>\
            <script src=/data-style-1.js></script><script src=/timeline-layout-1.js></script>\
            <link as=font crossorigin href=/fonts/latin-400.woff2 rel=preload type=font/woff2>\
            <link href=/faces-1.css rel=stylesheet><link href=/style-1.css rel=stylesheet>\
            <link href=/favicon.svg rel=icon type=image/svg+xml>\
            <script type=\"module\" src=\"/start-1.js\"></script>\
            <link crossorigin href=/app-1.js rel=modulepreload>\
            <link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm>\
            <link rel=\"preload\" href=\"/content-1.bin\" as=\"fetch\" crossorigin>";
        let ordered = first_paint_order(head);
        let at = |what: &str| {
            ordered
                .find(what)
                .unwrap_or_else(|| panic!("{what} lost: {ordered}"))
        };
        assert_eq!(ordered.len(), head.len(), "{ordered}");
        assert!(at("charset") < at("Content-Security-Policy"));
        assert!(at("Content-Security-Policy") < at("latin-400"));
        assert!(at("latin-400") < at("faces-1.css") && at("faces-1.css") < at("style-1.css"));
        assert!(at("style-1.css") < at("data-style-1.js"));
        assert!(at("data-style-1.js") < at("timeline-layout-1.js"));
        for app_file in ["start-1.js", "app-1.js", "app-1_bg.wasm", "content-1.bin"] {
            assert!(at("timeline-layout-1.js") < at(app_file), "{ordered}");
        }
        assert!(ordered.contains("<script src=/data-style-1.js></script>"));
        assert!(ordered.ends_with("<link href=/favicon.svg rel=icon type=image/svg+xml>"));
    }

    #[test]
    fn component_marks_lose_their_type_names_and_nothing_else() {
        let rendered = "<!--<[a::App]>--><div><!--<[a::b::Link<c::D>]>--><a href=\"/de\">x &lt;!--&lt;[y]&gt;--&gt;</a><!--</[a::b::Link<c::D>]>--><!-- <[keep]> --><!--<#>--><p>raw</p><!--</#>--></div><!--</[a::App]>-->";
        assert_eq!(
            short_component_marks(rendered),
            "<!--<[]>--><div><!--<[]>--><a href=\"/de\">x &lt;!--&lt;[y]&gt;--&gt;</a><!--</[]>--><!-- <[keep]> --><!--<#>--><p>raw</p><!--</#>--></div><!--</[]>-->"
        );
        assert_eq!(short_component_marks("<p>no marks</p>"), "<p>no marks</p>");
    }

    #[test]
    fn a_page_without_an_app_root_is_refused_with_a_reason() {
        let error = Template::parse("<html><head></head><body></body></html>").unwrap_err();
        assert!(error.0.contains("<div id=\"app\">"), "{error}");
        let error = Template::parse("<p>no page</p>").unwrap_err();
        assert!(error.0.contains("<head>"), "{error}");
    }

    #[test]
    fn files_and_alternates_follow_the_address() {
        let root = page(Route::Root);
        assert_eq!(root.file(), "index.html");
        let event = page(Route::Event {
            lang: Lang::En,
            id: "x".into(),
        });
        assert_eq!(event.path, "/en/event/x");
        assert_eq!(event.file(), "en/event/x/index.html");
        assert_eq!(alternates("/"), None);
        assert_eq!(
            alternates("/en").expect("a language").last(),
            Some(&("x-default", "/de".to_string()))
        );
    }

    #[test]
    fn an_embed_page_is_not_indexed_and_names_its_full_view() {
        let template = Template::parse(TRUNK).expect("a usable page");
        let meta = PageMeta {
            lang: Lang::De,
            title: "Handel – Nanjing – Stuttgart".into(),
            description: "Zahlen".into(),
            kind: "website",
            preview: crate::preview::Preview::View {
                lang: Lang::De,
                view: crate::preview::PreviewView::Charts,
            },
            preview_alt: "Vorschaubild".into(),
        };
        let origin = "https://www.example.org/ausstellung";
        let embed = template.page(&meta, "/embed/de/event/x-1", origin, "<main></main>");
        assert!(embed.contains(r#"<meta name="robots" content="noindex">"#));
        assert!(embed.contains(
            r#"<link rel="canonical" href="https://www.example.org/ausstellung/de/event/x-1">"#
        ));
        assert!(embed.contains(
            r#"<meta property="og:url" content="https://www.example.org/ausstellung/de/event/x-1">"#
        ));
        let chart = template.page(&meta, "/embed/zh/chart/trade", origin, "<main></main>");
        assert!(chart.contains(
            r#"<link rel="canonical" href="https://www.example.org/ausstellung/zh/charts">"#
        ));
        let view = template.page(&meta, "/de/event/x-1", origin, "<main></main>");
        assert!(!view.contains("noindex"), "{view}");
        let all = vec![
            page(Route::Charts { lang: Lang::De }),
            page(Route::EmbedEvent {
                lang: Lang::De,
                id: "x-1".into(),
            }),
        ];
        let xml = sitemap(&all, origin);
        assert!(
            xml.contains("/de/charts") && !xml.contains("embed"),
            "{xml}"
        );
    }

    #[test]
    fn every_chart_and_event_has_an_embed_in_every_language() {
        let content = crate::content_file::content();
        let all = pages(content);
        let embeds: Vec<&Page> = all.iter().filter(|p| p.route.is_embed()).collect();
        let charts = crate::charts::charts(content).len();
        assert_eq!(embeds.len(), 3 * (charts + content.events.len()));
        for lang in Lang::ALL {
            for event in &content.events {
                let path = format!("/embed/{lang}/event/{}", event.id);
                assert!(embeds.iter().any(|p| p.path == path), "{path}");
            }
        }
        assert!(embeds.iter().all(|p| p.file().starts_with("embed/")));
    }
}
