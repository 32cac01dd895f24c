#!/usr/bin/env bash
# Rebuilds the bundled font subsets from the characters the content and interface use.
# Run it after adding text with new characters (the content check tells you when).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
mkdir -p "$CARGO_TARGET_DIR"
EXHIBIT_SKIP_FONT_CHECK=1 cargo run --quiet --bin check-content -- assets --charset-layers > "$CARGO_TARGET_DIR/charset-layers.txt"
"$PYTHON" scripts/fonts.py build "$CARGO_TARGET_DIR/charset-layers.txt"
