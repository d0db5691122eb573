#!/usr/bin/env bash
# Installs what building Lanterne needs, once; every later run takes seconds.
#   scripts/setup.sh          the Rust WebAssembly target and binaryen (wasm-opt)
#   scripts/setup.sh --tests  also Debian's Chromium, the browser tests' npm packages and
#                             the Python environment of their LTI platform (end2end/lti)
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
  # The LTI 1.3 platform the browser tests launch Lanterne from, in a virtual environment of its
  # own; installed again only when its requirements change (the stamp is newer otherwise).
  lti_venv=end2end/lti/.venv
  lti_stamp="$lti_venv/.requirements-installed"
  if [ ! -f "$lti_stamp" ] || [ end2end/lti/requirements.txt -nt "$lti_stamp" ]; then
    if ! "$lti_venv/bin/python" -m pip --version >/dev/null 2>&1; then
      echo "setup: creating the LTI platform's Python environment ($lti_venv)"
      rm -rf "$lti_venv"
      if ! python3 -m venv "$lti_venv" >/dev/null 2>&1; then
        echo "setup: installing Debian's python3-venv"
        rm -rf "$lti_venv"
        apt_install python3-venv
        python3 -m venv "$lti_venv"
      fi
    fi
    echo "setup: installing the LTI platform's Python packages"
    "$lti_venv/bin/python" -m pip install --quiet --disable-pip-version-check \
      -r end2end/lti/requirements.txt
    touch "$lti_stamp"
  fi
fi
