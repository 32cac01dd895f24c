//! Checks the curated content before the app is compiled: invalid content fails the build with
//! every problem listed (file, line, field, what is wrong, how to fix it). Valid content is
//! handed to the app as compact binary data.

#[allow(dead_code, unused_imports)]
#[path = "src/calendar.rs"]
mod calendar;

#[allow(dead_code, unused_imports)]
#[path = "src/decimal.rs"]
mod decimal;

#[allow(dead_code, unused_imports)]
#[path = "src/i18n/mod.rs"]
mod i18n;

#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;

/// `i18n` hands out the interface's texts from the app's content file; the content they come
/// from is what this script checks, so here there is nothing to hand out yet.
#[allow(dead_code)]
mod content_file {
    pub fn ui(_: crate::i18n::Lang) -> &'static crate::i18n::UiText {
        unreachable!("the build script checks the interface texts, it never shows them")
    }
}

use content::problem_de::{choose_language, say, Language};
use std::path::{Path, PathBuf};

/// The language of the problems printed: German when the environment asks for it (LANGUAGE,
/// LC_ALL, LC_MESSAGES, LANG). No rerun is needed when it changes: only a failed run prints,
/// and cargo runs a failed build script again anyway.
fn language() -> Language {
    choose_language(&[], |name| std::env::var(name).ok())
}

fn main() {
    // Another assets folder (the benchmark's stress content) only when asked for.
    println!("cargo:rerun-if-env-changed=EXHIBIT_ASSETS");
    let assets = std::env::var("EXHIBIT_ASSETS").unwrap_or_else(|_| "assets".into());
    for watched in [
        format!("{assets}/content"),
        format!("{assets}/pictures"),
        format!("{assets}/fonts/coverage.txt"),
        "src/content".into(),
        "src/i18n".into(),
        "src/calendar.rs".into(),
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    build_version();
    println!("cargo:rerun-if-env-changed=EXHIBIT_SKIP_FONT_CHECK");
    // A build for a public address (scripts/build.sh passes EXHIBIT_ORIGIN on through Trunk)
    // refuses the placeholders for the operator's details; a local build shows them.
    println!("cargo:rerun-if-env-changed=EXHIBIT_ORIGIN");
    let origin = std::env::var("EXHIBIT_ORIGIN").unwrap_or_default();
    let mut files = match content::load::ContentFiles::read(Path::new(&assets)) {
        Ok(files) => files,
        Err(error) => fail(&[say(
            language(),
            &format!("cannot read {assets}/content: {error}"),
        )]),
    };
    // scripts/build-fonts.sh reads the characters before the fonts hold them.
    if std::env::var_os("EXHIBIT_SKIP_FONT_CHECK").is_some() {
        files.font_coverage = None;
    }
    let mut problems: Vec<String> = Vec::new();
    let content = match content::load::load(&files) {
        Ok(content) => Some(content),
        Err(found) => {
            problems.extend(
                found
                    .iter()
                    .map(|p| format!("{assets}/content/{}", p.shown(language()))),
            );
            None
        }
    };
    if content::load::is_public_origin(&origin) {
        problems.extend(
            content::load::placeholder_problems(&files, &origin)
                .iter()
                .map(|p| format!("{assets}/content/{}", p.shown(language()))),
        );
    }
    match content {
        Some(content) if problems.is_empty() => {
            let bytes = match postcard::to_allocvec(&content) {
                Ok(bytes) => bytes,
                Err(error) => fail(&[say(
                    language(),
                    &format!("cannot encode the content: {error}"),
                )]),
            };
            let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
            if let Err(error) = std::fs::write(out.join("content.bin"), bytes) {
                fail(&[say(
                    language(),
                    &format!("cannot write the content: {error}"),
                )]);
            }
        }
        _ => fail(&problems),
    }
}

/// The build's version for the kiosk's staff panel: the package version, the commit and the
/// commit's date (not the time of the build, so the same commit builds the same files).
/// `unknown` outside a git checkout.
fn build_version() {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .map(|text| text.trim().to_string())
            .filter(|text| !text.is_empty())
    };
    // A new commit or checkout moves HEAD's log; rebuild the version then.
    if let Some(log) = git(&["rev-parse", "--git-path", "logs/HEAD"]) {
        println!("cargo:rerun-if-changed={log}");
    }
    let commit = git(&["rev-parse", "--short=10", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let date = git(&["log", "-1", "--format=%cs"]).unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=EXHIBIT_BUILD_COMMIT={commit}");
    println!("cargo:rustc-env=EXHIBIT_BUILD_DATE={date}");
}

fn fail(problems: &[String]) -> ! {
    let lang = language();
    eprintln!(
        "{}",
        say(
            lang,
            &format!(
                "\nThe exhibit's content has {} problem(s); nothing was built:\n",
                problems.len()
            )
        )
    );
    for problem in problems {
        eprintln!("{problem}\n");
    }
    eprintln!(
        "{}",
        say(
            lang,
            "Check the content with: bash scripts/check-content.sh (see CONTENT.md)\n"
        )
    );
    std::process::exit(1);
}
