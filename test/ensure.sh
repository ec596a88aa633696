#!/usr/bin/env bash
# Installs what the tests and the benchmark need on a fresh machine: the npm packages
# (when node_modules does not match the lock file) and Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if node scripts/lock-changed.mjs; then
  if [ -L node_modules ]; then
    # npm ci empties node_modules first, through the link: the other tree would lose its packages.
    echo "node_modules is a link to another tree and does not match package-lock.json: run 'npm ci' there." >&2
    exit 1
  fi
  echo "── installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "── installing Debian's Chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
