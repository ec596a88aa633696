#!/usr/bin/env bash
# The whole test suite, runnable on a fresh machine: installs what it needs (npm packages,
# Debian's Chromium), then type-checks, runs unit tests, builds, and runs the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/ensure.sh

echo "── formatting (prettier --check)"
npx prettier --check . --log-level warn
echo "── type check (svelte-check)"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine | tail -n 1
echo "── unit tests"
npx vitest run
echo "── build"
npx vite build --logLevel warn
echo "── end-to-end tests (Chromium)"
npx vitest run --config test/e2e/vitest.config.ts
