#!/usr/bin/env bash
# Builds the release bundle into dist/: Trunk (wasm-opt -Oz), the JavaScript glue minified, then every view prerendered to
# static HTML, the pictures (drawings copied, photographs as WebP and JPEG sizes without
# metadata; encoded once, then kept in $CARGO_TARGET_DIR/picture-sizes), the link previews
# (scripts/draw-previews.mjs; cached in $CARGO_TARGET_DIR/previews), the service worker,
# gzip and brotli copies, and a size report.
# EXHIBIT_ORIGIN sets the public web address the pages and the sitemap name (default: the
# address scripts/run.sh serves on); with a path (https://example.org/ausstellung/nanjing/)
# every address of the build lies below it (scripts/rebase.mjs). EXHIBIT_EMBED_ORIGINS lists the
# websites that may frame the embeds (scripts/embed-origins.mjs; default: any).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
EXHIBIT_RELEASE_BUILD=1 trunk build --release
node scripts/minify-glue.mjs dist
cargo run --quiet --bin prerender -- dist "${EXHIBIT_ORIGIN:-http://127.0.0.1:${PORT:-8080}}" "$CARGO_TARGET_DIR/previews"
cargo run --quiet --bin pictures -- dist
# The link previews (og:image): each preview's page photographed in Chromium into
# dist/previews/; unchanged ones come from $CARGO_TARGET_DIR/previews/cache.
node scripts/draw-previews.mjs dist "$CARGO_TARGET_DIR/previews"
# The fonts' licence and the notices of the crates in the wasm (dist/licenses/).
node scripts/write-licences.mjs dist
# An origin with a path (https://example.org/ausstellung/nanjing/) serves the exhibit there.
node scripts/rebase.mjs dist "$(node -e 'console.log(new URL(process.argv[1]).pathname)' "${EXHIBIT_ORIGIN:-http://127.0.0.1/}")"
# Which websites may frame the embeds (EXHIBIT_EMBED_ORIGINS; default any): dist/embed-origins.conf.
node scripts/embed-origins.mjs dist
node scripts/write-sw.mjs dist
node scripts/compress.mjs dist
bash scripts/report-size.sh dist
bash scripts/release.sh dist
