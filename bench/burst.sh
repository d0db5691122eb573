#!/usr/bin/env bash
# A classroom burst: 1,000 pupils in classes of 30 sign in with their codes and
# answer a quiz, all starting within 10 seconds, against a release build on a
# fresh database. Prints requests per second, p50/p99 latency, errors, answers
# acknowledged against answers stored, start-up time and resident memory.
#   bench/burst.sh                          # SQLite
#   bench/burst.sh --database-url postgres://postgres@127.0.0.1:5432/test   # PostgreSQL
# (a database lanterne_burst is created beside the one named). Options: --pupils N --seconds S,
# --sign-ins-per-second R (correct teacher sign-ins alongside, each an Argon2id hash).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/release/xtask ] && [ -x target/release/lanterne ] || scripts/build.sh
exec target/release/xtask burst "$@"
