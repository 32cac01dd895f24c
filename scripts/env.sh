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
