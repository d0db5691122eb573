#!/usr/bin/env bash
# First-visit bytes of pages, compressed as a browser would receive them: the HTML and every
# stylesheet, script, WebAssembly module and icon it loads.
#   bench/first-visit.sh [BASE_URL] [PATH...]
# Defaults: http://127.0.0.1:3000, a lesson page for 8–10 with its illustration, and a scenario step
# drawn as a game chat. Start the site first (scripts/run.sh).
# The budget (DESIGN.md §4) is 100 KB for each page. Exits non-zero when a page is over it.
set -euo pipefail
base=${1:-http://127.0.0.1:3000}
shift || true
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=(/modules/my-information/lessons/1 /modules/behind-the-screen/scenarios/too-nice-player)
fi
encoding='Accept-Encoding: br, gzip'
budget=102400

size() { curl -s -H "$encoding" -o /dev/null -w '%{size_download}' "$base$1"; }

over=0
for path in "${paths[@]}"; do
  html=$(curl -s "$base$path")
  assets=$(printf '%s' "$html" | grep -oE '(href|src)="/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//' \
    | grep -E '\.(css|js|wasm|svg|png|ico)$' | sort -u)
  total=$(size "$path")
  printf '%-40s %8s\n' "what" "bytes"
  printf '%-40s %8d\n' "$path (html)" "$total"
  for asset in $assets; do
    bytes=$(size "$asset")
    total=$((total + bytes))
    printf '%-40s %8d\n' "$asset" "$bytes"
  done
  verdict=within
  if [ "$total" -gt "$budget" ]; then verdict=OVER; over=1; fi
  printf '%-40s %8d  (budget %d: %s)\n\n' "total" "$total" "$budget" "$verdict"
done
exit "$over"
