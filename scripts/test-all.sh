#!/usr/bin/env bash
# The one test command (npm test): type check, unit tests, build, real-browser tests (Chromium, then
# Firefox). Every suite
# runs even when an earlier one fails, and the last line sums them all as "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
results="$(mktemp -d)"
passed=0
failed=0
status=0

count_vitest() { # $1 = JSON report written by vitest's json reporter
  if [ -s "$1" ]; then
    node -e 'const r=require(process.argv[1]);console.log(`${r.numPassedTests} ${r.numFailedTests + (r.numTotalTestSuites>0&&r.success===false&&r.numFailedTests===0?1:0)}`)' "$1"
  else
    echo "0 1" # the runner crashed before reporting: count it as one failure
  fi
}

add() { passed=$((passed + $1)); failed=$((failed + $2)); [ "$2" -eq 0 ] || status=1; }

echo "== Type check (tsc --noEmit, strict)"
if npx tsc --noEmit; then add 1 0; echo "type check passed"; else add 0 1; echo "type check FAILED"; fi

echo "== Registry validation"
if npx tsx scripts/build-registry.ts --check-only; then add 1 0; else add 0 1; fi

echo "== Unit plan validation"
if npx tsx scripts/build-unit-plan.ts --check-only; then add 1 0; else add 0 1; fi

echo "== Unit tests (vitest, fake browser, fake-indexeddb)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
read -r p f < <(count_vitest "$results/unit.json"); add "$p" "$f"

echo "== Real-browser tests (built extension in Chromium)"
if bash scripts/ensure-chromium.sh && { npx wxt build && npx wxt build -b firefox; } >"$results/build.log" 2>&1; then
  npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
  read -r p f < <(count_vitest "$results/e2e.json"); add "$p" "$f"
else
  cat "$results/build.log" 2>/dev/null
  echo "build or Chromium set-up FAILED: real-browser tests not run"
  add 0 1
fi

echo "== Real-browser tests in Firefox (Firefox build in Firefox ESR)"
if [ ! -f .output/firefox-mv2/manifest.json ]; then
  echo "no Firefox build (see the build above): Firefox tests not run"
  add 0 1
elif bash scripts/ensure-firefox.sh; then
  npx vitest run --config vitest.e2e-firefox.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e-firefox.json"
  read -r p f < <(count_vitest "$results/e2e-firefox.json"); add "$p" "$f"
else
  echo "Firefox set-up FAILED: Firefox tests not run"
  add 0 1
fi

rm -rf "$results"
echo
echo "$passed passed, $failed failed"
exit $status
