#!/usr/bin/env bash
# Every test Reverie has, in order: format + lint + typecheck, unit tests, both builds,
# web-ext lint of the Firefox build, end-to-end tests in real Chromium and Firefox ESR.
# Ends with one line "N passed, N failed" (each check counts as one, each test as one).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0
failed=0

step() {
  local name=$1
  shift
  echo "==> $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

# Adds a Vitest JSON report's counts; a missing report (the run crashed) is one failure.
count_vitest() {
  local report=$1
  if [ ! -f "$report" ]; then failed=$((failed + 1)); return; fi
  read -r p f < <(node -e '
    try {
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      // A run that executed no test at all counts as a failure.
      console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0));
    } catch { console.log(0, 1); }' "$report")
  passed=$((passed + p))
  failed=$((failed + f))
}

vitest_run() {
  local name=$1 report=$2
  shift 2
  echo "==> $name"
  rm -f "$report"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile="$report" || echo "FAILED: $name"
  count_vitest "$report"
}

step "format, lint, typecheck" npm run --silent check
vitest_run "unit tests" test-results/unit.json
step "store build (Chrome + Firefox)" npm run --silent build
step "e2e build (Chrome + Firefox)" npm run --silent build:e2e
step "web-ext lint (Firefox build)" npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted
vitest_run "end-to-end tests (Chromium, Firefox ESR)" test-results/e2e.json -c vitest.e2e.config.ts

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
