#!/usr/bin/env bash
# `npm start`: installs the npm packages only when node_modules does not match package-lock.json
# (scripts/lock-changed.mjs compares contents), builds, and serves dist/ at http://localhost:$PORT/ (4173 unless PORT says).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/install-if-changed.sh

PORT="${PORT:-4173}"
if ! [[ "$PORT" =~ ^[0-9]+$ ]] || [ "$PORT" -lt 1 ] || [ "$PORT" -gt 65535 ]; then
  echo "PORT must be a port number (1-65535), not '$PORT'." >&2
  exit 2
fi
# Checked before the build, so that a busy port is said at once, with the way out.
if ! node -e "require('node:net').createServer().once('error',()=>process.exit(1)).listen($PORT,'localhost',function(){this.close()})"; then
  echo "Port $PORT is already in use (another server, or an earlier 'npm start')." >&2
  echo "Choose another one, for example:  PORT=4180 npm start" >&2
  exit 1
fi

npx vite build
exec npx vite preview --host localhost --port "$PORT" --strictPort
