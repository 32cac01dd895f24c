#!/usr/bin/env bash
# Builds the release bundle into dist/ (wasm-opt -Oz); Trunk's hook prints its size.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
trunk build --release
