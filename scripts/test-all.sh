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
step "fixture host pages" npx vite build --config tests/e2e/fixtures/vite.config.ts --logLevel warn

# Three processes side by side: Chromium, and Firefox ESR (the slower) in two halves. Most
# of an e2e test's time is waiting (debounces, polls, page loads), so they share the two
# cores well. Each process keeps one browser at a time; the build-output checks run once.
# FIREFOX_FIRST_HALF: the longest Firefox files, about half of its time; the rest go second.
FIREFOX_FIRST_HALF=(insert-editors note-engine templates accessibility hostile-page insert-targets continuity)
e2e_run() {
  local name=$1 kind=$2
  shift 2
  REVERIE_E2E_BROWSERS=$kind REVERIE_FIXTURES_BUILT=1 npx vitest run -c vitest.e2e.config.ts "$@" \
    --reporter=default --reporter=json --outputFile="test-results/e2e-$name.json" \
    >"test-results/e2e-$name.log" 2>&1
}
first_half=()
rest=()
for file in "${FIREFOX_FIRST_HALF[@]}"; do
  first_half+=("tests/e2e/$file.e2e.ts")
  rest+=(--exclude "tests/e2e/$file.e2e.ts")
done
echo "==> end-to-end tests (Chromium and Firefox ESR side by side)"
runs=(chromium firefox-1 firefox-2)
for name in "${runs[@]}"; do rm -f "test-results/e2e-$name.json"; done
e2e_run chromium chromium tests/build tests/e2e &
pids=($!)
e2e_run firefox-1 firefox "${first_half[@]}" &
pids+=($!)
e2e_run firefox-2 firefox tests/e2e "${rest[@]}" &
pids+=($!)
for i in "${!runs[@]}"; do
  wait "${pids[$i]}" || echo "FAILED: end-to-end tests (${runs[$i]})"
done
for name in "${runs[@]}"; do
  echo "==> end-to-end tests: $name"
  cat "test-results/e2e-$name.log"
  count_vitest "test-results/e2e-$name.json"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
