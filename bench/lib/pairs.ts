/**
 * The same browser twice, with and without the extension, for with/without measures: one
 * run, loads interleaved (which goes first alternates), so machine noise hits both alike.
 */
import { launchBrowser, type BrowserKind, type TestBrowser } from '../../tests/e2e/harness/browsers';
import type { BenchContext } from './types';

export interface Pair {
  with: TestBrowser;
  without: TestBrowser;
  /** Runs `once` for both, `rounds` times, alternating the order; returns with − without per round. */
  interleave<T>(
    rounds: number,
    once: (browser: TestBrowser, round: number) => Promise<T>,
  ): Promise<{ with: T; without: T }[]>;
  close(): Promise<void>;
}

export async function launchPair(kind: BrowserKind, ctx: BenchContext): Promise<Pair> {
  const withExt = await launchBrowser(kind, { proxyPort: ctx.proxyPort });
  const without = await launchBrowser(kind, { proxyPort: ctx.proxyPort, extension: false });
  return {
    with: withExt,
    without,
    interleave: async (rounds, once) => {
      const out = [];
      for (let round = 0; round < rounds; round++) {
        if (round % 2 === 0) {
          const a = await once(withExt, round);
          out.push({ with: a, without: await once(without, round) });
        } else {
          const b = await once(without, round);
          out.push({ with: await once(withExt, round), without: b });
        }
      }
      return out;
    },
    close: async () => {
      await withExt.close();
      await without.close();
    },
  };
}
