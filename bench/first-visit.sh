#!/usr/bin/env bash
# First-visit bytes of a page, compressed as a browser would receive them:
# the HTML and every stylesheet, script, WebAssembly module and icon it loads.
#   bench/first-visit.sh [BASE_URL] [PATH]
# Defaults: http://127.0.0.1:3000 and a lesson page. Start the site first (scripts/run.sh).
# The budget (DESIGN.md §4) is 100 KB for a lesson page.
set -euo pipefail
base=${1:-http://127.0.0.1:3000}
path=${2:-/modules/my-information/lessons/1}
encoding='Accept-Encoding: br, gzip'

size() { curl -s -H "$encoding" -o /dev/null -w '%{size_download}' "$base$1"; }

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
printf '%-40s %8d  (budget 102400: %s)\n' "total" "$total" "$([ "$total" -le 102400 ] && echo within || echo OVER)"
