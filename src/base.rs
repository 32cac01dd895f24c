//! Where the exhibit is served: at its origin's root (the default) or below a path such as
//! `/ausstellung/nanjing`. A build for a sub-path (`scripts/rebase.mjs`, run by
//! `scripts/build.sh` when `EXHIBIT_ORIGIN` has a path) names it in every page's
//! `<meta name="exhibit-base" content="/ausstellung/nanjing">`.
//!
//! The app's own addresses (`route.rs`, `query.rs`) never carry the base: it is added where an
//! address leaves the app for the browser (a link's `href`, the address bar, a file's URL) and
//! removed where the browser's address comes in. On the host there is no base: the
//! prerendered pages get theirs from `scripts/rebase.mjs`.

/// The base path without a trailing slash: empty at the root, else `/ausstellung/nanjing`.
pub fn base() -> &'static str {
    read::base()
}

/// A root-relative address as the browser sees it: `/de/charts` becomes
/// `/ausstellung/nanjing/de/charts`, `/` becomes `/ausstellung/nanjing/`.
pub fn outward(path: &str) -> String {
    with_base(base(), path)
}

/// The app's address of the browser's path: the base removed (a path outside it is kept).
pub fn inward(path: &str) -> String {
    without_base(base(), path)
}

fn with_base(base: &str, path: &str) -> String {
    if base.is_empty() || !path.starts_with('/') {
        path.to_string()
    } else {
        format!("{base}{path}")
    }
}

fn without_base(base: &str, path: &str) -> String {
    match path.strip_prefix(base) {
        Some(rest) if !base.is_empty() && rest.is_empty() => "/".into(),
        Some(rest) if !base.is_empty() && rest.starts_with('/') => rest.to_string(),
        _ => path.to_string(),
    }
}

#[cfg(target_arch = "wasm32")]
mod read {
    use std::sync::OnceLock;

    static BASE: OnceLock<String> = OnceLock::new();

    pub fn base() -> &'static str {
        BASE.get_or_init(|| {
            web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| {
                    document
                        .query_selector(r#"meta[name="exhibit-base"]"#)
                        .ok()
                        .flatten()
                })
                .and_then(|meta| meta.get_attribute("content"))
                .map(|base| base.trim_end_matches('/').to_string())
                .filter(|base| base.starts_with('/'))
                .unwrap_or_default()
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod read {
    pub fn base() -> &'static str {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::{with_base, without_base};

    #[test]
    fn addresses_gain_and_lose_the_base() {
        let base = "/ausstellung/nanjing";
        assert_eq!(with_base(base, "/"), "/ausstellung/nanjing/");
        assert_eq!(
            with_base(base, "/de/charts?year=2013"),
            "/ausstellung/nanjing/de/charts?year=2013"
        );
        assert_eq!(with_base("", "/de"), "/de");
        assert_eq!(without_base(base, "/ausstellung/nanjing"), "/");
        assert_eq!(without_base(base, "/ausstellung/nanjing/"), "/");
        assert_eq!(
            without_base(base, "/ausstellung/nanjing/zh/about"),
            "/zh/about"
        );
        assert_eq!(
            without_base(base, "/ausstellung/nanjingx"),
            "/ausstellung/nanjingx"
        );
        assert_eq!(without_base("", "/de"), "/de");
    }
}
