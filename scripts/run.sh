#!/usr/bin/env bash
# The README's run command: builds everything, then serves the site on
# http://127.0.0.1:3000 with the bundled content and a SQLite database in data/.
# Extra arguments go to `lanterne serve` (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec target/release/lanterne serve "$@"
