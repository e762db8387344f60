/** What every measure hands the runner. */
import type { BrowserKind } from '../../tests/e2e/harness/browsers';
import type { FixtureServer } from '../../tests/e2e/harness/server';

export interface Budget {
  /** Which statistic the budget applies to. */
  on: 'median' | 'p95' | 'max' | 'value';
  limit: number;
  /** As the issue states it, for the table. */
  text: string;
}

export interface Result {
  measure: string;
  browser: BrowserKind | 'build';
  unit: 'ms' | 'KB' | '%' | 'tasks' | 'nodes';
  budget: Budget;
  samples: number[];
  /** Anything a reader needs to read the number right. */
  note?: string;
}

export interface BenchContext {
  server: FixtureServer;
  proxyPort: number;
  /** Repetitions scale: BENCH_SCALE=0.5 halves every count (smoke runs). */
  scale: (n: number) => number;
}

export interface Measure {
  /** Short id, for `npm run bench -- <id> ...`. */
  id: string;
  run(ctx: BenchContext): Promise<Result[]>;
}
