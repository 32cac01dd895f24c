# Sourced by the other scripts: the tools they install come first on PATH.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# The second and third browsers of the end-to-end smoke suite (tests/e2e/smoke.mjs).
export FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"
export WEBKIT_WEBDRIVER="${WEBKIT_WEBDRIVER:-/usr/bin/WebKitWebDriver}"
export WEBKIT_MINIBROWSER="${WEBKIT_MINIBROWSER:-/usr/lib/$(uname -m)-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
# One target directory for every build and test layer.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
# The Python of the project's virtual environment (scripts/setup.sh creates it): fontTools for
# the font subsets. Debian and Ubuntu refuse pip installs into the system's Python.
export EXHIBIT_VENV="${EXHIBIT_VENV:-$ROOT/.venv}"
export PYTHON="$EXHIBIT_VENV/bin/python"
# Shorter panic paths in the wasm (issue 17): the file names of panic locations lose the
# machine's own prefixes (this checkout, the crate registry, the Rust toolchain), so
# "/root/.cargo/registry/src/index.crates.io-…/yew-0.23.0/src/html/mod.rs" ships as
# "yew-0.23.0/src/html/mod.rs". For every wasm32 build (Trunk, clippy, the browser tests) alike,
# so they share one set of compiled crates.
exhibit_remap() {
  local flags=() cargo_home="${CARGO_HOME:-$HOME/.cargo}" commit dir
  flags+=("--remap-path-prefix=$ROOT/=")
  for dir in "$cargo_home"/registry/src/*/ "$cargo_home"/git/checkouts/; do
    [[ -d "$dir" ]] && flags+=("--remap-path-prefix=$dir=")
  done
  commit="$(rustc -vV 2>/dev/null | sed -n 's/^commit-hash: //p')"
  [[ -n "$commit" ]] && flags+=("--remap-path-prefix=/rustc/$commit/=")
  # Cargo splits this variable at spaces: a path with a space is left as it is.
  local flag out=()
  for flag in "${flags[@]}"; do [[ "$flag" == *" "* ]] || out+=("$flag"); done
  echo "${out[*]}"
}
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-$(exhibit_remap)}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
