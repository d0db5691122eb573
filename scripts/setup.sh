#!/usr/bin/env bash
# Installs what building Lanterne needs, once; every later run takes seconds.
#   scripts/setup.sh          the Rust WebAssembly target and binaryen (wasm-opt)
#   scripts/setup.sh --tests  also Debian's Chromium and the browser tests' npm packages
# Nothing is downloaded at build or run time afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then sudo_if_needed apt-get update -qq; apt_updated=1; fi
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! command -v wasm-opt >/dev/null; then
  echo "setup: installing binaryen (wasm-opt)"
  apt_install binaryen || echo "setup: binaryen unavailable; the WebAssembly will be larger"
fi

if [ "${1:-}" = "--tests" ]; then
  if ! command -v chromium >/dev/null; then
    echo "setup: installing Debian's Chromium"
    apt_install chromium chromium-driver
  fi
  if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    echo "setup: installing the browser tests' npm packages"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
