//! The curator's check: reads assets/content/ and prints every problem at once, or a summary
//! of what the exhibit will show. Run it as `bash scripts/check-content.sh`; it speaks German
//! with `--lang de` or when the environment asks for German (see `content::problem_de`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use nanjing_stuttgart::content::load::{interface_glyph_problems, load, ContentFiles};
    use nanjing_stuttgart::content::problem_de::{choose_language, say, without_lang_flag};
    use std::path::Path;

    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--lang de` / `--lang en`, else the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    let lang = choose_language(&args, |name| std::env::var(name).ok());
    let args = without_lang_flag(&args);
    let assets = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "assets".into());
    let files = match ContentFiles::read(Path::new(&assets)) {
        Ok(files) => files,
        Err(error) => {
            eprintln!(
                "{}",
                say(lang, &format!("Cannot read {assets}/content: {error}"))
            );
            std::process::exit(2);
        }
    };
    if args.iter().any(|a| a == "--charset") {
        print!("{}", charset(&files));
        return;
    }
    if args.iter().any(|a| a == "--charset-layers") {
        // The fonts are about to be rebuilt for these characters: do not check them yet.
        let mut unchecked = files.clone();
        unchecked.font_coverage = None;
        match load(&unchecked) {
            Ok(content) => print!("{}", charset_layers(&files, &content)),
            Err(found) => {
                eprintln!(
                    "{}",
                    say(
                        lang,
                        &format!(
                            "The content has {} problem(s); run the content check.",
                            found.len()
                        )
                    )
                );
                std::process::exit(1);
            }
        }
        return;
    }
    let mut problems: Vec<String> = Vec::new();
    // As the build does: placeholders are refused for a public address (EXHIBIT_ORIGIN).
    let origin = std::env::var("EXHIBIT_ORIGIN").unwrap_or_default();
    if nanjing_stuttgart::content::load::is_public_origin(&origin) {
        problems.extend(
            nanjing_stuttgart::content::load::placeholder_problems(&files, &origin)
                .iter()
                .map(|p| format!("{assets}/content/{}", p.shown(lang))),
        );
    }
    let loaded = load(&files);
    if let Err(found) = &loaded {
        problems.extend(
            found
                .iter()
                .map(|p| format!("{assets}/content/{}", p.shown(lang))),
        );
    }
    match &files.font_coverage {
        Some(coverage) => problems.extend(
            interface_glyph_problems(coverage, &nanjing_stuttgart::crash::fixed_lines())
                .iter()
                .map(|p| p.shown(lang)),
        ),
        None => problems.push(format!(
            "{}\n    {} {}",
            say(
                lang,
                &format!("{assets}/fonts/coverage.txt is missing, so characters cannot be checked against the fonts")
            ),
            lang.fix_label(),
            say(lang, "run `bash scripts/build-fonts.sh`")
        )),
    }
    if problems.is_empty() {
        if let Ok(content) = loaded {
            let points: usize = content.series.iter().map(|s| s.points.len()).sum();
            let sourcing = nanjing_stuttgart::content::sourcing::Sourcing::of(&content);
            let summary = format!(
                "Content OK: {} events in {} categories and {} eras, {} data series with {} values, {} key figures, {} pictures, {} sources; {sourcing}.",
                content.events.len(),
                content.categories.len(),
                content.eras.len(),
                content.series.len(),
                points,
                content.figures.len(),
                content.pictures.len(),
                content.all_sources().len()
            );
            println!("{}", say(lang, &summary));
        }
        return;
    }
    eprintln!(
        "{}",
        say(
            lang,
            &format!("{} problem(s) in the content:\n", problems.len())
        )
    );
    for problem in &problems {
        eprintln!("{problem}\n");
    }
    std::process::exit(1);
}

/// Every character a visitor may see: the content files, the interface strings and the crash
/// notice. A superset (comments count too) is fine: it only makes the font subsets complete.
#[cfg(not(target_arch = "wasm32"))]
fn charset(files: &nanjing_stuttgart::content::load::ContentFiles) -> String {
    use nanjing_stuttgart::crash::fixed_lines;
    use nanjing_stuttgart::i18n::{ui, Lang};
    use std::collections::BTreeSet;

    let mut chars: BTreeSet<char> = files.files.values().flat_map(|text| text.chars()).collect();
    for lang in Lang::ALL {
        chars.extend(lang.native_name().chars());
        for (_, text) in ui(lang).entries() {
            chars.extend(text.chars());
        }
    }
    for (_, line) in fixed_lines() {
        chars.extend(line.chars());
    }
    chars.into_iter().filter(|c| !c.is_control()).collect()
}

/// The characters in three lines, by how soon a visitor meets them, so the fonts can be cut
/// into slices that a first view downloads only part of: (1) the language names, on every
/// page; (2) what the first views show (interface, names of categories and eras, event
/// titles, key figures, chart titles and units, the footer's page titles); (3) everything else.
#[cfg(not(target_arch = "wasm32"))]
fn charset_layers(
    files: &nanjing_stuttgart::content::load::ContentFiles,
    content: &nanjing_stuttgart::content::Content,
) -> String {
    use nanjing_stuttgart::i18n::{ui, Lang};
    use std::collections::BTreeSet;

    let names: BTreeSet<char> = Lang::ALL
        .iter()
        .flat_map(|lang| lang.native_name().chars())
        .collect();
    let mut first: BTreeSet<char> = BTreeSet::new();
    for lang in Lang::ALL {
        for (_, text) in ui(lang).entries() {
            first.extend(text.chars());
        }
        let texts = content
            .categories
            .iter()
            .map(|c| c.name.get(lang))
            .chain(
                content
                    .eras
                    .iter()
                    .flat_map(|e| [e.name.get(lang), e.short.get(lang)]),
            )
            .chain(content.events.iter().map(|e| e.title.get(lang)))
            .chain(content.figures.iter().map(|f| f.label.get(lang)))
            .chain(content.series.iter().map(|s| s.title.get(lang)))
            .chain(content.series.iter().map(|s| s.unit.get(lang)))
            // The footer of every web view names the legal and contact pages.
            .chain(content.pages.iter().map(|p| p.title.get(lang)));
        for text in texts {
            first.extend(text.chars());
        }
    }
    let all: BTreeSet<char> = charset(files).chars().collect();
    let line = |set: &BTreeSet<char>| -> String {
        set.iter()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect()
    };
    let first: BTreeSet<char> = first.difference(&names).copied().collect();
    let rest: BTreeSet<char> = all
        .iter()
        .filter(|c| !names.contains(c) && !first.contains(c))
        .copied()
        .collect();
    format!("{}\n{}\n{}\n", line(&names), line(&first), line(&rest))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
