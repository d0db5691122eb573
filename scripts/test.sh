#!/usr/bin/env bash
# The README's test command: format, lints, unit and integration tests on
# SQLite and PostgreSQL (security and access tests among them), then against a
# release build the crash test and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

step "tools"
scripts/setup.sh --tests

step "format"
cargo fmt --all --check

step "lints"
cargo clippy --release --workspace --all-targets -- -D warnings

step "PostgreSQL"
# The integration tests create their own databases on this server; start it if it stopped.
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi

step "unit and integration tests (SQLite and PostgreSQL)"
cargo test --release --workspace

step "release build"
scripts/build.sh

step "crash test: kill -9 the server 20 times while pupils answer"
target/release/xtask crash --cycles 20

step "scale-out: two server processes on one PostgreSQL"
if [ "${LANTERNE_SKIP_POSTGRES:-0}" = 1 ]; then
  echo "SKIPPED (LANTERNE_SKIP_POSTGRES=1)"
else
  target/release/xtask two-instances --database-url "${LANTERNE_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
fi

step "browser tests (Chromium, with and without JavaScript)"
(cd end2end && npx playwright test)
