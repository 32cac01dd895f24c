#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): what a Trunk build alone lacks, so `trunk serve` and a
# plain `trunk build` show the working exhibit. Trunk's inline start script is refused by the
# page's security policy, and the app starts only with its content file: both come from the
# prerenderer, which also writes every view's page. Then the pictures, the live-reload script
# as a file and a service worker that keeps nothing (scripts/trunk-dev.mjs).
# scripts/build.sh, the release bundle, runs these steps (and more) itself after Trunk.
set -euo pipefail
[ -z "${EXHIBIT_RELEASE_BUILD:-}" ] || exit 0
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
dir="${TRUNK_STAGING_DIR:?run by Trunk, which names its staging folder}"
node scripts/trunk-dev.mjs "$dir"
cargo run --quiet --bin prerender -- "$dir" "${EXHIBIT_ORIGIN:-http://127.0.0.1:8080}"
cargo run --quiet --bin pictures -- "$dir"
