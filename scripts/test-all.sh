#!/usr/bin/env bash
# Every test Reverie has: format + lint + typecheck, unit tests, both builds, web-ext lint of
# the Firefox build, end-to-end tests in real Chromium and Firefox ESR.
# Ends with one line "N passed, N failed" (each check counts as one, each test as one).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0
failed=0

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

# ---------------------------------------------------------------- checks, unit tests, builds
# Side by side, as none needs another's output: the checks, the unit tests, and the builds
# (one after the other: the web-ext lint reads the store build). Each step's output goes to
# test-results/pre-<id>.log and is shown, in this order, once all are done.
pre() {
  local id=$1
  shift
  rm -f "test-results/pre-$id.rc"
  "$@" >"test-results/pre-$id.log" 2>&1
  echo $? >"test-results/pre-$id.rc"
}
# A step counts as one: passed if it exited 0.
show_step() {
  local name=$1 id=$2
  echo "==> $name"
  cat "test-results/pre-$id.log"
  if [ "$(cat "test-results/pre-$id.rc" 2>/dev/null)" = 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name"
  fi
}
rm -f test-results/unit.json
pre check npm run --silent check &
check_pid=$!
pre unit npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json &
unit_pid=$!
# The end-to-end tests need only the e2e build and the fixture pages: they start once those
# are done, while the checks, the unit tests and the store build with what reads it (the
# web-ext lint, the build-output checks) may still run (their results are shown then).
pre build-e2e npm run --silent build:e2e
pre fixtures npx vite build --config tests/e2e/fixtures/vite.config.ts --logLevel warn
rm -f test-results/build-output.json
(
  pre build npm run --silent build
  pre web-ext npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted
  pre build-output env REVERIE_FIXTURES_BUILT=1 npx vitest run -c vitest.e2e.config.ts tests/build \
    --reporter=default --reporter=json --outputFile=test-results/build-output.json
) &
store_pid=$!

# ---------------------------------------------------------------- end-to-end tests
# Three processes side by side, each running its share one file and one browser at a time.
# Most of an e2e test's time is waiting (debounces, polls, page loads), so three share the
# two cores well. A process is one or more runs: a browser and the files it runs there,
# named without their .e2e.ts. The "rest" runs take every file of tests/e2e that no other
# run of that browser lists (a new file is never left out).
# The shares balance what the last runs measured per file and browser (each browser is
# launched once per run and reset between files, tests/e2e/harness/suite.ts): Chromium and
# Firefox each take about half, so a process runs a third.
declare -A RUN_BROWSER RUN_FILES
RUN_BROWSER[chromium]=chromium
RUN_FILES[chromium]=rest
RUN_BROWSER[chromium-2]=chromium
RUN_FILES[chromium-2]="many-drafts insert-unseen-editors accessibility encryption templates"
RUN_BROWSER[firefox-1]=firefox
RUN_FILES[firefox-1]="skeleton insert-editors accessibility extension-reload continuity drafts-list many-drafts fill-fields hostile-page insert-frameworks"
RUN_BROWSER[firefox-2]=firefox
RUN_FILES[firefox-2]=rest
PROCESSES=("chromium" "firefox-1 chromium-2" "firefox-2")

e2e_run() {
  local name=$1 browser=${RUN_BROWSER[$1]} args=() other file
  if [ "${RUN_FILES[$name]}" = rest ]; then
    args+=(tests/e2e)
    for other in "${!RUN_BROWSER[@]}"; do
      [ "$other" != "$name" ] && [ "${RUN_BROWSER[$other]}" = "$browser" ] || continue
      for file in ${RUN_FILES[$other]}; do args+=(--exclude "tests/e2e/$file.e2e.ts"); done
    done
  else
    for file in ${RUN_FILES[$name]}; do args+=("tests/e2e/$file.e2e.ts"); done
  fi
  REVERIE_E2E_BROWSERS=$browser REVERIE_FIXTURES_BUILT=1 npx vitest run -c vitest.e2e.config.ts "${args[@]}" \
    --reporter=default --reporter=json --outputFile="test-results/e2e-$name.json" \
    >"test-results/e2e-$name.log" 2>&1
}
# One process: its runs one after the other, each timed (shown with its log).
e2e_process() {
  local name status=0 start
  for name in "$@"; do
    start=$SECONDS
    e2e_run "$name" || status=1
    echo "$name took $((SECONDS - start)) s" >>"test-results/e2e-$name.log"
  done
  return $status
}

# A run in no process would silently not run: count it as a failure.
for name in "${!RUN_BROWSER[@]}"; do
  [[ " ${PROCESSES[*]} " == *" $name "* ]] && continue
  echo "FAILED: end-to-end run $name is in no process"
  failed=$((failed + 1))
done
echo "==> end-to-end tests (Chromium and Firefox ESR side by side)"
for name in "${!RUN_BROWSER[@]}"; do rm -f "test-results/e2e-$name.json"; done
pids=()
for process in "${PROCESSES[@]}"; do
  # shellcheck disable=SC2086 # a process is a space-separated list of run names
  e2e_process $process &
  pids+=($!)
done
wait "$check_pid" "$unit_pid" "$store_pid"
show_step "format, lint, typecheck" check
echo "==> unit tests"
cat test-results/pre-unit.log
[ "$(cat test-results/pre-unit.rc 2>/dev/null)" = 0 ] || echo "FAILED: unit tests"
count_vitest test-results/unit.json
show_step "store build (Chrome + Firefox)" build
show_step "e2e build (Chrome + Firefox)" build-e2e
show_step "web-ext lint (Firefox build)" web-ext
show_step "fixture host pages" fixtures
echo "==> build-output checks"
cat test-results/pre-build-output.log
count_vitest test-results/build-output.json
for i in "${!PROCESSES[@]}"; do
  wait "${pids[$i]}" || echo "FAILED: end-to-end tests (${PROCESSES[$i]})"
done
for process in "${PROCESSES[@]}"; do
  for name in $process; do
    echo "==> end-to-end tests: $name"
    cat "test-results/e2e-$name.log"
    count_vitest "test-results/e2e-$name.json"
  done
done

# What failed (and what passed only on its retry), named last so a log's tail shows it.
reports=(test-results/unit.json test-results/build-output.json)
for name in "${!RUN_BROWSER[@]}"; do reports+=("test-results/e2e-$name.json"); done
node scripts/report-failures.mjs "${reports[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
