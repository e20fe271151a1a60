#!/usr/bin/env bash
# Everything CI checks, in order: lint, typecheck, unit tests, dependency audit, build, size budget, e2e.
# Ends with one line "N passed, N failed" counting unit and e2e tests together; exits non-zero if anything failed.
# First makes sure the browser is there (scripts/ensure-chromium.sh installs Debian's chromium when run as root),
# and stops at once, with the command to run, when it cannot be.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! bash scripts/ensure-chromium.sh; then
  echo "0 passed, 1 failed"
  exit 1
fi
mkdir -p reports
rm -f reports/unit.json reports/e2e.json
status=0
step() { echo; echo "== $1"; shift; "$@" || { echo "!! failed: $*"; status=1; }; }

step lint node_modules/.bin/eslint . --max-warnings=0
step typecheck node_modules/.bin/tsc --noEmit
step "unit tests" node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "audit" node scripts/audit.mjs
step build bash -c "node scripts/build-client.mjs && node_modules/.bin/next build"
if [ -d .next ] && [ -f .next/BUILD_ID ]; then
  step "size budget" node scripts/size.mjs
  PLAYWRIGHT_JSON_OUTPUT_FILE=reports/e2e.json step e2e node_modules/.bin/playwright test --reporter=list,json
else
  echo "!! e2e not run: the build failed"; status=1
fi

node scripts/count-tests.mjs reports/unit.json reports/e2e.json || status=1
exit $status
