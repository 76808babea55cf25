#!/usr/bin/env bash
# Opens reports/index.html (written by `deno task reproduce`) in Debian's Chromium, driven by
# playwright-core from npm (never a downloaded browser), and checks it like a reviewer would.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f reports/index.html ]; then deno task reproduce >/dev/null; fi
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
prefix=$(mktemp -d)
npm install --prefix "$prefix" --no-save --no-audit --no-fund playwright-core@1.65.1 >/dev/null 2>&1
PLAYWRIGHT_DIR="$prefix/node_modules" CHROMIUM=$(command -v chromium) node tests/browser/report_in_chromium.mjs
