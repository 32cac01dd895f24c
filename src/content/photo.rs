//! Photographs as a curator drops them into assets/pictures/: what kind of file each one is,
//! whether it can be shown, which way is up, and what part of it the exhibit shows at which
//! sizes. Host only (the content check, build.rs and the build's picture step use it); the
//! decoding is the `image` crate's and its JPEG decoder's (zune-jpeg), never our own.
//!
//! The writing of the sizes is in `crate::picture_sizes` (not here, so build.rs, which compiles
//! this module, needs no encoder).

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, RgbImage};

use super::model::{Crop, PhotoSizes};

/// The most pixels a photograph may have: 50 megapixels (8660 × 5773 and the like).
pub const MAX_PIXELS: u64 = 50_000_000;

/// The widths the build writes (never wider than the shown part of the original). The card
/// shows a picture at most 28rem (448 CSS pixels) wide: 480 for an ordinary screen, 960 for
/// a sharp one, 1440 for a phone with three device pixels per CSS pixel.
pub const WIDTHS: [u32; 3] = [480, 960, 1440];

/// The shape a photograph is cut to when its entry names none: the card's picture frame, the
/// drawings' 16:9, so cards do not change their layout from one event to the next.
pub const DEFAULT_ASPECT: (u32, u32) = (16, 9);

/// Encoder settings; part of every file name's hash, so a change writes new files.
pub const WEBP_QUALITY: f32 = 78.0;
pub const JPEG_QUALITY: u8 = 82;
const RECIPE: &str = "sizes 2: upright, crop, area average to 2x, catmull-rom, webp 78, jpeg 82";

/// The two raster formats a photograph may come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Jpeg,
    Png,
}

impl Kind {
    /// The format as curators know it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Jpeg => "JPEG",
            Kind::Png => "PNG",
        }
    }

    /// The ending a file of this kind should have.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png => "png",
        }
    }

    /// The kind a file's name promises: `.jpg`/`.jpeg` or `.png` (any case); `None` for others.
    pub fn from_name(name: &str) -> Option<Kind> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "jpg" | "jpeg" => Some(Kind::Jpeg),
            "png" => Some(Kind::Png),
            _ => None,
        }
    }

    /// The kind the bytes are, from their first bytes (their "magic number").
    fn sniff(bytes: &[u8]) -> Option<Kind> {
        match image::guess_format(bytes).ok()? {
            image::ImageFormat::Jpeg => Some(Kind::Jpeg),
            image::ImageFormat::Png => Some(Kind::Png),
            _ => None,
        }
    }
}

/// Why a photograph cannot be shown. Each becomes a problem naming the file (see
/// `load/pictures.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Neither JPEG nor PNG inside, whatever the name says.
    NotJpegOrPng,
    /// A JPEG named .png or a PNG named .jpg.
    Misnamed { inside: Kind, named: Kind },
    /// A JPEG in CMYK (or YCCK) colours, as made for print.
    Cmyk,
    /// Width or height 0.
    NoPixels { width: u32, height: u32 },
    /// More than `MAX_PIXELS`.
    TooLarge { width: u32, height: u32 },
    /// The header cannot be read: the decoder's words.
    Unreadable(String),
    /// The header is fine but the picture is cut short or damaged: the decoder's words.
    Damaged(String),
}

/// What the check learnt of a photograph that can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    pub kind: Kind,
    /// Width and height as stored (before turning upright).
    pub stored: (u32, u32),
    /// Which way the camera says is up (EXIF Orientation; none means as stored).
    pub orientation: Orientation,
}

impl Facts {
    /// Width and height once upright.
    pub fn upright(&self) -> (u32, u32) {
        let (width, height) = self.stored;
        match self.orientation {
            Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH => (height, width),
            _ => (width, height),
        }
    }
}

/// Reads a photograph through, as the build will: the kind inside against the kind its name
/// promises, its colours, its size and every pixel (a file cut short is refused here, not
/// shown half grey). `named` is the kind its file name promises.
pub fn inspect(bytes: &[u8], named: Kind) -> Result<Facts, Fault> {
    decode(bytes, named).map(|(facts, _)| facts)
}

/// The photograph's pixels, upright, in 8-bit RGB: a 16-bit PNG is brought to 8 bits, a
/// grey one to RGB, a transparent one onto white (a JPEG cannot be transparent).
pub fn decode_upright(bytes: &[u8], named: Kind) -> Result<RgbImage, Fault> {
    let (facts, mut image) = decode(bytes, named)?;
    image.apply_orientation(facts.orientation);
    Ok(onto_white(image))
}

fn decode(bytes: &[u8], named: Kind) -> Result<(Facts, DynamicImage), Fault> {
    let inside = Kind::sniff(bytes).ok_or(Fault::NotJpegOrPng)?;
    if inside != named {
        return Err(Fault::Misnamed { inside, named });
    }
    match inside {
        Kind::Jpeg => decode_jpeg(bytes),
        Kind::Png => decode_png(bytes),
    }
}

fn check_size(width: u32, height: u32) -> Result<(), Fault> {
    if width == 0 || height == 0 {
        Err(Fault::NoPixels { width, height })
    } else if u64::from(width) * u64::from(height) > MAX_PIXELS {
        Err(Fault::TooLarge { width, height })
    } else {
        Ok(())
    }
}

fn decode_jpeg(bytes: &[u8]) -> Result<(Facts, DynamicImage), Fault> {
    use zune_core::bytestream::ZCursor;
    use zune_core::colorspace::ColorSpace;
    use zune_core::options::DecoderOptions;

    let options = |out: ColorSpace| {
        DecoderOptions::default()
            // Strict: a file cut short is an error, not a picture filled up with grey.
            .set_strict_mode(true)
            .set_max_width(usize::MAX)
            .set_max_height(usize::MAX)
            .jpeg_set_out_colorspace(out)
    };
    let mut decoder =
        zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options(ColorSpace::RGB));
    decoder
        .decode_headers()
        .map_err(|error| Fault::Unreadable(error.to_string()))?;
    let (width, height) = decoder.dimensions().unwrap_or((0, 0));
    let (width, height) = (
        u32::try_from(width).unwrap_or(u32::MAX),
        u32::try_from(height).unwrap_or(u32::MAX),
    );
    check_size(width, height)?;
    let grey = match decoder.input_colorspace() {
        Some(ColorSpace::CMYK | ColorSpace::YCCK) => return Err(Fault::Cmyk),
        Some(ColorSpace::Luma | ColorSpace::LumaA) => true,
        _ => false,
    };
    let orientation = decoder
        .exif()
        .and_then(|exif| Orientation::from_exif_chunk(exif))
        .unwrap_or(Orientation::NoTransforms);
    let out = if grey {
        ColorSpace::Luma
    } else {
        ColorSpace::RGB
    };
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options(out));
    let pixels = decoder
        .decode()
        .map_err(|error| Fault::Damaged(error.to_string()))?;
    let image = if grey {
        image::GrayImage::from_raw(width, height, pixels).map(DynamicImage::ImageLuma8)
    } else {
        RgbImage::from_raw(width, height, pixels).map(DynamicImage::ImageRgb8)
    }
    .ok_or_else(|| Fault::Damaged("fewer pixels than the header says".into()))?;
    let facts = Facts {
        kind: Kind::Jpeg,
        stored: (width, height),
        orientation,
    };
    Ok((facts, image))
}

fn decode_png(bytes: &[u8]) -> Result<(Facts, DynamicImage), Fault> {
    // The size first, from the header's fixed place, so a 0 × 0 file is named as such (the
    // decoder only says "invalid").
    if let (Some(width), Some(height)) = (be_u32(bytes, 16), be_u32(bytes, 20)) {
        check_size(width, height)?;
    }
    let mut decoder = image::codecs::png::PngDecoder::new(std::io::Cursor::new(bytes))
        .map_err(|error| Fault::Unreadable(error.to_string()))?;
    let (width, height) = decoder.dimensions();
    check_size(width, height)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image =
        DynamicImage::from_decoder(decoder).map_err(|error| Fault::Damaged(error.to_string()))?;
    let facts = Facts {
        kind: Kind::Png,
        stored: (width, height),
        orientation,
    };
    Ok((facts, image))
}

fn be_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let four: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_be_bytes(four))
}

/// 8-bit RGB; transparency laid onto white.
fn onto_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let mut rgb = RgbImage::new(width, height);
    for (out, pixel) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = pixel.0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        out.0 = [over(r), over(g), over(b)];
    }
    rgb
}

/// A shape as a curator writes it: `"16:9"`, `"3:2"`, `"1:1"`, between 1:3 and 3:1, or
/// `"original"` (the whole picture, `Shape::Whole`); `None` for anything else.
pub fn parse_aspect(text: &str) -> Option<Shape> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("original") {
        return Some(Shape::Whole);
    }
    let (w, h) = text.split_once(':')?;
    let (w, h): (u32, u32) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    if w == 0 || h == 0 || w > 3 * h || h > 3 * w {
        return None;
    }
    Some(Shape::Ratio(w, h))
}

/// The shape a photograph is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// The whole photograph.
    Whole,
    /// Cut to width:height.
    Ratio(u32, u32),
}

impl Shape {
    /// Width and height of the shape; `None` for the whole picture.
    pub fn ratio(self) -> Option<(u32, u32)> {
        match self {
            Shape::Whole => None,
            Shape::Ratio(w, h) => Some((w, h)),
        }
    }
}

/// The part of an upright picture `width` × `height` of shape `aspect` (the whole picture when
/// `None`) that keeps the focal point `focus` (fractions from the left and the top) as near
/// its middle as the picture's edges allow.
pub fn crop(width: u32, height: u32, aspect: Option<(u32, u32)>, focus: (f64, f64)) -> Crop {
    let whole = Crop {
        x: 0,
        y: 0,
        width,
        height,
    };
    let Some((aw, ah)) = aspect else {
        return whole;
    };
    let (w, h, aw, ah) = (
        u64::from(width),
        u64::from(height),
        u64::from(aw),
        u64::from(ah),
    );
    // Wider than the shape: cut the sides; else cut top and bottom.
    let (cw, ch) = if w * ah > h * aw {
        (((h * aw + ah / 2) / ah).clamp(1, w), h)
    } else {
        (w, ((w * ah + aw / 2) / aw).clamp(1, h))
    };
    let start = |size: u64, cut: u64, at: f64| -> u32 {
        let centre = at.clamp(0.0, 1.0) * size as f64;
        let start = (centre - cut as f64 / 2.0).round().max(0.0) as u64;
        u32::try_from(start.min(size - cut)).unwrap_or(0)
    };
    Crop {
        x: start(w, cw, focus.0),
        y: start(h, ch, focus.1),
        width: u32::try_from(cw).unwrap_or(width),
        height: u32::try_from(ch).unwrap_or(height),
    }
}

/// The sizes the build writes of a photograph: the widths of `WIDTHS` narrower than the
/// shown part (or its own width, when it is narrower than all of them), named after `id` and a
/// hash of the original's bytes and the recipe (crop, widths, encoder settings).
pub fn sizes(id: &str, bytes: &[u8], crop: Crop) -> PhotoSizes {
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < crop.width).collect();
    let widest = WIDTHS[WIDTHS.len() - 1];
    if widths.len() < WIDTHS.len() {
        // The shown part is narrower than the widest size: its own width is the widest.
        widths.push(crop.width.min(widest));
    }
    let width = *widths.last().unwrap_or(&crop.width);
    let height = ((u64::from(width) * u64::from(crop.height) + u64::from(crop.width) / 2)
        / u64::from(crop.width.max(1)))
    .max(1);
    let mut hash = Fnv::default();
    hash.write(bytes);
    hash.write(
        format!(
            "{RECIPE}; crop {} {} {} {}; widths {widths:?}",
            crop.x, crop.y, crop.width, crop.height
        )
        .as_bytes(),
    );
    PhotoSizes {
        stem: format!("pictures/{id}"),
        hash: format!("{:016x}", hash.0),
        widths,
        width,
        height: u32::try_from(height).unwrap_or(u32::MAX),
        crop,
    }
}

/// FNV-1a, 64 bits: a file name that changes with the photograph, stable across builds and
/// Rust versions (std's hasher promises neither). Not for security.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_picture_is_cut_at_the_sides_around_the_focal_point() {
        let left = crop(300, 100, Some((1, 1)), (0.1, 0.5));
        assert_eq!((left.x, left.y, left.width, left.height), (0, 0, 100, 100));
        let right = crop(300, 100, Some((1, 1)), (0.9, 0.5));
        assert_eq!(right.x, 200);
        let middle = crop(300, 100, Some((1, 1)), (0.5, 0.5));
        assert_eq!(middle.x, 100);
        let tall = crop(100, 300, Some((16, 9)), (0.5, 0.2));
        assert_eq!((tall.x, tall.y, tall.width, tall.height), (0, 32, 100, 56));
        assert_eq!(crop(640, 480, None, (0.0, 0.0)).width, 640);
    }

    #[test]
    fn aspects_are_written_as_width_colon_height() {
        assert_eq!(parse_aspect("16:9"), Some(Shape::Ratio(16, 9)));
        assert_eq!(parse_aspect(" 3 : 2 "), Some(Shape::Ratio(3, 2)));
        assert_eq!(parse_aspect("original"), Some(Shape::Whole));
        for bad in ["16/9", "1.78", "0:1", "4:1", "wide"] {
            assert_eq!(parse_aspect(bad), None, "{bad}");
        }
    }

    #[test]
    fn sizes_never_exceed_the_shown_part() {
        let whole = |width, height| Crop {
            x: 0,
            y: 0,
            width,
            height,
        };
        let big = sizes("harbour", b"photo", whole(8660, 4871));
        assert_eq!(big.widths, [480, 960, 1440]);
        assert_eq!((big.width, big.height), (1440, 810));
        assert_eq!(big.stem, "pictures/harbour");
        assert_eq!(big.hash.len(), 16);
        assert_eq!(
            big.file(480, "webp"),
            format!("pictures/harbour-480-{}.webp", big.hash)
        );
        assert_eq!(big.height_at(480), 270);
        let small = sizes("harbour", b"photo", whole(700, 394));
        assert_eq!(small.widths, [480, 700]);
        assert_eq!(sizes("harbour", b"photo", whole(300, 200)).widths, [300]);
        assert_ne!(
            sizes("harbour", b"other", whole(8660, 4871)).hash,
            big.hash,
            "another photograph, other names"
        );
    }
}
