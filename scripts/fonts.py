"""Bundled fonts: subsets of Inter (Latin) and Noto Sans CJK SC (Chinese) as woff2.

    python3 scripts/fonts.py build LAYERS_FILE   writes assets/fonts/*.woff2, faces.css and
                                                 coverage.txt
    python3 scripts/fonts.py check               checks coverage.txt and faces.css against the
                                                 woff2 files

The subsets hold exactly the characters the content and the interface use (LAYERS_FILE, made
by `check-content --charset-layers`) plus what the browser's number formatting can add. Sources
are Debian's fonts-inter and fonts-noto-cjk, so the output is reproducible on any machine of
ours. Both fonts are under the SIL Open Font License 1.1, which allows subsetting and bundling.

The Chinese face is cut into slices, each declared with its unicode-range in faces.css, so a
browser downloads only the slices whose characters are on screen: slice 0 holds the language
names (every page shows "中文"), slice 1 what first views show (interface, titles, names),
the rest of the characters follow in slices of the most frequent first.
"""
import re
import sys
from collections import Counter
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path("assets/fonts")
LATIN = {
    400: "/usr/share/fonts/opentype/inter/Inter-Regular.otf",
    700: "/usr/share/fonts/opentype/inter/Inter-Bold.otf",
}
CJK = {
    400: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    700: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
CJK_SC_INDEX = 2  # "Noto Sans CJK SC" inside the collections

# What Intl.NumberFormat / DateTimeFormat may print in de, zh and en beyond the content's own
# characters, and the typography every text may use.
EXTRA = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "ÄÖÜäöüßéèáàçñ–—‘’‚“”„…·•€$¥£%‰±×÷−≈≥≤→←↑↓ \u00a0\u202f"
    + "亿万千百十美元欧人民币约近超过年月日至第季度"
    + "，。、：；！？（）《》「」【】“”‘’…—·"
)


REST_SLICE = 150  # characters per slice after the first two


def is_cjk(char):
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or char in "“”‘’…—·"
    )


def subset_font(source, index, chars, target):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga", "calt", "locl", "tnum", "case", "vert", "vkrn"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright and licence names
    options.hinting = False
    options.desubroutinize = True
    font = TTFont(source, fontNumber=index, lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)


def covered():
    chars = set()
    for path in sorted(FONTS.glob("*.woff2")):
        chars |= {chr(c) for c in TTFont(path).getBestCmap()}
    return "".join(sorted(chars))


def frequencies():
    """How often each character occurs in the content files: common ones go in earlier slices."""
    counts = Counter()
    for path in Path("assets/content").rglob("*"):
        if path.suffix in (".toml", ".csv"):
            counts.update(path.read_text(encoding="utf-8"))
    return counts


def unicode_range(chars):
    """`U+4E2D, U+6587-6589` for the code points of `chars`."""
    codes = sorted(ord(c) for c in chars)
    parts = []
    start = prev = codes[0]
    for code in codes[1:] + [None]:
        if code is not None and code == prev + 1:
            prev = code
            continue
        parts.append(f"U+{start:04X}" if start == prev else f"U+{start:04X}-{prev:04X}")
        if code is not None:
            start = prev = code
    return ", ".join(parts)


def face(family, file, weight, chars=None):
    # The Latin faces are small and preloaded by every page (index.html): they arrive before
    # the first paint, and "optional" keeps the fallback for good where they don't, so text
    # never switches faces in front of a visitor. The Chinese slices load as they are needed.
    display = "swap" if chars else "optional"
    lines = [
        "@font-face {",
        f'  font-family: "{family}";',
        f'  src: url("/fonts/{file}") format("woff2");',
        f"  font-weight: {weight};",
        f"  font-display: {display};",
    ]
    if chars:
        lines.append(f"  unicode-range: {unicode_range(chars)};")
    lines.append("}")
    return "\n".join(lines)


def build(layers_file):
    lines = Path(layers_file).read_text(encoding="utf-8").split("\n")
    names, first, rest = (set(line) for line in (lines + ["", "", ""])[:3])
    first |= set(EXTRA)
    chars = {c for c in names | first | rest if not c.isspace() or c in "\u00a0\u202f "}
    latin = "".join(sorted(c for c in chars if not is_cjk(c) or c in "“”‘’…—·"))
    cjk = {c for c in chars if is_cjk(c)}
    counts = frequencies()
    slices = [sorted(cjk & names), sorted((cjk & first) - names)]
    remaining = sorted(cjk - names - first, key=lambda c: (-counts[c], c))
    slices += [sorted(remaining[i : i + REST_SLICE]) for i in range(0, len(remaining), REST_SLICE)]
    slices = [s for s in slices if s]
    FONTS.mkdir(parents=True, exist_ok=True)
    for old in FONTS.glob("*.woff2"):
        old.unlink()
    weights = {400: "400", 700: "600 800"}
    css = [
        "/* Generated by scripts/fonts.py (bash scripts/build-fonts.sh): do not edit.",
        "   Subsets of Inter and Noto Sans CJK SC (SIL Open Font License 1.1), served from the",
        "   exhibit's own origin; the Chinese face in slices that download only when on screen. */",
    ]
    for weight, source in LATIN.items():
        subset_font(source, 0, latin, FONTS / f"latin-{weight}.woff2")
        css.append(face("Exhibit Latin", f"latin-{weight}.woff2", weights[weight]))
    for weight, source in CJK.items():
        for number, part in enumerate(slices):
            file = f"cjk-sc-{weight}-{number}.woff2"
            subset_font(source, CJK_SC_INDEX, "".join(part), FONTS / file)
            css.append(face("Exhibit CJK", file, weights[weight], part))
    (FONTS / "faces.css").write_text("\n".join(css) + "\n", encoding="utf-8")
    (FONTS / "coverage.txt").write_text(covered(), encoding="utf-8")
    (FONTS / "advances.txt").write_text(advances(latin), encoding="utf-8")
    missing = sorted(c for c in chars if c not in covered() and not c.isspace())
    for path in sorted(FONTS.glob("*.woff2")):
        print(f"{path}: {path.stat().st_size} bytes")
    print(f"Chinese slices: {[len(s) for s in slices]} characters")
    if missing:
        print("The source fonts have no glyph for: " + " ".join(f"{c} (U+{ord(c):04X})" for c in missing))
        print("Replace these characters in the content.")
        return 1
    return 0


def advances(latin):
    """Each Latin character's advance in Inter Regular, in thousandths of an em: the timeline
    reads this (src/time_axis/text_width.rs) to know, without a browser, how wide a title is."""
    font = TTFont(LATIN[400])
    cmap = font.getBestCmap()
    units = font["head"].unitsPerEm
    lines = ["# Generated by scripts/fonts.py: advance widths of Inter Regular, 1/1000 em."]
    for char in latin:
        glyph = cmap.get(ord(char))
        if glyph is not None:
            width = font["hmtx"][glyph][0]
            lines.append(f"{ord(char):04X} {round(width * 1000 / units)}")
    return "\n".join(lines) + "\n"


def check():
    recorded = (FONTS / "coverage.txt").read_text(encoding="utf-8")
    actual = covered()
    if recorded != actual:
        print("assets/fonts/coverage.txt does not match the bundled fonts; run bash scripts/build-fonts.sh")
        return 1
    declared = set(re.findall(r'url\("/fonts/([^"]+)"\)', (FONTS / "faces.css").read_text(encoding="utf-8")))
    present = {path.name for path in FONTS.glob("*.woff2")}
    if declared != present:
        print(f"assets/fonts/faces.css and the font files differ: {sorted(declared ^ present)}; run bash scripts/build-fonts.sh")
        return 1
    print(f"fonts: coverage.txt and faces.css match the {len(present)} bundled fonts ({len(actual)} characters)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "build":
        sys.exit(build(sys.argv[2]))
    if len(sys.argv) >= 2 and sys.argv[1] == "check":
        sys.exit(check())
    print(__doc__)
    sys.exit(2)
