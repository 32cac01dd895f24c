//! The views as a visitor's browser first receives them, rendered by Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

use nanjing_stuttgart::app::{ServerApp, ServerAppProps};
use nanjing_stuttgart::crash::{CRASH_LINES, RESTART_LABEL};
use yew::LocalServerRenderer;

async fn render(path: &str) -> String {
    LocalServerRenderer::<ServerApp>::with_props(ServerAppProps { path: path.into() })
        .hydratable(false)
        .render()
        .await
}

fn heading(html: &str) -> &str {
    let open = html.find("<h1").expect("the view has a heading");
    let start = open + html[open..].find('>').expect("the heading's tag ends") + 1;
    let end = html[start..].find("</h1>").expect("the heading is closed") + start;
    &html[start..end]
}

#[tokio::test]
async fn every_view_has_its_heading_in_each_language() {
    let expected = [
        ("/de", "Nanjing und Stuttgart"),
        ("/zh", "南京与斯图加特"),
        ("/en", "Nanjing and Stuttgart"),
        ("/de/charts", "Handel und Investitionen"),
        ("/zh/charts", "贸易与投资"),
        ("/en/charts", "Trade and investment"),
        ("/de/about", "Über diese Ausstellung"),
        ("/zh/about", "关于本展览"),
        ("/en/about", "About this exhibition"),
    ];
    for (path, title) in expected {
        let html = render(path).await;
        assert_eq!(heading(&html), title, "heading of {path}");
    }
}

/// The opening tag of the first element whose opening tag contains `needle`.
fn tag_with<'a>(html: &'a str, needle: &str) -> &'a str {
    html.split('<')
        .find(|tag| tag.split('>').next().unwrap_or_default().contains(needle))
        .and_then(|tag| tag.split('>').next())
        .unwrap_or_else(|| panic!("no element with {needle} in {html}"))
}

#[tokio::test]
async fn the_shell_is_marked_with_the_language_of_the_address() {
    let zh = render("/zh/about").await;
    assert!(tag_with(&zh, r#"class="shell""#).contains(r#"lang="zh-Hans""#));
    let en = render("/en").await;
    assert!(tag_with(&en, r#"class="shell""#).contains(r#"lang="en""#));
}

#[tokio::test]
async fn the_language_switcher_keeps_the_view_and_marks_the_current_language() {
    let html = render("/de/event/garden").await;
    assert!(html.contains(r#"href="/zh/event/garden""#), "{html}");
    assert!(html.contains(r#"href="/en/event/garden""#));
    assert!(tag_with(&html, r#"href="/zh/event/garden""#).contains(r#"lang="zh-Hans""#));
    let current = tag_with(&html, r#"href="/de/event/garden""#);
    assert!(current.contains(r#"aria-current="page""#), "{current}");
    let other = tag_with(&html, r#"href="/en/event/garden""#);
    assert!(!other.contains("aria-current"), "{other}");
}

#[tokio::test]
async fn the_navigation_marks_the_current_view() {
    let html = render("/en/charts").await;
    let charts_link = tag_with(&html, r#"href="/en/charts" aria-current"#);
    assert!(charts_link.contains("nav-link"), "{charts_link}");
    let timeline_link = tag_with(&html, r#"href="/en" class="nav-link "#);
    assert!(!timeline_link.contains("aria-current"), "{timeline_link}");
}

#[tokio::test]
async fn an_unknown_address_shows_the_not_found_view() {
    for path in [
        "/fr",
        "/de/nowhere",
        "/de/event",
        "/%F0%9F%98%80",
        "/de/about/x/y",
    ] {
        let html = render(path).await;
        assert_eq!(heading(&html), "Seite nicht gefunden", "{path}");
        assert!(html.contains("Zur Startseite"));
    }
    // An address that names a language is answered in it.
    for (path, heading_shown) in [
        ("/zh/nowhere", "找不到该页面"),
        ("/en/charts/2099/x", "Page not found"),
    ] {
        let html = render(path).await;
        assert_eq!(heading(&html), heading_shown, "{path}");
    }
}

#[tokio::test]
async fn an_unknown_event_says_so_and_leads_back_to_the_timeline() {
    let html = render("/zh/event/no-such-event").await;
    assert_eq!(heading(&html), "没有找到这个事件");
    assert!(html.contains(r#"href="/zh""#));
}

#[tokio::test]
async fn the_root_offers_every_language_before_the_app_moves_on() {
    let html = render("/").await;
    for (href, name) in [("/de", "Deutsch"), ("/zh", "中文"), ("/en", "English")] {
        assert!(html.contains(&format!(r#"href="{href}""#)), "{href}");
        assert!(html.contains(name), "{name}");
    }
}

#[test]
fn the_crash_notice_speaks_all_three_languages() {
    let langs: Vec<_> = CRASH_LINES.iter().map(|(lang, _)| *lang).collect();
    assert_eq!(langs, ["de", "zh-Hans", "en"]);
    assert!(RESTART_LABEL.contains("Neu starten") && RESTART_LABEL.contains("重新开始"));
}

#[tokio::test]
async fn an_event_card_shows_its_date_text_and_sources_in_the_language_of_the_address() {
    let zh = render("/zh/event/bw-jiangsu-partnership").await;
    assert_eq!(heading(&zh), "巴登-符腾堡州与江苏省建立友好省州关系");
    assert!(
        zh.contains("1994年"),
        "the year as a Chinese reader writes it"
    );
    assert!(zh.contains("Staatsministerium Baden-Württemberg"));
    let title = tag_with(&zh, r#"class="source-title""#);
    assert!(
        title.contains(r#"lang="de""#),
        "a German source title is marked German: {title}"
    );
    let en = render("/en/event/bw-jiangsu-partnership").await;
    assert_eq!(
        heading(&en),
        "Baden-Württemberg and Jiangsu become partners"
    );
}

#[tokio::test]
async fn the_about_page_lists_every_source_once() {
    let content = nanjing_stuttgart::content_file::content();
    let html = render("/de/about").await;
    let listed = html.matches(r#"class="source-title""#).count();
    assert_eq!(listed, content.all_sources().len());
    assert!(listed > 0);
    assert!(html.contains("Wie die Zahlen zusammengetragen wurden"));
}

#[tokio::test]
async fn key_figures_are_formatted_for_each_reader() {
    let de = render("/de/charts").await;
    assert!(de.contains(">315<"), "{de}");
    let zh = render("/zh/charts").await;
    assert!(zh.contains("南京德资项目"));
}

#[tokio::test]
async fn every_series_is_a_table_with_its_unit_status_and_gaps() {
    let html = render("/de/charts").await;
    assert!(html.contains("Die Zahlen Jahr für Jahr"));
    for title in [
        "Warenhandel Deutschland–China",
        "Handel China–Deutschland laut chinesischem Zoll",
        "Exporte Baden-Württembergs nach China",
        "Importe Baden-Württembergs aus China",
        "Investitionsprojekte chinesischer Unternehmen in Deutschland (GTAI)",
        "Deutsche Großinvestitionen in Nanjing (in Euro gemeldet)",
        "Großinvestitionen mit deutscher Beteiligung in Nanjing (in US-Dollar gemeldet)",
    ] {
        assert!(html.contains(title), "no table for {title}");
    }
    // The Destatis series: 2015 as an estimate, the 2023 revision, and no row for 2013.
    let start = html
        .find(r#"id="data-germany-china-trade-eur""#)
        .expect("the Destatis table");
    let table = &html[start..start + html[start..].find("</table>").expect("closed")];
    assert!(table.contains(r#"data-year="2015""#) && table.contains("geschätzt"));
    assert!(table.contains("korrigiert") && table.contains("254,5"));
    assert!(
        !table.contains(r#"data-year="2013""#),
        "a gap must stay a gap"
    );
    assert!(table.contains("251,8\u{a0}Mrd.\u{a0}€"));
    let zh = render("/zh/charts").await;
    assert!(zh.contains("逐年数据") && zh.contains("2518亿欧元"));
    assert!(zh.contains("单位：十亿欧元"), "a Chinese colon after 单位");
}

#[tokio::test]
async fn a_value_s_status_class_comes_from_the_status_in_every_language() {
    for path in ["/de/charts", "/zh/charts", "/en/charts"] {
        let html = render(path).await;
        for status in ["reported", "revised", "estimate"] {
            assert!(
                html.contains(&format!("status status-{status}\"")),
                "{path}: no cell of status {status}"
            );
        }
        // Not the English word for it (`estimated`), nor the German or Chinese one.
        for wrong in ["status-estimated", "status-geschätzt", "status-估"] {
            assert!(!html.contains(wrong), "{path}: {wrong}");
        }
    }
}

#[tokio::test]
async fn every_source_shows_what_kind_of_page_it_is_in_the_visitor_s_language() {
    use nanjing_stuttgart::content::SourceKind;
    use nanjing_stuttgart::content_file::content;
    let count = |html: &str, needle: &str| html.matches(needle).count();
    // On an event's card: one kind per source, in the language of the address.
    let event = content()
        .events
        .iter()
        .find(|e| e.sources.iter().any(|s| s.kind == SourceKind::PressRelease))
        .expect("an event citing a press release");
    for (lang, word) in [
        ("de", "Pressemitteilung"),
        ("zh", "新闻稿"),
        ("en", "press release"),
    ] {
        let html = render(&format!("/{lang}/event/{}", event.id)).await;
        let card = &html[html.find("event-card").expect("a card")..];
        assert_eq!(
            count(card, "class=\"source-kind\""),
            event.sources.len(),
            "{lang}: a kind for every source"
        );
        assert!(card.contains(word), "{lang}: {word}");
    }
    // The charts: each chart's source line and each key figure's source say their kind.
    let charts = render("/de/charts").await;
    for meta in charts.split("class=\"chart-meta\"").skip(1) {
        let line = &meta[..meta.find("</p>").expect("closed")];
        assert!(
            [
                "amtliche Statistik",
                "Nachrichtenmedium",
                "Regierung oder Verwaltung",
                "Pressemitteilung",
                "Kopie",
                "Angabe des Unternehmens"
            ]
            .iter()
            .any(|kind| line.contains(kind)),
            "a chart's sources without their kind: {line}"
        );
    }
    for figure in &content().figures {
        let start = charts
            .find(&format!("data-figure=\"{}\"", figure.id))
            .expect("a tile");
        let tile = &charts[start..start + charts[start..].find("</summary>").expect("a summary")];
        assert!(tile.contains("Quelle: "), "{tile}");
    }
    // The about page counts the sources of each kind, and the counts add up.
    let about = render("/en/about").await;
    let total: usize = SourceKind::ALL
        .iter()
        .map(|kind| {
            let start = about
                .find(&format!("data-kind=\"{}\"", kind.code()))
                .expect("a line per kind");
            let line = &about[start..start + about[start..].find("</li>").expect("closed")];
            line.rsplit(' ')
                .next()
                .and_then(|n| n.trim().parse::<usize>().ok())
                .expect("a count")
        })
        .sum();
    assert_eq!(total, content().all_sources().len());
    assert!(about.contains("official statistics") && about.contains("What kind of source"));
}

#[tokio::test]
async fn a_verified_event_on_its_issuer_s_word_says_so_on_its_card() {
    for (lang, label, part) in [
        (
            "de",
            "Nach eigenen Angaben",
            "Pressemitteilung des Unternehmens",
        ),
        ("zh", "据当事方自述", "新闻稿"),
        ("en", "By the issuer's own account", "press release"),
    ] {
        let html = render(&format!("/{lang}/event/thyssenkrupp-crankshaft-plant")).await;
        let start = html
            .find("class=\"confidence\"")
            .expect("the note on the card");
        let note = &html[start..start + html[start..].find("</p>").expect("closed")];
        assert!(
            note.contains(&label.replace('\'', "&#39;")) || note.contains(label),
            "{lang}: {note}"
        );
        assert!(note.contains(part), "{lang}: {note}");
    }
}

#[tokio::test]
async fn an_event_with_figures_leads_to_them() {
    let html = render("/en/event/bosch-aftermarket-plant").await;
    assert!(html.contains("Figures for this event"));
    assert!(html.contains(r#"data-series="german-investments-nanjing-eur""#));
    assert!(html.contains("€120m"), "{html}");
    assert!(html.contains(r#"href="/en/charts?year=2013""#), "{html}");
}

/// A figure's label joins the series and its year as each reader writes it: a Chinese reader
/// sees a full-width comma with no space after it.
#[tokio::test]
async fn a_figure_s_label_joins_series_and_year_with_the_reader_s_comma() {
    for (lang, ending) in [("de", ", 2013"), ("zh", "，2013年"), ("en", ", 2013")] {
        let html = render(&format!("/{lang}/event/bosch-aftermarket-plant")).await;
        let (_, after) = html
            .split_once(r#"class="event-figure-label">"#)
            .unwrap_or_else(|| panic!("{lang}: no figure label in {html}"));
        let label = text_of(after.split("</span>").next().unwrap_or_default());
        assert!(label.ends_with(ending), "{lang}: {label}");
        assert_eq!(
            label.matches(',').count() + label.matches('，').count(),
            1,
            "{lang}: {label}"
        );
        if lang == "zh" {
            assert!(
                !label.contains(','),
                "a Latin comma on the Chinese card: {label}"
            );
        }
    }
}

/// On every Chinese page the exhibit's own words punctuate as a Chinese reader expects: no
/// Latin comma or colon right after a Chinese character or bracket, also in the texts only a
/// screen reader reads. A source's title is quoted as its publisher wrote it, so it is left out.
#[tokio::test]
async fn chinese_pages_use_chinese_commas_and_colons() {
    use nanjing_stuttgart::content_file::content;
    use nanjing_stuttgart::prerender::pages;
    let chinese = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c) || "）》」".contains(c);
    let mut checked = 0;
    for page in pages(content()) {
        if !page.path.starts_with("/zh") {
            continue;
        }
        let html = render(&page.path).await;
        let own: String = html
            .split(r#"class="source-title""#)
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once("</a>").map_or("", |(_, rest)| rest)
                }
            })
            .collect();
        let text = text_of(&own);
        let chars: Vec<char> = text.chars().collect();
        for pair in chars.windows(2) {
            assert!(
                !(chinese(pair[0]) && (pair[1] == ',' || pair[1] == ':')),
                "{}: {}{} in {}",
                page.path,
                pair[0],
                pair[1],
                text
            );
        }
        checked += 1;
    }
    assert!(checked > 40, "{checked} Chinese pages");
}

/// Every page the build prerenders: it has one main heading, its own title and description,
/// and no `style` attribute, which the Content-Security-Policy would refuse (positions and
/// colours travel as `data-style`, applied through the CSSOM).
#[tokio::test]
async fn every_prerendered_page_has_a_heading_a_title_and_no_inline_style() {
    use nanjing_stuttgart::content_file::content;
    use nanjing_stuttgart::meta::page_meta;
    use nanjing_stuttgart::prerender::pages;
    let all = pages(content());
    // Per language: timeline, charts, about, the four legal pages and every event; and the
    // embed of every chart and every event.
    let charts = nanjing_stuttgart::charts::charts(content()).len();
    let events = content().events.len();
    assert_eq!(all.len(), 1 + 3 * (3 + 4 + events) + 3 * (charts + events));
    let mut titles = std::collections::BTreeSet::new();
    for page in &all {
        let html = render(&page.path).await;
        assert!(
            !html.contains(" style="),
            "{}: a style attribute",
            page.path
        );
        assert!(html.contains("<h1"), "{}: no heading", page.path);
        let meta = page_meta(&page.route, content());
        assert!(!meta.description.is_empty(), "{}", page.path);
        assert!(meta.description.chars().count() <= 160, "{}", page.path);
        // An event's embed is titled like the event (which it shows); it is not indexed.
        if !page.route.is_embed() {
            titles.insert(meta.title);
        }
    }
    // Each page is told apart in a browser tab and in search results (the root and the German
    // start page share theirs).
    let embeds = all.iter().filter(|page| page.route.is_embed()).count();
    assert_eq!(titles.len(), all.len() - embeds - 1);
}

/// A card's photograph: WebP sizes with a JPEG fallback, its shape in width and height, lazy;
/// the caption with credit, the licence linked on the web (not on a kiosk) and the original.
#[tokio::test]
async fn a_photograph_is_a_picture_with_sizes_and_its_caption() {
    use nanjing_stuttgart::components::picture_figure::picture_figure;
    use nanjing_stuttgart::content::{Crop, PhotoSizes, Picture, Text};
    use nanjing_stuttgart::i18n::Lang;
    use yew::prelude::*;

    let picture = Picture {
        id: "harbour".into(),
        file: "pictures/harbour.jpg".into(),
        alt: Text {
            de: "Der Hafen".into(),
            zh: "港口".into(),
            en: "The harbour".into(),
        },
        credit: Text {
            de: "Foto: A. Fotografin".into(),
            zh: "摄影：A. Fotografin".into(),
            en: "Photo: A. Fotografin".into(),
        },
        licence: "CC BY 4.0".into(),
        licence_url: Some("https://creativecommons.org/licenses/by/4.0/".into()),
        source: Some("Stadtarchiv Stuttgart, F 1234".into()),
        source_url: Some("https://archiv.example.org/f1234".into()),
        sizes: Some(PhotoSizes {
            stem: "pictures/harbour".into(),
            hash: "0123456789abcdef".into(),
            widths: vec![480, 960, 1440],
            width: 1440,
            height: 810,
            crop: Crop {
                x: 0,
                y: 0,
                width: 8660,
                height: 4871,
            },
        }),
    };
    #[derive(Properties, PartialEq)]
    struct FigureProps {
        picture: Picture,
        kiosk: bool,
        lang: Lang,
    }
    #[component]
    fn Figure(props: &FigureProps) -> Html {
        picture_figure(props.lang, &props.picture, props.kiosk)
    }
    let render_in = |lang: Lang, kiosk: bool| {
        LocalServerRenderer::<Figure>::with_props(FigureProps {
            picture: picture.clone(),
            kiosk,
            lang,
        })
        .hydratable(false)
        .render()
    };
    let render = |kiosk: bool| render_in(Lang::De, kiosk);
    let web = render(false).await;
    assert!(web.contains("<picture>"), "{web}");
    let source = tag_with(&web, "source type");
    assert!(source.contains(r#"type="image/webp""#), "{source}");
    assert!(source.contains("srcset=\"/pictures/harbour-480-0123456789abcdef.webp 480w, /pictures/harbour-960-0123456789abcdef.webp 960w, /pictures/harbour-1440-0123456789abcdef.webp 1440w\""), "{source}");
    assert!(
        source.contains(r#"sizes="(max-width: 32rem) 100vw, 28rem""#),
        "{source}"
    );
    let img = tag_with(&web, "img src");
    for attribute in [
        r#"src="/pictures/harbour-480-0123456789abcdef.jpg""#,
        "/pictures/harbour-1440-0123456789abcdef.jpg 1440w",
        r#"sizes="(max-width: 32rem) 100vw, 28rem""#,
        r#"width="1440""#,
        r#"height="810""#,
        r#"loading="lazy""#,
        r#"alt="Der Hafen""#,
    ] {
        assert!(img.contains(attribute), "{attribute} in {img}");
    }
    assert!(web.contains("Foto: A. Fotografin"), "{web}");
    assert!(web.contains(r#"<a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">CC BY 4.0</a>"#), "{web}");
    assert!(web.contains(r#"Original: <a href="https://archiv.example.org/f1234" rel="noopener noreferrer">Stadtarchiv Stuttgart, F 1234</a>"#), "{web}");

    let kiosk = render(true).await;
    assert!(!kiosk.contains("<a "), "no links on a kiosk: {kiosk}");
    assert!(kiosk.contains("CC BY 4.0") && kiosk.contains("Stadtarchiv Stuttgart, F 1234"));

    // Each language reads the credit as it was written for it.
    let zh = render_in(Lang::Zh, false).await;
    assert!(
        zh.contains("摄影：A. Fotografin") && !zh.contains("Foto:"),
        "{zh}"
    );
    let en = render_in(Lang::En, true).await;
    assert!(
        en.contains("Photo: A. Fotografin") && !en.contains("Foto:"),
        "{en}"
    );
}

/// The drawings stay as they were: one SVG file, its frame's shape, credit and licence.
#[tokio::test]
async fn a_drawing_is_its_svg_file() {
    let html = render("/en/event/chinese-garden-iga-1993").await;
    let at = html
        .find(r#"class="event-picture""#)
        .expect("the card's picture");
    let figure = &html[at..];
    let figure = &figure[..figure.find("</figure>").expect("closed")];
    let img = tag_with(figure, "img src");
    assert_eq!(
        img,
        r#"img src="/pictures/garden.svg" alt="Drawing: a Chinese pavilion with a curved roof by a pond with an arched bridge" width="320" height="180""#
    );
    assert!(!figure.contains("<picture>"));
    assert!(figure.contains("Illustration: exhibition team") && figure.contains("CC BY 4.0"));
    let zh = render("/zh/event/chinese-garden-iga-1993").await;
    assert!(zh.contains("插画：展览团队") && !zh.contains("Ausstellungsteam"));
}

#[tokio::test]
async fn every_web_view_has_the_footer_with_four_links_and_the_date_but_no_kiosk() {
    let expected = [
        (
            "de",
            [
                "Impressum",
                "Datenschutzerklärung",
                "Erklärung zur Barrierefreiheit",
                "Kontakt",
            ],
            "Stand: 30. November 2026",
        ),
        (
            "zh",
            [
                "网站信息（Impressum）",
                "隐私声明",
                "无障碍声明",
                "联系方式",
            ],
            "更新日期：2026年11月30日",
        ),
        (
            "en",
            [
                "Legal notice (Impressum)",
                "Privacy notice",
                "Accessibility statement",
                "Contact",
            ],
            "As of 30 November 2026",
        ),
    ];
    for (lang, titles, date) in expected {
        for view in [
            "",
            "/charts",
            "/about",
            "/imprint",
            "/privacy",
            "/accessibility",
            "/contact",
        ] {
            let html = render(&format!("/{lang}{view}")).await;
            let footer = &html[html.find("<footer").expect("a footer")..];
            for (title, code) in
                titles
                    .iter()
                    .zip(["imprint", "privacy", "accessibility", "contact"])
            {
                assert!(
                    footer.contains(&format!("href=\"/{lang}/{code}\"")),
                    "{lang}{view}: {code}"
                );
                assert!(footer.contains(title), "{lang}{view}: {title}");
            }
            let text: String = footer
                .split('<')
                .map(|part| part.split_once('>').map_or(part, |(_, t)| t))
                .collect();
            assert!(text.contains(date), "{lang}{view}: {text}");
        }
        let kiosk = render(&format!("/{lang}?mode=kiosk")).await;
        assert!(kiosk.contains("<footer") || !kiosk.contains("<footer"));
    }
}

#[tokio::test]
async fn each_legal_page_renders_in_three_languages_with_placeholders_marked() {
    for lang in ["de", "zh", "en"] {
        for code in ["imprint", "privacy", "accessibility", "contact"] {
            let html = render(&format!("/{lang}/{code}")).await;
            assert!(html.contains(&format!("page-{code}")), "{lang}/{code}");
            assert!(
                html.contains("<mark class=\"placeholder\">[[PLATZHALTER"),
                "{lang}/{code}"
            );
        }
    }
    let privacy = render("/de/privacy").await;
    assert!(privacy.contains("<h1>Datenschutzerklärung</h1>"));
    assert!(privacy.contains("keine Cookies"));
    let about = render("/en/about").await;
    assert!(about.contains("href=\"../licenses/fonts.txt\""));
    assert!(about.contains("href=\"../licenses/crates.txt\""));
    assert!(about.contains("href=\"/en/accessibility\""));
}

/// The text of `html` without its tags, as a reader sees it (roughly: spaces where tags were).
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                text.push(' ');
            }
            _ if !inside => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn a_chart_embed_is_the_chart_alone_with_its_sources_and_a_link_to_the_exhibit() {
    use nanjing_stuttgart::charts::charts;
    use nanjing_stuttgart::content_file::content;
    for (lang, open, new_tab, sources) in [
        (
            "de",
            "In der Ausstellung öffnen",
            "(öffnet in einem neuen Tab)",
            "Quellen: ",
        ),
        ("zh", "在展览中打开", "（在新标签页中打开）", "来源："),
        (
            "en",
            "Open in the exhibition",
            "(opens in a new tab)",
            "Sources: ",
        ),
    ] {
        for chart in charts(content()) {
            let path = format!("/embed/{lang}/chart/{}", chart.id);
            let html = render(&path).await;
            let text = text_of(&html);
            // No header, footer, navigation or kiosk parts: the chart, its words and table.
            for absent in [
                "site-header",
                "site-footer",
                "main-nav",
                "skip-link",
                "take-home",
            ] {
                assert!(!html.contains(absent), "{path}: {absent}");
            }
            assert_eq!(html.matches("<h1").count(), 1, "{path}");
            assert!(html.contains(r#"class="chart-summary""#), "{path}");
            assert!(html.contains("<table"), "{path}: the data as a table");
            // The source line names every publisher of the chart's series.
            assert!(text.contains(sources), "{path}: {text}");
            for series in &chart.series {
                for source in &series.sources {
                    assert!(
                        text.contains(&source.publisher),
                        "{path}: {}",
                        source.publisher
                    );
                }
            }
            // Downloads and a second embed code are the full view's, not the frame's.
            assert!(
                !html.contains("chart-download") && !html.contains("embed-code"),
                "{path}"
            );
            let link = tag_with(&html, "embed-open");
            assert!(
                link.contains(&format!(r##"href="/{lang}/charts#{}""##, chart.id)),
                "{path}: {link}"
            );
            assert!(link.contains(r#"target="_blank""#) && link.contains(r#"rel="noopener""#));
            assert!(
                text.contains(&format!("{open} {new_tab}")),
                "{path}: {text}"
            );
        }
    }
}

#[tokio::test]
async fn an_event_embed_is_the_card_alone_and_never_leads_inside_the_frame() {
    use nanjing_stuttgart::content_file::content;
    let html = render("/embed/zh/event/bosch-aftermarket-plant").await;
    let text = text_of(&html);
    assert!(text.contains("来源"), "{text}");
    assert!(html.contains(r#"class="source-list""#));
    assert!(!html.contains("site-header") && !html.contains("site-footer"));
    // Neither the neighbours nor "close": inside a frame they would turn it into the exhibit.
    assert!(!html.contains("event-neighbours") && !html.contains("close-card"));
    assert!(
        !html.contains("embed-code"),
        "no embed code inside an embed"
    );
    // Every link leaves the frame for a new tab.
    for tag in html.split("<a ").skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        assert!(tag.contains(r#"target="_blank""#), "{tag}");
    }
    assert!(html.contains(r#"href="/zh/charts?year=2013""#), "{html}");
    let link = tag_with(&html, "embed-open");
    assert!(
        link.contains(r#"href="/zh/event/bosch-aftermarket-plant""#),
        "{link}"
    );
    assert!(text.contains("在展览中打开"));
    // Every event's embed shows its title and its sources.
    for event in &content().events {
        let html = render(&format!("/embed/de/event/{}", event.id)).await;
        assert!(html.contains(event.title.get(nanjing_stuttgart::i18n::Lang::De)));
        assert!(html.contains(r#"class="source-list""#), "{}", event.id);
    }
}

#[tokio::test]
async fn an_embed_of_nothing_says_so_in_its_language() {
    for (path, heading_text) in [
        (
            "/embed/de/chart/no-such-chart",
            "Diese Grafik gibt es hier nicht",
        ),
        ("/embed/zh/chart/no-such-chart", "没有找到这张图表"),
        ("/embed/en/event/no-such-event", "No such event here"),
        ("/embed/zh/event/%E5%8D%97", "没有找到这个事件"),
    ] {
        let html = render(path).await;
        assert_eq!(heading(&html), heading_text, "{path}");
        assert!(!html.contains("site-header"), "{path}: still an embed");
        assert!(tag_with(&html, "embed-open").contains(r#"target="_blank""#));
    }
}

#[tokio::test]
async fn the_web_card_and_charts_offer_the_embed_code_and_a_kiosk_does_not() {
    let card = render("/de/event/bosch-aftermarket-plant").await;
    assert!(
        text_of(&card).contains("Einbettungscode kopieren"),
        "{card}"
    );
    let charts = render("/zh/charts").await;
    let count = nanjing_stuttgart::charts::charts(nanjing_stuttgart::content_file::content()).len();
    assert_eq!(charts.matches("复制嵌入代码").count(), count);
    for path in [
        "/de/event/bosch-aftermarket-plant?mode=kiosk",
        "/de/charts?mode=kiosk",
    ] {
        let kiosk = LocalServerRenderer::<nanjing_stuttgart::app::App>::with_props(
            nanjing_stuttgart::app::AppProps {
                history: nanjing_stuttgart::history::History::memory(path),
                hydrating: false,
            },
        )
        .hydratable(false)
        .render()
        .await;
        assert!(kiosk.contains("take-home"), "{path}: rendered as a kiosk");
        assert!(!kiosk.contains("embed-code"), "{path}");
    }
}

#[test]
fn the_embed_code_frames_the_embed_at_the_public_address() {
    use nanjing_stuttgart::components::embed_code::embed_snippet;
    let snippet = embed_snippet(
        "https://www.example.org/ausstellung/embed/de/chart/trade",
        "Handel \"Nanjing\" – Nanjing – Stuttgart",
        640,
    );
    assert!(snippet.starts_with(
        r#"<iframe src="https://www.example.org/ausstellung/embed/de/chart/trade" title="Handel &quot;Nanjing&quot; – Nanjing – Stuttgart""#
    ));
    for part in [
        r#"loading="lazy""#,
        r#"height="640""#,
        r#"width="800""#,
        "</iframe>",
    ] {
        assert!(snippet.contains(part), "{snippet}");
    }
}
