#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the web UI's browser tests (sitrep-server) when missing.
# Nothing else is downloaded: the tests drive /usr/bin/chromium and never fetch a browser of their own.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-browser: chromium/chromedriver missing and not root; install the Debian packages 'chromium' and 'chromium-driver'" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >&2
