//! The build's picture step (`src/bin/pictures.rs`, run by scripts/build.sh): writes the
//! pictures the checked content lists into the build folder. A drawing (SVG) is copied as it
//! is; a photograph is turned upright, cut to its shape around its focal point, scaled to each
//! of its widths and written as WebP (libwebp) and as JPEG (image's encoder), from pixels only,
//! so no EXIF, GPS position or other metadata of the original reaches a visitor. The original
//! itself is never copied.
//!
//! Encoding a large photograph takes seconds: the files are kept in a cache folder under the
//! names they are served by, which carry a hash of the original and the recipe, so an unchanged
//! photograph is copied from the cache, not encoded again.

use std::path::Path;
use std::time::{Duration, Instant};

use image::imageops::FilterType;
use image::{DynamicImage, RgbImage};

use crate::content::photo::{self, Kind, JPEG_QUALITY, WEBP_QUALITY};
use crate::content::{PhotoSizes, Picture};

/// What the step did with one picture.
#[derive(Debug)]
pub struct Written {
    /// Each file written into the build folder (below its root) and its bytes.
    pub files: Vec<(String, u64)>,
    /// Whether the photograph was encoded now (`false`: copied from the cache, or a drawing).
    pub encoded: bool,
    pub took: Duration,
}

/// Writes one picture into `out` (the build folder), its photograph's sizes through `cache`.
/// `assets` is the folder the picture's `file` is below.
pub fn write_picture(
    assets: &Path,
    picture: &Picture,
    cache: &Path,
    out: &Path,
) -> Result<Written, String> {
    let started = Instant::now();
    let Some(sizes) = &picture.sizes else {
        copy(&assets.join(&picture.file), &out.join(&picture.file))?;
        let bytes = file_size(&out.join(&picture.file));
        return Ok(Written {
            files: vec![(picture.file.clone(), bytes)],
            encoded: false,
            took: started.elapsed(),
        });
    };
    let names: Vec<String> = sizes
        .widths
        .iter()
        .flat_map(|&width| [sizes.file(width, "webp"), sizes.file(width, "jpg")])
        .collect();
    let cached = names.iter().all(|name| cache.join(name).is_file());
    if !cached {
        let original = assets.join(&picture.file);
        let bytes = std::fs::read(&original)
            .map_err(|e| format!("cannot read {}: {e}", original.display()))?;
        for (name, data) in encode(&bytes, &picture.file, sizes)? {
            let path = cache.join(&name);
            write_new(&path, &data)?;
        }
    }
    let mut files = Vec::new();
    for name in names {
        copy(&cache.join(&name), &out.join(&name))?;
        files.push((name.clone(), file_size(&out.join(&name))));
    }
    Ok(Written {
        files,
        encoded: !cached,
        took: started.elapsed(),
    })
}

/// Every size of a photograph in both formats: (file name below the site's root, bytes).
pub fn encode(
    bytes: &[u8],
    file: &str,
    sizes: &PhotoSizes,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let kind = Kind::from_name(file).ok_or_else(|| format!("{file} is not a JPEG or PNG"))?;
    let upright = photo::decode_upright(bytes, kind)
        .map_err(|fault| format!("{file} cannot be read: {fault:?} (run the content check)"))?;
    let crop = sizes.crop;
    if crop.x + crop.width > upright.width() || crop.y + crop.height > upright.height() {
        return Err(format!("{file} is smaller than the content check read it"));
    }
    // DynamicImage's own methods throughout: they are compiled (and optimised) in the image
    // crate, where imageops' generic functions would be compiled, unoptimised, in ours.
    let shown = DynamicImage::ImageRgb8(upright).crop_imm(crop.x, crop.y, crop.width, crop.height);
    let mut written = Vec::new();
    // The widest size from the original; each narrower one from the one before, which is
    // quicker and, at these ratios, as sharp.
    let mut larger: Option<DynamicImage> = None;
    for &width in sizes.widths.iter().rev() {
        let height = sizes.height_at(width);
        let scaled = match &larger {
            None if (width, height) == (crop.width, crop.height) => shown.clone(),
            None if crop.width >= 3 * width => {
                // A camera's 50 megapixels: averaged down to twice the size first (quick, and
                // exact for what it keeps), then scaled with a sharp filter.
                shown.thumbnail_exact(2 * width, 2 * height).resize_exact(
                    width,
                    height,
                    FilterType::CatmullRom,
                )
            }
            None => shown.resize_exact(width, height, FilterType::CatmullRom),
            Some(larger) => larger.resize_exact(width, height, FilterType::Lanczos3),
        };
        let rgb = scaled.to_rgb8();
        written.push((sizes.file(width, "webp"), webp(&rgb)));
        written.push((sizes.file(width, "jpg"), jpeg(&rgb)?));
        larger = Some(scaled);
    }
    Ok(written)
}

fn webp(image: &RgbImage) -> Vec<u8> {
    webp::Encoder::from_rgb(image.as_raw(), image.width(), image.height())
        .encode(WEBP_QUALITY)
        .to_vec()
}

fn jpeg(image: &RgbImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .encode_image(image)
        .map_err(|e| format!("cannot encode a JPEG: {e}"))?;
    Ok(out)
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// Writes through a temporary name, so an interrupted build never leaves half a file in the
/// cache under a name the next build trusts.
fn write_new(path: &Path, data: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    let partial = path.with_extension("partial");
    std::fs::write(&partial, data)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}
