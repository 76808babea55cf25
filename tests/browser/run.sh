#!/usr/bin/env bash
# Opens the report in Debian's Chromium, driven by playwright-core from npm (never a downloaded
# browser), and checks it like a reviewer would: first a report rendered from the fixture audit
# (tests/fixtures/report/, no notebook runs), then reports/index.html from `deno task reproduce`.
# Screenshots of the first screen (desktop and phone) are left in reports/ci-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
deno run --allow-read --allow-write=reports tests/browser/render_fixture.ts
if [ ! -f reports/index.html ]; then
  # A failing notebook still writes the report (as a FAILED card); the checks below judge it.
  deno task reproduce >/dev/null || true
fi
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
prefix=$(mktemp -d)
npm install --prefix "$prefix" --no-save --no-audit --no-fund playwright-core@1.65.1 >/dev/null 2>&1
PLAYWRIGHT_DIR="$prefix/node_modules" CHROMIUM=$(command -v chromium) node tests/browser/report_in_chromium.mjs
