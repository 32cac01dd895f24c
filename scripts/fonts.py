"""Bundled fonts: subsets of Inter (Latin) and Noto Sans CJK SC (Chinese) as woff2.

    python3 scripts/fonts.py build CHARSET_FILE   writes assets/fonts/*.woff2 and coverage.txt
    python3 scripts/fonts.py check                checks coverage.txt against the woff2 files

The subsets hold exactly the characters the content and the interface use (CHARSET_FILE, made
by `check-content --charset`) plus what the browser's number formatting can add. Sources are
Debian's fonts-inter and fonts-noto-cjk, so the output is reproducible on any machine of ours.
Both fonts are under the SIL Open Font License 1.1, which allows subsetting and bundling.
"""
import sys
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


def build(charset_file):
    text = Path(charset_file).read_text(encoding="utf-8") + EXTRA
    chars = {c for c in text if not c.isspace() or c in "\u00a0\u202f "}
    latin = "".join(sorted(c for c in chars if not is_cjk(c) or c in "“”‘’…—·"))
    cjk = "".join(sorted(c for c in chars if is_cjk(c)))
    FONTS.mkdir(parents=True, exist_ok=True)
    for weight, source in LATIN.items():
        subset_font(source, 0, latin, FONTS / f"latin-{weight}.woff2")
    for weight, source in CJK.items():
        subset_font(source, CJK_SC_INDEX, cjk, FONTS / f"cjk-sc-{weight}.woff2")
    (FONTS / "coverage.txt").write_text(covered(), encoding="utf-8")
    missing = sorted(c for c in chars if c not in covered() and not c.isspace())
    for path in sorted(FONTS.glob("*.woff2")):
        print(f"{path}: {path.stat().st_size} bytes")
    if missing:
        print("The source fonts have no glyph for: " + " ".join(f"{c} (U+{ord(c):04X})" for c in missing))
        print("Replace these characters in the content.")
        return 1
    return 0


def check():
    recorded = (FONTS / "coverage.txt").read_text(encoding="utf-8")
    actual = covered()
    if recorded != actual:
        print("assets/fonts/coverage.txt does not match the bundled fonts; run bash scripts/build-fonts.sh")
        return 1
    print(f"fonts: coverage.txt matches the {len(list(FONTS.glob('*.woff2')))} bundled fonts ({len(actual)} characters)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "build":
        sys.exit(build(sys.argv[2]))
    if len(sys.argv) >= 2 and sys.argv[1] == "check":
        sys.exit(check())
    print(__doc__)
    sys.exit(2)
