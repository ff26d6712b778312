#!/usr/bin/env bash
# The main job: build the extension for Chrome and Firefox, then show it working in headless
# Chromium against stand-in city sites on loopback. Results land in demo-output/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
npm run build
npx tsx scripts/demo.ts
