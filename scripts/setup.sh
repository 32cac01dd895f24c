#!/usr/bin/env bash
# Installs everything the exhibit needs to build, run and test, at pinned versions.
# Idempotent: what is already installed at the right version is skipped.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

TRUNK_VERSION="0.21.14"

step() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
fail() {
  printf 'setup failed: %s\n  how to fix: %s\n' "$1" "$2" >&2
  exit 1
}

# wasm-bindgen's CLI must equal the crate in Cargo.lock, byte for byte in its version.
[ -f Cargo.lock ] || cargo generate-lockfile --offline 2>/dev/null || cargo generate-lockfile \
  || fail "cannot create Cargo.lock" "check that crates.io is reachable"
BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)"
[ -n "$BINDGEN_VERSION" ] || fail "no wasm-bindgen in Cargo.lock" "run 'cargo generate-lockfile'"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown \
    || fail "rustup could not add wasm32-unknown-unknown" "run 'rustup target add wasm32-unknown-unknown' and read its error"
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding $component"
    rustup component add "$component" || fail "rustup could not add $component" "run 'rustup component add $component'"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing Trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked \
    || fail "cargo install trunk $TRUNK_VERSION failed" "check crates.io is reachable and that rustc is at least 1.81"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "installing wasm-bindgen-cli $BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: the CLI's own lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$BINDGEN_VERSION" \
    || fail "cargo install wasm-bindgen-cli =$BINDGEN_VERSION failed" "check crates.io; the version must equal Cargo.lock's wasm-bindgen"
fi

missing_debs=()
[ -x "$CHROMIUM" ] || missing_debs+=(chromium)
[ -x "$CHROMEDRIVER" ] || missing_debs+=(chromium-driver)
# Sources of the bundled font subsets (scripts/build-fonts.sh).
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing_debs+=(fonts-noto-cjk)
dpkg -s fonts-inter >/dev/null 2>&1 || missing_debs+=(fonts-inter)
# A C compiler: libwebp-sys builds libwebp (the photographs' WebP encoder) from its C sources.
command -v cc >/dev/null 2>&1 || missing_debs+=(gcc libc6-dev)
# zbarimg reads the kiosk's QR codes back in the end-to-end tests, as a phone would.
command -v zbarimg >/dev/null 2>&1 || missing_debs+=(zbar-tools)
# The smoke suite's other browsers, without the packages they only recommend (WebKitGTK's
# GStreamer plugins, Mesa, desktop portal): Firefox ESR (driven by puppeteer-core over WebDriver
# BiDi) and WebKitGTK (its WebDriver brings libwebkit2gtk-4.1-0 with the MiniBrowser) on a
# virtual display.
missing_browser_debs=()
[ -x "$FIREFOX" ] || missing_browser_debs+=(firefox-esr)
[ -x "$WEBKIT_WEBDRIVER" ] && [ -x "$WEBKIT_MINIBROWSER" ] || missing_browser_debs+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing_browser_debs+=(xvfb)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ "${#missing_debs[@]}" -gt 0 ] || [ "${#missing_browser_debs[@]}" -gt 0 ]; then
  step "installing Debian packages: ${missing_debs[*]} ${missing_browser_debs[*]}"
  $SUDO apt-get update -qq || fail "apt-get update failed" "check that Debian's package mirror is reachable"
fi
if [ "${#missing_debs[@]}" -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing_debs[@]}" >/dev/null \
    || fail "apt-get install ${missing_debs[*]} failed" "run 'apt-get install ${missing_debs[*]}' and read its error"
fi
if [ "${#missing_browser_debs[@]}" -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing_browser_debs[@]}" >/dev/null \
    || fail "apt-get install ${missing_browser_debs[*]} failed" "run 'apt-get install --no-install-recommends ${missing_browser_debs[*]}' and read its error"
fi

# npm tools (wasm-opt from binaryen, playwright-core, axe-core, puppeteer-core), exactly as
# package-lock.json says; puppeteer downloads no browser (it drives Debian's firefox-esr).
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  step "installing npm packages from package-lock.json"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error \
    || fail "npm ci failed" "check the npm registry is reachable and package-lock.json matches package.json"
  echo "$lock_hash" > node_modules/.lock-hash
fi
[ "$(wasm-opt --version 2>/dev/null | cut -d' ' -f3)" = "132" ] \
  || fail "wasm-opt on PATH is not binaryen 132" "remove node_modules and run this script again"

# fontTools reads and subsets the woff2 fonts (scripts/fonts.py), in a virtual environment of
# the project's own ($EXHIBIT_VENV, default .venv, ignored by git): a stock Debian 12 or Ubuntu
# 24.04 refuses pip installs into the system's Python. Every script runs "$PYTHON" (env.sh).
if ! "$PYTHON" -c "import sys" 2>/dev/null || ! "$PYTHON" -m pip --version >/dev/null 2>&1; then
  if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
    step "installing Debian's python3-venv"
    $SUDO apt-get update -qq || fail "apt-get update failed" "check that Debian's package mirror is reachable"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null \
      || fail "apt-get install python3-venv failed" "run 'apt-get install python3-venv' and read its error"
  fi
  step "creating the Python virtual environment $EXHIBIT_VENV"
  rm -rf "$EXHIBIT_VENV"
  python3 -m venv "$EXHIBIT_VENV" \
    || fail "python3 -m venv $EXHIBIT_VENV failed" "install Debian's python3-venv, then run this script again"
fi
if ! "$PYTHON" -c "import fontTools, brotli" 2>/dev/null \
  || [ "$("$PYTHON" -c 'import fontTools; print(fontTools.version)')" != "4.60.1" ]; then
  step "installing fonttools 4.60.1 and brotli 1.1.0 from PyPI into $EXHIBIT_VENV"
  "$PYTHON" -m pip install --quiet --disable-pip-version-check \
    "fonttools==4.60.1" "brotli==1.1.0" \
    || fail "pip could not install fonttools and brotli" "run '$PYTHON -m pip install fonttools==4.60.1 brotli==1.1.0' and read its error"
fi

# Trunk builds offline: every crate must already be in cargo's cache.
cargo fetch --quiet || fail "cargo fetch failed" "check that crates.io is reachable"
step "ready (trunk $TRUNK_VERSION, wasm-bindgen $BINDGEN_VERSION, $(wasm-opt --version | cut -d' ' -f1-3), $("$CHROMIUM" --version 2>/dev/null | head -1))"
