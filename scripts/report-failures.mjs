// Names every failed test, and every test that failed once and then passed on its retry,
// from the Vitest JSON reports given as arguments, one line each with the first line of its
// first error. scripts/test-all.sh prints this just before its "N passed, N failed" line, so
// a CI log that keeps only its last lines still says what failed and why.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const failed = [];
const flaky = [];
for (const report of process.argv.slice(2)) {
  if (!existsSync(report)) continue; // test-all.sh already counts a missing report
  let results;
  try {
    results = JSON.parse(readFileSync(report, 'utf8')).testResults ?? [];
  } catch {
    failed.push(`${report}: the report cannot be read`);
    continue;
  }
  const run = report.replace(/^.*\/(?:e2e-)?|\.json$/g, '');
  for (const file of results) {
    const path = relative(process.cwd(), file.name);
    // A file that failed outside any test (an import error, a hook) has no failed test.
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) {
      failed.push(`[${run}] ${path}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults) {
      const line = `[${run}] ${path} > ${test.fullName}: ${firstLine(test.failureMessages[0])}`;
      if (test.status === 'failed') failed.push(line);
      // Vitest keeps the errors of a failed attempt when the retry passes.
      else if (test.status === 'passed' && test.failureMessages.length > 0) flaky.push(line);
    }
  }
}

for (const line of failed) console.log(`FAILED TEST ${line}`);
for (const line of flaky) console.log(`FLAKY TEST (failed, then passed on its retry) ${line}`);

function firstLine(text) {
  return (text ?? 'no message').split('\n')[0].slice(0, 300);
}
