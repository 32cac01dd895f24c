#!/usr/bin/env bash
# Trunk's post-build hook: prints the size of what the build produced, raw and gzipped.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' "built file" "bytes" "gzip"
while IFS= read -r file; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${file#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \) | sort)
printf '%-48s %10d %10d\n' "total" "$total_raw" "$total_gz"
