/**
 * The bench: every measure of issue #6 against its budget, in real Chromium and (where
 * the measure exists there) Firefox ESR. Writes bench/RESULTS.md and bench/results.json.
 *
 * `npm run bench` builds both extensions first. `npm run bench -- drafts memory` runs only
 * those measures (ids below); BENCH_SCALE=0.3 shrinks every repetition count for a smoke run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { serveFixtures, startTrapProxy } from '../tests/e2e/harness/server';
import { cpuCheckMs } from './lib/cpu-check';
import { machine } from './lib/machine';
import { summarizeResult, table, writeReport, type Row } from './lib/report';
import type { Measure } from './lib/types';
import { contentGzip } from './measures/content-gzip';
import { draftsStore } from './measures/drafts-store';
import { insertion } from './measures/insertion';
import { memory } from './measures/memory';
import { pageLoad } from './measures/page-load';
import { panelOpen } from './measures/panel-open';
import { panelTyping } from './measures/panel-typing';
import { typingLatency } from './measures/typing-latency';

const MEASURES: Measure[] = [
  contentGzip,
  pageLoad,
  typingLatency,
  panelOpen,
  panelTyping,
  insertion,
  draftsStore,
  memory,
];

const chosen = process.argv.slice(2);

const measureOrder = (r: Row) => MEASURES.findIndex((m) => m.id === r.group);

/** A partial run keeps the other measures' last rows, so the report always has them all. */
function report(): void {
  const ran = new Set(rows.map((r) => r.group));
  const kept = previousRows().filter((r) => !ran.has(r.group));
  writeReport(
    [...kept, ...rows].toSorted((a, b) => measureOrder(a) - measureOrder(b)),
    machine(),
    started,
  );
}

function previousRows(): Row[] {
  if (!existsSync('bench/results.json')) return [];
  return (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { results: Row[] }).results;
}
const scale = Number(process.env.BENCH_SCALE ?? 1);
const started = new Date();
// Before anything of the bench's own starts: how fast the machine is now (lib/cpu-check.ts).
const thisRun = { started: started.toISOString(), cpuCheckMs: cpuCheckMs() };
console.log(`CPU check: ${thisRun.cpuCheckMs} ms`);

await build({ configFile: 'tests/e2e/fixtures/vite.config.ts' });
const server = await serveFixtures(resolve('tests/e2e/.fixtures-dist'));
const proxy = await startTrapProxy();
const rows: Row[] = [];
// Given ids run in the order given; none runs them all.
const selected = chosen.length === 0 ? MEASURES : chosen.map((id) => MEASURES.find((m) => m.id === id)!);
try {
  for (const measure of selected.filter(Boolean)) {
    console.log(`— ${measure.id}`);
    try {
      const results = await measure.run({
        server,
        proxyPort: proxy.port,
        scale: (n) => Math.max(1, Math.round(n * scale)),
      });
      const summarized = results.map((r) => ({ ...summarizeResult(r), group: measure.id, run: thisRun }));
      console.log(table(summarized));
      rows.push(...summarized);
      // Written after every measure: a later failure loses nothing already measured.
      report();
    } catch (error) {
      // One broken measure must not cost the others; the report keeps its last good rows.
      console.error(`${measure.id} failed:`, error);
    }
  }
} finally {
  await server.close();
  await proxy.close();
}
// The browsers' own background traffic (updates, settings sync) lands here too; the
// extension's own network silence is proven by the e2e tests, not by the bench.
if (proxy.hits.length > 0) console.warn(`${proxy.hits.length} requests caught by the trap proxy`);
report();
console.log(`\n${table(rows)}\n\nWritten: bench/RESULTS.md, bench/results.json`);
