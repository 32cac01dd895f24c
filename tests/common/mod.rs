//! What the content tests share: the shipped content, the broken corpus in
//! `tests/broken-content/`, and the random damage the validator must survive.
//! Each test file uses a part of it, so what one does not use is not a warning.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use nanjing_stuttgart::content::load::{load, ContentFiles};
use nanjing_stuttgart::content::{Content, Series};

pub fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

pub fn shipped_files() -> ContentFiles {
    ContentFiles::read(&assets()).expect("assets/content can be read")
}

pub fn shipped() -> Content {
    match load(&shipped_files()) {
        Ok(content) => content,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the shipped content has problems:\n{}", list.join("\n"))
        }
    }
}

/// The shipped series with this id.
pub fn series<'a>(content: &'a Content, id: &str) -> &'a Series {
    content
        .series
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no series {id}"))
}

/// One broken file: the content it replaces or adds, where, and the message expected.
pub struct Broken {
    pub name: String,
    pub text: String,
    pub target: String,
    pub expect: Vec<String>,
}

pub fn corpus() -> Vec<Broken> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken-content");
    let mut found = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/broken-content")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path).expect("readable");
        // Read as the loader reads: damaged bytes become U+FFFD.
        let whole = String::from_utf8_lossy(&bytes).into_owned();
        let mut text = String::new();
        let mut target = None;
        let mut expect = Vec::new();
        for line in whole.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix("# file: ") {
                target = Some(rest.trim().to_string());
            } else if let Some(rest) = line.strip_prefix("# expect: ") {
                expect.push(rest.trim_end_matches(['\n', '\r']).to_string());
            } else {
                text.push_str(line);
            }
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let target = target.unwrap_or_else(|| panic!("{name} names no `# file:`"));
        assert!(!expect.is_empty(), "{name} names no `# expect:`");
        found.push(Broken {
            name,
            text,
            target,
            expect,
        });
    }
    found
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copied");
        }
    }
}

/// A small deterministic generator, so a failing case can be reproduced from its seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Things a hurried edit in a text editor or a spreadsheet does to a file.
pub fn damage(text: &str, rng: &mut Rng) -> (String, &'static str) {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let at = rng.below(lines.len());
    let snippets = [
        "\"",
        "=",
        "[",
        "]]",
        ",",
        "\"\"\"",
        "-",
        "ü",
        "年",
        "\u{FFFD}",
        "🎉",
        "\t",
        "NaN",
        "-1",
        "1e400",
        "2019-02-30",
        "#",
        "[[event]]",
        "\\",
    ];
    let snippet = snippets[rng.below(snippets.len())];
    let kind = match rng.below(10) {
        0 => {
            lines.remove(at);
            "a line deleted"
        }
        1 => {
            let line = lines[at].clone();
            lines.insert(at, line);
            "a line doubled"
        }
        2 => {
            let other = rng.below(lines.len());
            lines.swap(at, other);
            "two lines swapped"
        }
        3 => {
            let line = &mut lines[at];
            let cut = char_boundary(line, rng.below(line.len() + 1));
            line.truncate(cut);
            "a line cut short"
        }
        4 => {
            let line = &mut lines[at];
            let pos = char_boundary(line, rng.below(line.len() + 1));
            line.insert_str(pos, snippet);
            "a character typed in"
        }
        5 => {
            let line = &mut lines[at];
            let digits: Vec<usize> = line
                .char_indices()
                .filter(|(_, c)| c.is_ascii_digit())
                .map(|(i, _)| i)
                .collect();
            if let Some(&i) = digits.get(rng.below(digits.len())) {
                line.replace_range(i..i + 1, &rng.below(10).to_string());
            }
            "a digit changed"
        }
        6 => {
            let line = &mut lines[at];
            if let Some((key, _)) = line.split_once('=') {
                let key = key.trim().to_string();
                *line = line.replacen(&key, &format!("{key}x"), 1);
            }
            "a field misspelt"
        }
        7 => {
            lines.truncate(at);
            "the file cut off"
        }
        8 => {
            let line = &mut lines[at];
            if let Some(i) = line.find(['"', ',']) {
                line.remove(i);
            }
            "a quote or comma lost"
        }
        _ => {
            lines.clear();
            "the file emptied"
        }
    };
    (lines.join("\n"), kind)
}

pub fn char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at.min(text.len())
}
