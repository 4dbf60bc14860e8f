#!/usr/bin/env bash
# Builds the web UI into the directory given as $1 (Maven passes the jar's resource folder).
# Uses the machine's node and npm; packages come from the npm registry through package-lock.json.
# `npm ci` runs only when node_modules is missing or older than the lock file, so rebuilds stay fast.
set -euo pipefail
OUT="${1:?usage: build.sh OUTPUT_DIR}"
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v npm >/dev/null 2>&1; then
  echo "sitrep-server/ui: npm not found: install Node.js 20+ and npm (Debian: nodejs npm)" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
npx --no-install vite build --logLevel warn --emptyOutDir --outDir "$OUT" >&2
