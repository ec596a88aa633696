#!/usr/bin/env bash
# `npm run bench [-- --json] [-- --node-only]`: builds the app and installs Chromium for the browser
# figures, unless --node-only asks for the Node figures alone (no build, no browser).
set -euo pipefail
cd "$(dirname "$0")/../.."
case " $* " in
  *" --node-only "*) ;;
  *) bash test/ensure.sh && npx vite build --logLevel warn ;;
esac
# --expose-gc: the memory figures collect garbage before each reading.
exec node --expose-gc --import tsx test/bench/bench.ts "$@"
