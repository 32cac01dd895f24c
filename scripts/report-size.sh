#!/usr/bin/env bash
# The build's last step: prints the size of the app's files, raw, gzip and brotli (from the
# copies scripts/compress.mjs wrote). Prerendered pages are summed, not listed one by one.
set -euo pipefail
dir="${1:-dist}"
size() { if [[ -f "$1" ]]; then stat -c %s "$1"; else echo 0; fi; }
printf '%-48s %10s %10s %10s\n' "built file" "bytes" "gzip" "brotli"
totals=(0 0 0)
while IFS= read -r file; do
  raw=$(size "$file") gz=$(size "$file.gz") br=$(size "$file.br")
  totals=($((totals[0] + raw)) $((totals[1] + gz)) $((totals[2] + br)))
  printf '%-48s %10d %10d %10d\n' "${file#"$dir"/}" "$raw" "$gz" "$br"
done < <(find "$dir" -maxdepth 1 -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) ! -name sw.js | sort)
printf '%-48s %10d %10d %10d\n' "app code (wasm, JS, CSS)" "${totals[@]}"
# Not app code, as in the benchmark: the service worker (installed once, beside the page) and
# the content (data).
printf '%-48s %10d %10d %10d\n' "service worker (sw.js)" "$(size "$dir/sw.js")" "$(size "$dir/sw.js.gz")" "$(size "$dir/sw.js.br")"
for file in "$dir"/content-*.bin; do
  [[ -f "$file" ]] || continue
  printf '%-48s %10d %10d %10d\n' "content (${file#"$dir"/})" "$(size "$file")" "$(size "$file.gz")" "$(size "$file.br")"
done
pages=$(find "$dir" -name index.html | wc -l)
page_bytes=$(find "$dir" -name index.html -exec stat -c %s {} + | awk '{s+=$1} END {print s+0}')
printf '%-48s %10d\n' "prerendered pages ($pages)" "$page_bytes"
# The link previews (og:image, scripts/draw-previews.mjs): fetched by chats, never by the app.
previews=$(find "$dir/previews" -name '*.jpg' 2>/dev/null | wc -l)
preview_bytes=$(find "$dir/previews" -name '*.jpg' -exec stat -c %s {} + 2>/dev/null | awk '{s+=$1} END {print s+0}')
printf '%-48s %10d\n' "link previews ($previews JPEG in previews/)" "$preview_bytes"
node "$(dirname "${BASH_SOURCE[0]}")/report-pictures.mjs" "$dir"
