//! The build's picture step (scripts/build.sh runs it after the prerenderer): writes every
//! picture the content lists into the build folder: drawings as they are, photographs as
//! WebP and JPEG sizes, upright, cropped and without metadata (see `picture_sizes`).
//!
//!     cargo run --bin pictures -- dist [--cache DIR]
//!
//! The content is the one build.rs checked and compiled in (so every photograph here has been
//! read through already); the originals are read from `EXHIBIT_ASSETS` (default `assets`).
//! The cache defaults to `$CARGO_TARGET_DIR/picture-sizes` (or `target/picture-sizes`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use nanjing_stuttgart::content_file::content;
    use nanjing_stuttgart::picture_sizes::write_picture;
    use std::path::PathBuf;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = PathBuf::from(args.first().map_or("dist", String::as_str));
    let cache = args
        .iter()
        .position(|a| a == "--cache")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
            PathBuf::from(target).join("picture-sizes")
        });
    let assets = PathBuf::from(std::env::var("EXHIBIT_ASSETS").unwrap_or_else(|_| "assets".into()));
    let mut failed = false;
    for picture in &content().pictures {
        match write_picture(&assets, picture, &cache, &out) {
            Ok(written) => {
                if picture.sizes.is_some() {
                    let bytes: u64 = written.files.iter().map(|(_, b)| b).sum();
                    println!(
                        "pictures: {} ({}): {} files, {bytes} bytes, {} in {:.1} s",
                        picture.id,
                        picture.file,
                        written.files.len(),
                        if written.encoded {
                            "encoded"
                        } else {
                            "from the cache"
                        },
                        written.took.as_secs_f64()
                    );
                }
            }
            Err(message) => {
                eprintln!("pictures: {}: {message}", picture.id);
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
