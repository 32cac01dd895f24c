#!/usr/bin/env bash
# Every check and test layer; exits non-zero on the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

section "setup"
bash scripts/setup.sh

section "format"
cargo fmt --all --check

section "clippy (host)"
cargo clippy --all-targets --quiet -- -D warnings
section "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings

section "content and fonts"
bash scripts/check-content.sh
"$PYTHON" scripts/fonts.py check

section "native tests (models, markup through the server renderer)"
cargo test --quiet

section "browser tests (wasm32 in headless Chromium)"
cargo test --target wasm32-unknown-unknown

section "release build"
bash scripts/build.sh

section "end-to-end (release build on 127.0.0.1: Playwright in Debian Chromium; the smoke suite in Firefox ESR and WebKitGTK)"
node --test --test-concurrency=1 tests/e2e/

section "all checks passed"
