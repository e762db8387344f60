/** Turns the measures' samples into bench/RESULTS.md (a table) and bench/results.json. */
import { writeFileSync } from 'node:fs';
import { median, p95, sorted } from './stats';
import type { Result } from './types';
import type { machine } from './machine';

export interface Row extends Result {
  /** The measure id that produced the row (bench/run.ts runs measures by id). */
  group: string;
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  pass: boolean;
  /** The run that measured the row: a partial run keeps earlier runs' rows (bench/run.ts). */
  run?: BenchRun;
}

export interface BenchRun {
  started: string;
  /** lib/cpu-check.ts at the run's start: lower is a faster machine. */
  cpuCheckMs: number;
}

/** Which runs the rows come from, each with its CPU check, newest first. */
export function runsLine(rows: Row[]): string {
  // Keyed by start time; rows from before runs were stamped have '' and so sort last.
  const runs = new Map<string, { label: string; groups: string[] }>();
  for (const r of rows) {
    const started = r.run?.started ?? '';
    const label = r.run ? `${started} (CPU check ${r.run.cpuCheckMs} ms)` : 'an earlier run (no CPU check)';
    const run = runs.get(started) ?? { label, groups: [] };
    if (!run.groups.includes(r.group)) run.groups.push(r.group);
    runs.set(started, run);
  }
  return [...runs]
    .toSorted(([a], [b]) => b.localeCompare(a))
    .map(([, run]) => `- ${run.label}: ${run.groups.join(', ')}`)
    .join('\n');
}

export function summarizeResult(r: Result): Omit<Row, 'group'> {
  const s = sorted(r.samples);
  const row = { ...r, n: s.length, median: median(s), p95: p95(s), min: s[0]!, max: s.at(-1)! };
  const stat = { median: row.median, p95: row.p95, max: row.max, value: row.median }[r.budget.on];
  return { ...row, pass: s.length > 0 && stat <= r.budget.limit };
}

const fmt = (x: number, unit: string) =>
  Number.isNaN(x) ? '—' : unit === 'KB' ? x.toFixed(2) : Math.abs(x) < 10 ? x.toFixed(1) : x.toFixed(0);

export function table(rows: Row[]): string {
  const lines = rows.map((r) => {
    const spread = r.n > 1 ? `${fmt(r.p95, r.unit)} (${fmt(r.min, r.unit)}–${fmt(r.max, r.unit)})` : '—';
    const verdict = Number.isFinite(r.budget.limit) ? (r.pass ? 'pass' : '**fail**') : 'reported';
    return `| ${r.measure} | ${r.browser} | ${r.budget.text} | ${fmt(r.median, r.unit)} ${r.unit} | ${spread} | ${r.n} | ${verdict} |`;
  });
  return [
    '| measure | browser | budget | median | p95 (min–max) | n | result |',
    '| --- | --- | --- | ---: | ---: | ---: | --- |',
    ...lines,
  ].join('\n');
}

export function writeReport(rows: Row[], host: ReturnType<typeof machine>, started: Date): void {
  const notes = rows.filter((r) => r.note).map((r) => `- **${r.measure}** (${r.browser}): ${r.note}`);
  const md = `# Reverie bench

\`npm run bench\` (builds, then \`tsx bench/run.ts\`; \`npm run bench -- <measure id> …\` runs some).
Run ${started.toISOString()} on ${host.cpu}, ${host.ramGiB} GiB RAM, ${host.os}, Node ${host.node};
${host.chromium} (Playwright + CDP) and ${host.firefox} (Puppeteer + WebDriver BiDi), headless.

**Caveat: on a shared 2-core machine absolute times are noisy;** the with/without-extension
differences are interleaved pair by pair to cancel most of it. The date above is the latest
run's; rows of measures it did not run are kept from earlier runs (see the README).
Timings are reported here, never asserted in tests; only the byte budget is asserted
(tests/build/build-output.test.ts). A partial run (\`npm run bench -- <id> …\`) replaces only
its own measures' rows; the n column says how many samples each row rests on.

The machine matters as much as the code: the same build has measured twice as fast on one
2-core machine as on another. Each run starts with a CPU check (a fixed JavaScript workload
timed in Node, bench/lib/cpu-check.ts; lower is faster), so numbers from runs on different
machines can be read side by side. The rows come from these runs and measures:

${runsLine(rows)}

${table(rows)}

"p95 (min–max)": the 95th percentile and the range of the samples; the result is judged on
the statistic the budget names (p95 where it says p95, otherwise the median).

## How each number is taken

${notes.join('\n')}
`;
  writeFileSync('bench/RESULTS.md', md);
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ started: started.toISOString(), machine: host, results: rows }, null, 2)}\n`,
  );
}
