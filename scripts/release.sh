#!/usr/bin/env bash
# The release archive of a build: the folder scripts/build.sh wrote (dist/), with SHA256SUMS
# (the SHA-256 of every file in it), packed into release/nanjing-stuttgart-<commit>-<id>.tar.gz
# and that archive's own checksum beside it (.sha256). An IT department checks and unpacks it
# into the web server's root unchanged:
#
#   sha256sum -c nanjing-stuttgart-….tar.gz.sha256
#   mkdir /srv/exhibit && tar -xzf nanjing-stuttgart-….tar.gz -C /srv/exhibit
#   (cd /srv/exhibit && sha256sum -c --quiet SHA256SUMS)
#
# The same build gives the same archive, byte for byte (sorted names, fixed times and owners).
#
#   bash scripts/release.sh [dist]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
dir="${1:-dist}"
[ -f "$dir/index.html" ] || { echo "release: no $dir/index.html; run bash scripts/build.sh first" >&2; exit 1; }
out="$ROOT/release"
mkdir -p "$out"
(cd "$dir" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum > SHA256SUMS)
id="$(sha256sum "$dir/SHA256SUMS" | cut -c1-12)"
commit="$(git rev-parse --short=10 HEAD 2>/dev/null || echo unknown)"
archive="nanjing-stuttgart-$commit-$id.tar.gz"
tar --sort=name --mtime='2000-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner \
  -C "$dir" -cf - . | gzip -9n > "$out/$archive"
(cd "$out" && sha256sum "$archive" > "$archive.sha256")
echo "release: $out/$archive ($(du -h "$out/$archive" | cut -f1), $(wc -l < "$dir/SHA256SUMS") files; checksum in $archive.sha256)"
