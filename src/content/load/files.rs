//! Reading the content folder from disk: the curated files, the pictures beside them and the
//! list of characters the bundled fonts hold.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io;
use std::path::{Path, PathBuf};

/// The content files in memory: paths below the content folder and their text, plus the
/// picture files found beside them.
#[derive(Clone, Debug, Default)]
pub struct ContentFiles {
    pub files: BTreeMap<String, String>,
    /// Paths below `assets/` of the files pictures may point at.
    pub asset_files: BTreeSet<String>,
    /// Characters the bundled fonts can show; `None` skips that check.
    pub font_coverage: Option<HashSet<char>>,
    /// The `assets` folder, where photographs are read from when they are checked (one at a
    /// time: they are large); `None` when the files were not read from disk.
    pub assets: Option<PathBuf>,
}

impl ContentFiles {
    /// Reads `assets/content/` (every .toml and .csv), the picture files in `assets/pictures/`
    /// and the font coverage list `assets/fonts/coverage.txt`, given the `assets` folder.
    pub fn read(assets: &Path) -> io::Result<Self> {
        let mut content = ContentFiles {
            assets: Some(assets.to_path_buf()),
            ..ContentFiles::default()
        };
        let root = assets.join("content");
        for path in walk(&root)? {
            let relative = relative(&root, &path);
            if relative.ends_with(".toml") || relative.ends_with(".csv") {
                let text = std::fs::read(&path)?;
                let text = String::from_utf8(text).unwrap_or_else(|bytes| {
                    // Kept so the loader can say which file is not UTF-8.
                    String::from_utf8_lossy(bytes.as_bytes()).into_owned()
                });
                content.files.insert(relative, text);
            }
        }
        let pictures = assets.join("pictures");
        if pictures.is_dir() {
            for path in walk(&pictures)? {
                content.asset_files.insert(relative(assets, &path));
            }
        }
        if let Ok(list) = std::fs::read_to_string(assets.join("fonts").join("coverage.txt")) {
            content.font_coverage = Some(list.chars().collect());
        }
        Ok(content)
    }
}

fn walk(dir: &Path) -> io::Result<Vec<std::path::PathBuf>> {
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(walk(&path)?);
        } else {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_content_pictures_and_font_coverage() {
        let assets = std::env::temp_dir().join(format!("exhibit-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&assets);
        let write = |path: &str, bytes: &[u8]| {
            let path = assets.join(path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
            std::fs::write(path, bytes).expect("written");
        };
        write("content/eras.toml", b"id = 1\n");
        write("content/series/trade.csv", b"year,value\n");
        write("content/notes.md", b"not content");
        // Latin-1 "ü": kept, damaged, so the loader can say the file is not UTF-8.
        write("content/events/latin1.toml", b"de = \"M\xfcnchen\"\n");
        write("pictures/garden.svg", b"<svg/>");
        write("fonts/coverage.txt", "南京".as_bytes());

        let files = ContentFiles::read(&assets);
        let _ = std::fs::remove_dir_all(&assets);
        let files = files.expect("readable");

        let names: Vec<&str> = files.files.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            ["eras.toml", "events/latin1.toml", "series/trade.csv"]
        );
        assert!(files.files["events/latin1.toml"].contains('\u{FFFD}'));
        assert_eq!(
            files.asset_files,
            BTreeSet::from(["pictures/garden.svg".to_string()])
        );
        assert_eq!(files.font_coverage, Some(HashSet::from(['南', '京'])));
    }

    #[test]
    fn a_missing_folder_is_empty_content_not_an_error() {
        let files = ContentFiles::read(Path::new("/nonexistent/exhibit-assets")).expect("empty");
        assert!(files.files.is_empty() && files.asset_files.is_empty());
        assert!(files.font_coverage.is_none());
    }
}
