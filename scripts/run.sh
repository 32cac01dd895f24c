#!/usr/bin/env bash
# The exhibit for a newcomer: install what is missing, build the release bundle, serve it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs --dir dist --port "${PORT:-8080}"
