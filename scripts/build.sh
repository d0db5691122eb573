#!/usr/bin/env bash
# Builds the release server (target/release/lanterne) and the WebAssembly bundle (target/site/pkg).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
cargo run --quiet --release -p xtask -- wasm
cargo build --release -p server --bin lanterne
