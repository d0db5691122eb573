#!/usr/bin/env bash
# Builds the release server (target/release/lanterne) and the WebAssembly bundle (target/site/pkg).
# The whole workspace is built in one go, as the tests build it, so that cargo
# resolves the same features and reuses what the tests compiled.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
cargo build --release --workspace
target/release/xtask wasm
