/**
 * A fixed piece of single-threaded JavaScript, timed in Node at the start of a bench run, so
 * runs on different machines (or one machine under other load) can be compared: the same
 * build gave cold opens of ~340 ms on one 2-core machine and ~160 ms on another. It does not
 * correct any number; it says how fast the machine was when they were taken.
 */
import { median } from './stats';

/** Sorting, string building and JSON: the kinds of work a page and an extension do. */
function workload(): number {
  const items = Array.from({ length: 60_000 }, (_, i) => ({
    id: i,
    label: `client-${(i * 7919) % 60_000}`,
    text: 'She returned to the dream of the locked house. '.repeat(1 + (i % 3)),
  }));
  items.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const copy = JSON.parse(JSON.stringify(items)) as typeof items;
  return copy.reduce((sum, item) => sum + item.text.length + item.label.length, 0);
}

/** The workload's median time in ms over `runs` runs, after one unmeasured warm-up. */
export function cpuCheckMs(runs = 7): number {
  workload();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    workload();
    times.push(performance.now() - start);
  }
  return Math.round(median(times));
}
