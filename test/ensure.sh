#!/usr/bin/env bash
# Installs what the tests and the benchmark need on a fresh machine: the npm packages
# (when node_modules does not match the lock file) and Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/install-if-changed.sh

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "── installing Debian's Chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
