//! The build's last Rust step (scripts/build.sh runs it after Trunk): writes every view as a
//! static page into the build folder, with the app's own server renderer, so visitors see
//! content before the WebAssembly arrives and the app hydrates it.
//!
//!     cargo run --bin prerender -- dist [https://public.address] [preview-pages]
//!
//! Given a third folder, also writes there each link preview's page
//! (`components::preview_card`), `previews/de/event/<id>.html` beside where its picture goes,
//! for scripts/draw-previews.mjs to photograph; those pages are never served.
//!
//! Also writes `app.html` (the empty shell for addresses that are not prerendered),
//! `sitemap.xml`, `robots.txt`, the content file the app fetches (`content-<hash>.bin`), and
//! moves Trunk's inline start script into a file, which the Content-Security-Policy requires.
//! Appends the categories' colours to Trunk's stylesheet (a new `style-<hash>.css`, with its
//! integrity hash in every page), so the first paint has them.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use nanjing_stuttgart::app::{App, AppProps};
    use nanjing_stuttgart::content_file::{content, encoded, fnv1a};
    use nanjing_stuttgart::history::History;
    use nanjing_stuttgart::meta::page_meta;
    use nanjing_stuttgart::prerender::{category_colours, pages, sitemap, start_script, Template};
    use std::path::Path;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = Path::new(args.first().map_or("dist", String::as_str)).to_path_buf();
    let origin = args
        .get(1)
        .cloned()
        .or_else(|| std::env::var("EXHIBIT_ORIGIN").ok())
        .unwrap_or_else(|| "http://127.0.0.1:8080".into())
        .trim_end_matches('/')
        .to_string();
    let fail = |message: String| -> ! {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    };
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index)
        .unwrap_or_else(|e| fail(format!("cannot read {}: {e}", index.display())));
    let mut template = Template::parse(&html).unwrap_or_else(|e| fail(e.0));
    // The categories' colours go into the stylesheet, so the topic chips have them in the first
    // paint (see `category_colours`), and the rules that give a narrow era band its short name
    // (`era_names::ladder_rules`): a new file, named and hashed as Trunk names and hashes.
    let Some(style_src) = template.stylesheet() else {
        fail("index.html links no stylesheet /style-….css".into())
    };
    let style_path = dir.join(style_src.trim_start_matches('/'));
    let mut style = std::fs::read_to_string(&style_path)
        .unwrap_or_else(|e| fail(format!("cannot read {}: {e}", style_path.display())));
    style.push_str(&category_colours(content()));
    style.push_str(&nanjing_stuttgart::time_axis::era_names::ladder_rules());
    let new_style_src = format!("/style-{:016x}.css", fnv1a(style.as_bytes()));
    write(&dir.join(new_style_src.trim_start_matches('/')), &style);
    if new_style_src != style_src {
        let _ = std::fs::remove_file(&style_path);
    }
    template.replace_stylesheet(&style_src, &new_style_src, &integrity(style.as_bytes()));
    // The content travels in a file of its own (see src/content_file.rs), which the start script
    // fetches. Both get names that change with their content, like Trunk's own files.
    let content_src = format!("/content-{:016x}.bin", fnv1a(encoded()));
    write_bytes(&dir.join(content_src.trim_start_matches('/')), encoded());
    template.preload_content(&content_src);
    let mut script = String::new();
    let Some((start_src, _)) = template.take_inline_module(|code| {
        script = start_script(code, &content_src);
        format!("/start-{:016x}.js", fnv1a(script.as_bytes()))
    }) else {
        fail("index.html has no inline start script from Trunk".into())
    };
    write(&dir.join(start_src.trim_start_matches('/')), &script);

    let content = content();
    let all = pages(content);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(format!("no runtime: {e}")));
    for page in &all {
        let path = page.path.clone();
        let body = runtime.block_on(async move {
            yew::LocalServerRenderer::<App>::with_props(AppProps {
                history: History::memory(&path),
                hydrating: true,
            })
            .render()
            .await
        });
        let meta = page_meta(&page.route, content);
        write(
            &dir.join(page.file()),
            &template.page(&meta, &page.path, &origin, &body),
        );
    }
    if let Some(preview_dir) = args.get(2).map(Path::new) {
        write_preview_pages(&runtime, &template, preview_dir, content);
    }
    write(&dir.join("app.html"), &template.shell());
    // The same shell for an embed's address that names no chart or event: a server sends it
    // with the embeds' headers, so the frame shows what is missing (README, "Embeds").
    write(&dir.join("embed/app.html"), &template.shell());
    write(&dir.join("sitemap.xml"), &sitemap(&all, &origin));
    write(
        &dir.join("robots.txt"),
        &format!("User-agent: *\nAllow: /\nSitemap: {origin}/sitemap.xml\n"),
    );
    println!(
        "prerender: {} pages, app.html, sitemap.xml for {origin}, {start_src}, {content_src} ({} bytes)",
        all.len(),
        encoded().len()
    );

    fn write_preview_pages(
        runtime: &tokio::runtime::Runtime,
        template: &Template,
        dir: &Path,
        content: &'static nanjing_stuttgart::content::Content,
    ) {
        use nanjing_stuttgart::components::preview_card::{PreviewCard, PreviewCardProps};
        use nanjing_stuttgart::preview::Preview;
        // Pages of events or charts that are gone go with them.
        let _ = std::fs::remove_dir_all(dir.join("previews"));
        let all = Preview::all(content);
        for preview in &all {
            let props = PreviewCardProps {
                preview: preview.clone(),
            };
            let body = runtime.block_on(async move {
                yew::LocalServerRenderer::<PreviewCard>::with_props(props)
                    .hydratable(false)
                    .render()
                    .await
            });
            let page = template.still(preview.lang(), &preview.alt(content), &body);
            let file = preview.path().replace(".jpg", ".html");
            write(&dir.join(file.trim_start_matches('/')), &page);
        }
        println!(
            "prerender: {} link preview pages in {}",
            all.len(),
            dir.display()
        );
    }

    /// A file's Subresource Integrity value: `sha384-` and the base64 of its SHA-384.
    fn integrity(bytes: &[u8]) -> String {
        use base64::Engine;
        use sha2::Digest;
        format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes))
        )
    }

    fn write(path: &Path, text: &str) {
        write_bytes(path, text.as_bytes());
    }

    fn write_bytes(path: &Path, bytes: &[u8]) {
        if let Some(parent) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                eprintln!("prerender: cannot create {}: {e}", parent.display());
                std::process::exit(1);
            }
        }
        if let Err(e) = std::fs::write(path, bytes) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
