#!/usr/bin/env bash
# For curators: checks everything in assets/content/ and prints every problem at once,
# each with file, line, field, what is wrong and how to fix it. Exit code 0 means all is well.
# In German with --lang de (or when LANGUAGE, LC_ALL, LC_MESSAGES or LANG asks for German);
# --lang en for English.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
cargo run --quiet --bin check-content -- assets "$@"
