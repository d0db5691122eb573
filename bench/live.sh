#!/usr/bin/env bash
# Live sessions under load: 10 sessions of 30 devices following their event
# streams, each session advanced 5 times; prints the delay from "advance" to
# each device's event (p50, p99, max), the events missed or streams dropped,
# and the servers' CPU share. On SQLite one instance; with
# --database-url postgres://… two instances, devices split between them.
#   bench/live.sh [--database-url URL] [--sessions 10] [--devices 30] [--advances 5]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/release/xtask ] && [ -x target/release/lanterne ] || scripts/build.sh
exec target/release/xtask live "$@"
