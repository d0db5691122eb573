#!/usr/bin/env bash
# Server-side rendering of a lesson page against a static file server sending
# the same bytes, on this machine in the same run: requests per second of each
# and the ratio (budget: within 3x). Options: --requests N --concurrency C.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/release/xtask ] && [ -x target/release/lanterne ] || scripts/build.sh
exec target/release/xtask render "$@"
