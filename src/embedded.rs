//! The content as the app sees it: checked by build.rs and decoded once on first use.

use std::sync::OnceLock;

use crate::content::Content;

static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The exhibit's content. build.rs refuses to build with invalid content, so decoding only
/// fails if the binary data itself was damaged; then the exhibit shows no content rather
/// than a dead page.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| postcard::from_bytes(ENCODED).unwrap_or_default())
}
