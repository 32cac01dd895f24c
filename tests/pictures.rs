//! Photographs from the curator's folder to the served files, with pictures generated here
//! (never a camera's file): the content check reads them through and names every file it
//! cannot show, in English and German; the build's picture step turns them upright, cuts them
//! around the focal point, writes every size in WebP and JPEG, and leaves no EXIF (no GPS
//! position) in any of them.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use image::{ImageDecoder, Rgb, RgbImage};
use nanjing_stuttgart::content::load::{load, ContentFiles};
use nanjing_stuttgart::content::problem::Problem;
use nanjing_stuttgart::content::problem_de::{untranslated, Language};
use nanjing_stuttgart::content::{Content, Picture};
use nanjing_stuttgart::picture_sizes::write_picture;

mod common;
use common::{assets, copy_dir};

const RED: [u8; 3] = [220, 30, 30];
const BLUE: [u8; 3] = [30, 40, 220];
const GREEN: [u8; 3] = [30, 200, 60];
const GREY: [u8; 3] = [128, 128, 128];

/// A JPEG of `width` × `height`, each pixel coloured by `paint`.
fn jpeg(width: u32, height: u32, paint: impl Fn(u32, u32) -> [u8; 3]) -> Vec<u8> {
    let image = RgbImage::from_fn(width, height, |x, y| Rgb(paint(x, y)));
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95)
        .encode_image(&image)
        .expect("a JPEG");
    out
}

/// A camera's EXIF block: orientation `orientation` and a GPS position (48° 47' N), spliced
/// in as an APP1 segment right after the JPEG's start marker.
fn with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        tiff.extend(tag.to_be_bytes());
        tiff.extend(kind.to_be_bytes());
        tiff.extend(count.to_be_bytes());
        tiff.extend(value);
    };
    // IFD0 at 8: orientation (SHORT) and the GPS IFD's place (LONG); then no next IFD.
    tiff.extend(2u16.to_be_bytes());
    let [o1, o2] = orientation.to_be_bytes();
    entry(&mut tiff, 0x0112, 3, 1, [o1, o2, 0, 0]);
    entry(&mut tiff, 0x8825, 4, 1, 38u32.to_be_bytes());
    tiff.extend(0u32.to_be_bytes());
    // GPS IFD at 38: latitude reference "N" and latitude 48/1, 47/1, 0/1 (at 68).
    assert_eq!(tiff.len(), 38);
    tiff.extend(2u16.to_be_bytes());
    entry(&mut tiff, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut tiff, 0x0002, 5, 3, 68u32.to_be_bytes());
    tiff.extend(0u32.to_be_bytes());
    assert_eq!(tiff.len(), 68);
    for (n, d) in [(48u32, 1u32), (47, 1), (0, 1)] {
        tiff.extend(n.to_be_bytes());
        tiff.extend(d.to_be_bytes());
    }
    let mut segment = vec![0xFF, 0xE1];
    segment.extend(
        u16::try_from(2 + 6 + tiff.len())
            .expect("short")
            .to_be_bytes(),
    );
    segment.extend(b"Exif\0\0");
    segment.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

/// A PNG's first bytes only: signature and a header saying `width` × `height` (the check
/// stops at the size, before the missing pixels).
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    out.extend(width.to_be_bytes());
    out.extend(height.to_be_bytes());
    out.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    out
}

/// A folder with the shipped content, these photographs in assets/pictures/ and an entry for
/// each in pictures.toml (`extra` adds fields, such as `focus = [0.1, 0.5]`).
struct Curated {
    dir: PathBuf,
}

impl Curated {
    fn new(name: &str, photos: &[(&str, Vec<u8>, &str)]) -> Curated {
        let dir =
            std::env::temp_dir().join(format!("exhibit-photos-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&assets().join("content"), &dir.join("content"));
        copy_dir(&assets().join("pictures"), &dir.join("pictures"));
        let mut toml =
            std::fs::read_to_string(dir.join("content/pictures.toml")).expect("pictures.toml");
        for (i, (file, bytes, extra)) in photos.iter().enumerate() {
            std::fs::write(dir.join("pictures").join(file), bytes).expect("written");
            toml.push_str(&format!(
                "\n[[picture]]\nid = \"photo-{i}\"\nfile = \"pictures/{file}\"\nalt.de = \"Ein Foto\"\nalt.zh = \"照片\"\nalt.en = \"A photograph\"\ncredit = \"Foto: Test\"\nlicence = \"CC BY 4.0\"\nsource = \"Testarchiv\"\n{extra}\n"
            ));
        }
        std::fs::write(dir.join("content/pictures.toml"), toml).expect("written");
        Curated { dir }
    }

    fn check(&self) -> Result<Content, Vec<Problem>> {
        let mut files = ContentFiles::read(&self.dir).expect("readable");
        files.font_coverage = None;
        load(&files)
    }

    fn content(&self) -> Content {
        self.check().unwrap_or_else(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("problems:\n{}", list.join("\n"))
        })
    }

    fn photo(&self, content: &Content, i: usize) -> Picture {
        let id = format!("photo-{i}");
        content
            .pictures
            .iter()
            .find(|p| p.id == id)
            .cloned()
            .expect("the photograph")
    }

    /// Runs the build's picture step for one picture into `<dir>/dist`.
    fn build(&self, picture: &Picture) -> (PathBuf, Vec<(String, u64)>) {
        let out = self.dir.join("dist");
        let written =
            write_picture(&self.dir, picture, &self.dir.join("cache"), &out).expect("written");
        (out, written.files)
    }
}

impl Drop for Curated {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn near(pixel: [u8; 3], colour: [u8; 3]) -> bool {
    pixel
        .iter()
        .zip(colour)
        .all(|(a, b)| (i16::from(*a) - i16::from(b)).abs() < 40)
}

fn decode_jpeg(path: &Path) -> RgbImage {
    image::open(path)
        .expect("a JPEG the build wrote")
        .into_rgb8()
}

/// No EXIF block and no TIFF structure (where GPS would live) anywhere in the bytes.
fn assert_no_metadata(name: &str, bytes: &[u8]) {
    for marker in [&b"Exif"[..], b"EXIF", b"MM\0\x2a", b"II\x2a\0", b"XMP"] {
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker),
            "{name} carries {:?}",
            String::from_utf8_lossy(marker)
        );
    }
}

#[test]
fn a_camera_photograph_is_served_upright_in_every_size_without_exif() {
    // Stored lying on its side: left half red, right half blue; EXIF 6 says "turn 90° clockwise",
    // so upright the red half is on top.
    let stored = with_exif(
        &jpeg(1600, 1000, |x, _| if x < 800 { RED } else { BLUE }),
        6,
    );
    // The input really carries what the output must not.
    let mut decoder =
        image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&stored)).expect("a JPEG");
    assert_eq!(
        decoder.orientation().expect("read"),
        image::metadata::Orientation::Rotate90
    );
    assert!(stored.windows(4).any(|w| w == b"Exif"));

    let curated = Curated::new(
        "upright",
        &[("camera.jpg", stored, "aspect = \"original\"")],
    );
    let content = curated.content();
    let picture = curated.photo(&content, 0);
    let sizes = picture.sizes.clone().expect("a photograph has sizes");
    assert_eq!(
        (sizes.crop.width, sizes.crop.height),
        (1000, 1600),
        "upright"
    );
    assert_eq!(sizes.widths, [480, 960, 1000]);
    assert_eq!((sizes.width, sizes.height), (1000, 1600));

    let (out, files) = curated.build(&picture);
    assert_eq!(files.len(), 6, "three widths in two formats: {files:?}");
    for &width in &sizes.widths {
        for format in ["webp", "jpg"] {
            let name = sizes.file(width, format);
            let bytes = std::fs::read(out.join(&name)).expect("written");
            assert!(bytes.len() > 100, "{name}");
            assert_no_metadata(&name, &bytes);
            if format == "webp" {
                assert!(
                    bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP",
                    "{name}"
                );
            }
        }
        let upright = decode_jpeg(&out.join(sizes.file(width, "jpg")));
        assert_eq!(upright.dimensions(), (width, sizes.height_at(width)));
        let (w, h) = upright.dimensions();
        assert!(
            near(upright.get_pixel(w / 2, 2).0, RED),
            "red on top at {width}"
        );
        assert!(
            near(upright.get_pixel(w / 2, h - 3).0, BLUE),
            "blue below at {width}"
        );
        let mut decoder = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(
            std::fs::read(out.join(sizes.file(width, "jpg"))).expect("read"),
        ))
        .expect("a JPEG");
        assert_eq!(decoder.exif_metadata().expect("read"), None);
    }
    // The original (with its GPS position) is never copied.
    assert!(!out.join("pictures/camera.jpg").exists());
}

#[test]
fn the_focal_point_stays_in_the_picture_and_drawings_are_copied_as_they_are() {
    // Wide: a green third on the left, grey elsewhere; a square cut around a point on the left
    // keeps the green, one around a point on the right does not.
    let wide = jpeg(1800, 600, |x, _| if x < 600 { GREEN } else { GREY });
    let curated = Curated::new(
        "focus",
        &[
            (
                "left.jpg",
                wide.clone(),
                "focus = [0.1, 0.5]\naspect = \"1:1\"",
            ),
            ("right.jpg", wide, "focus = [0.9, 0.5]\naspect = \"1:1\""),
        ],
    );
    let content = curated.content();
    let left = curated.photo(&content, 0);
    let right = curated.photo(&content, 1);
    let crop = left.sizes.as_ref().expect("sizes").crop;
    assert_eq!((crop.x, crop.width, crop.height), (0, 600, 600));
    assert_eq!(right.sizes.as_ref().expect("sizes").crop.x, 1200);

    let (out, _) = curated.build(&left);
    let sizes = left.sizes.as_ref().expect("sizes");
    let shown = decode_jpeg(&out.join(sizes.file(sizes.width, "jpg")));
    assert_eq!(shown.width(), shown.height(), "square");
    for (x, y) in [
        (2, 2),
        (shown.width() / 2, shown.height() / 2),
        (shown.width() - 3, 2),
    ] {
        assert!(near(shown.get_pixel(x, y).0, GREEN), "green at {x},{y}");
    }
    let (out, _) = curated.build(&right);
    let sizes = right.sizes.as_ref().expect("sizes");
    let shown = decode_jpeg(&out.join(sizes.file(sizes.width, "jpg")));
    assert!(near(shown.get_pixel(shown.width() / 2, 2).0, GREY));

    // Without an aspect a photograph is cut to the card's 16:9.
    assert_eq!(
        Curated::new("default", &[("plain.jpg", jpeg(800, 800, |_, _| GREY), "")])
            .content()
            .pictures
            .iter()
            .find(|p| p.id == "photo-0")
            .and_then(|p| p.sizes.as_ref())
            .map(|s| (s.crop.width, s.crop.height)),
        Some((800, 450))
    );

    let drawing = content
        .pictures
        .iter()
        .find(|p| p.id == "garden")
        .expect("a drawing");
    assert!(drawing.sizes.is_none());
    let (out, files) = curated.build(drawing);
    assert_eq!(files, [("pictures/garden.svg".to_string(), files[0].1)]);
    assert_eq!(
        std::fs::read(out.join("pictures/garden.svg")).expect("copied"),
        std::fs::read(assets().join("pictures/garden.svg")).expect("read")
    );
}

#[test]
fn a_sixteen_bit_png_is_brought_to_eight_bits() {
    let image = image::ImageBuffer::<image::Rgb<u16>, Vec<u16>>::from_fn(640, 360, |x, _| {
        if x < 320 {
            image::Rgb([65535, 0, 0])
        } else {
            image::Rgb([0, 0, 65535])
        }
    });
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb16(image)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("a PNG");
    let curated = Curated::new("sixteen", &[("scan.png", png, "")]);
    let content = curated.content();
    let picture = curated.photo(&content, 0);
    let (out, files) = curated.build(&picture);
    let sizes = picture.sizes.as_ref().expect("sizes");
    assert_eq!(sizes.widths, [480, 640]);
    assert_eq!(files.len(), 4);
    let shown = decode_jpeg(&out.join(sizes.file(640, "jpg")));
    assert!(near(shown.get_pixel(5, 5).0, [255, 0, 0]));
    assert!(near(shown.get_pixel(635, 5).0, [0, 0, 255]));
}

#[test]
fn every_file_the_build_cannot_show_is_named_with_what_is_wrong_in_english_and_german() {
    let good = jpeg(400, 300, |x, y| [(x % 256) as u8, (y % 256) as u8, 90]);
    let truncated = good[..good.len() * 6 / 10].to_vec();
    let mut cmyk = Vec::new();
    jpeg_encoder::Encoder::new(&mut cmyk, 90)
        .encode(&[0u8; 64 * 64 * 4], 64, 64, jpeg_encoder::ColorType::Cmyk)
        .expect("a CMYK JPEG");
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(RgbImage::new(8, 8))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("a PNG");
    let cases: [(&str, Vec<u8>, &str, &str); 7] = [
        (
            "cut.jpg",
            truncated,
            "is damaged or cut short",
            "ist beschädigt oder unvollständig",
        ),
        ("print.jpg", cmyk, "is a JPEG in CMYK colours", "CMYK"),
        (
            "renamed.jpg",
            png,
            "is a PNG picture inside, but its name says JPEG",
            "ist innen ein PNG-Bild",
        ),
        (
            "empty.png",
            png_header(0, 0),
            "has no pixels (0 × 0)",
            "hat keine Pixel (0 × 0)",
        ),
        (
            "huge.png",
            png_header(8661, 5774),
            "has 51 megapixels (8661 × 5774), more than the 50",
            "51 Megapixel",
        ),
        (
            "notes.jpg",
            b"just some text, not a picture".to_vec(),
            "is not a JPEG or PNG picture inside",
            "ist innen kein JPEG- oder PNG-Bild",
        ),
        (
            "scan.tiff",
            b"II*\0".to_vec(),
            "is neither a photograph (.jpg, .png) nor a drawing (.svg)",
            "ist weder ein Foto",
        ),
    ];
    let photos: Vec<(&str, Vec<u8>, &str)> = cases
        .iter()
        .map(|(file, bytes, _, _)| (*file, bytes.clone(), ""))
        .collect();
    let curated = Curated::new("broken", &photos);
    let problems = curated.check().expect_err("every file is refused");
    for (file, _, english, german) in &cases {
        let found: Vec<&Problem> = problems
            .iter()
            .filter(|p| p.message.contains(&format!("assets/pictures/{file}")))
            .collect();
        assert_eq!(found.len(), 1, "{file}: {problems:?}");
        let problem = found[0];
        assert_eq!(
            (problem.file.as_str(), problem.field.as_str()),
            ("pictures.toml", "file")
        );
        assert!(problem.message.contains(english), "{file}: {problem}");
        assert!(untranslated(problem).is_empty(), "no German for {problem}");
        let shown = problem.shown(Language::German);
        assert!(
            shown.contains(german) && shown.contains(file),
            "{file}: {shown}"
        );
    }
    assert_eq!(problems.len(), cases.len(), "{problems:?}");
}

#[test]
fn a_photograph_needs_a_source_and_sane_fields() {
    let photo = jpeg(64, 64, |_, _| GREY);
    let curated = Curated::new(
        "fields",
        &[(
            "a.jpg",
            photo,
            "focus = [1.5, 0.5]\naspect = \"16/9\"\nlicence_url = \"creativecommons.org\"",
        )],
    );
    let toml_path = curated.dir.join("content/pictures.toml");
    let toml = std::fs::read_to_string(&toml_path).expect("read");
    std::fs::write(&toml_path, toml.replace("source = \"Testarchiv\"\n", "")).expect("written");
    let problems = curated.check().expect_err("refused");
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    for (field, text) in [
        (
            "source",
            "the photograph assets/pictures/a.jpg has no source",
        ),
        (
            "focus",
            "the focal point is not two fractions between 0 and 1",
        ),
        ("aspect", "\"16/9\" is not a shape this check knows"),
        (
            "licence_url",
            "\"creativecommons.org\" is not a web address",
        ),
    ] {
        assert!(
            problems
                .iter()
                .any(|p| p.field == field && p.message.contains(text)),
            "{field}: {shown:?}"
        );
    }
    for problem in &problems {
        assert!(untranslated(problem).is_empty(), "no German for {problem}");
    }
}

/// Not a test of behaviour: times the whole way for a 50-megapixel camera JPEG (8660 × 5773,
/// lying on its side by EXIF, with a GPS position).
/// `cargo test --test pictures -- --ignored --nocapture fifty`
#[test]
#[ignore]
fn fifty_megapixels_timed() {
    use std::time::Instant;
    let started = Instant::now();
    let big = with_exif(
        &jpeg(8660, 5773, |x, y| {
            [(x / 34) as u8, (y / 23) as u8, ((x ^ y) & 0xff) as u8]
        }),
        6,
    );
    println!(
        "generated {} bytes in {:.1} s",
        big.len(),
        started.elapsed().as_secs_f64()
    );
    // Kept for a try of the whole build (EXHIBIT_ASSETS) when asked for.
    if let Ok(path) = std::env::var("EXHIBIT_DEMO_PHOTO") {
        std::fs::write(path, &big).expect("written");
    }
    let curated = Curated::new("fifty", &[("big.jpg", big, "focus = [0.3, 0.6]")]);
    let started = Instant::now();
    let content = curated.content();
    println!("content check in {:.1} s", started.elapsed().as_secs_f64());
    let picture = curated.photo(&content, 0);
    let started = Instant::now();
    let (_, files) = curated.build(&picture);
    println!("encoded in {:.1} s", started.elapsed().as_secs_f64());
    for (name, bytes) in &files {
        println!("  {name}: {bytes} bytes");
    }
    let started = Instant::now();
    curated.build(&picture);
    println!(
        "again, from the cache, in {:.2} s",
        started.elapsed().as_secs_f64()
    );
}
