#!/usr/bin/env bash
# Installs the npm packages only when node_modules does not match package-lock.json (compared by
# content in scripts/lock-changed.mjs: a fresh checkout's lock file looks newer than any install).
# Sourced by scripts/start.sh (npm start) and test/ensure.sh (the test suite, the bench).
if node scripts/lock-changed.mjs; then
  if [ -L node_modules ]; then
    # npm ci empties node_modules first, through the link: the other tree would lose its packages.
    echo "node_modules is a link to another tree and does not match package-lock.json: run 'npm ci' there." >&2
    exit 1
  fi
  echo "── installing npm packages (npm ci): package-lock.json changed since the last install"
  npm ci --no-audit --no-fund
fi
