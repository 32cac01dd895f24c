#!/usr/bin/env bash
# The benchmark (not part of the tests): builds the release bundle and a second one with
# generated stress content (500 events), measures both in headless Chromium on 127.0.0.1 and
# writes target/bench/report.json and target/bench/report.md; exits non-zero if a budget fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bench="$CARGO_TARGET_DIR/bench"
mkdir -p "$bench"

# The stress bundle first, so the real one is what dist/ and the target folder hold after.
node bench/stress.mjs "$bench/stress-assets" 500
# EXHIBIT_RELEASE_BUILD: as in build.sh, Trunk's hook leaves the release steps to this script.
EXHIBIT_RELEASE_BUILD=1 EXHIBIT_ASSETS="$bench/stress-assets" trunk build --release --dist "$bench/dist-stress"
node scripts/minify-glue.mjs "$bench/dist-stress"
EXHIBIT_ASSETS="$bench/stress-assets" cargo run --quiet --release --bin prerender -- "$bench/dist-stress"
EXHIBIT_ASSETS="$bench/stress-assets" cargo run --quiet --release --bin pictures -- "$bench/dist-stress"
# The benchmark opens only the start and the charts page: the 1,500 event pages would be
# hundreds of megabytes to compress for nothing.
rm -rf "$bench"/dist-stress/{de,zh,en}/event
node scripts/write-sw.mjs "$bench/dist-stress"
node scripts/compress.mjs "$bench/dist-stress"

bash scripts/build.sh

# The side by side: the same facts in TimelineJS 3 with an ECharts chart, installed from the
# package registry for the benchmark only (bench/side-by-side/package-lock.json, into
# bench/side-by-side/node_modules; nothing of them goes into dist/ or the release), written
# with their own files as a static page below the target folder and compressed like dist/.
side_lock="$(sha256sum bench/side-by-side/package-lock.json | cut -d' ' -f1)"
if [ "$(cat bench/side-by-side/node_modules/.lock-hash 2>/dev/null)" != "$side_lock" ]; then
  npm ci --prefix bench/side-by-side --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$side_lock" > bench/side-by-side/node_modules/.lock-hash
fi
node bench/side-by-side/generate.mjs "$bench/side-by-side"
node scripts/compress.mjs "$bench/side-by-side"

node bench/bench.mjs --dist dist --stress "$bench/dist-stress" --out "$bench" --side "$bench/side-by-side"
