#!/usr/bin/env bash
# The crash test: kill -9 the server repeatedly while 30 pupils answer; after
# each restart every acknowledged answer must be stored and SQLite must pass
# its integrity check. Part of scripts/test.sh. Option: --cycles N (20).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/release/xtask ] && [ -x target/release/lanterne ] || scripts/build.sh
exec target/release/xtask crash "$@"
