/**
 * Typing latency in the EHR's own note field, with and without the extension: keydown to
 * the next frame, measured in the page (bench/lib/util.ts KEY_LATENCY_PROBE), in both
 * browsers. The extension listens for its shortcut and tracks the focused field there.
 */
import type { BrowserKind, TestBrowser } from '../../tests/e2e/harness/browsers';
import { launchPair } from '../lib/pairs';
import { median, p95 } from '../lib/stats';
import { KEY_LATENCY_PROBE, TYPED, fixtureReady, sleep } from '../lib/util';
import type { BenchContext, Measure, Result } from '../lib/types';

async function typeRound(browser: TestBrowser, ctx: BenchContext, round: number): Promise<number[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${ctx.server.url('ehr-heavy.html')}?typing=${round}-${Date.now()}`);
    await fixtureReady(page, 'ehrReady');
    await sleep(500);
    await page.click('#note');
    await page.evaluate(KEY_LATENCY_PROBE);
    for (const ch of TYPED) {
      await page.typeKeys(ch);
      await sleep(30);
    }
    await sleep(200);
    return await page.evaluate<number[]>('window.__keyLatency');
  } finally {
    await page.close();
  }
}

async function forBrowser(kind: BrowserKind, ctx: BenchContext): Promise<Result> {
  const pair = await launchPair(kind, ctx);
  try {
    await pair.interleave(2, (b, r) => typeRound(b, ctx, -1 - r));
    const rounds = await pair.interleave(ctx.scale(8), (b, r) => typeRound(b, ctx, r));
    const all = (side: 'with' | 'without') => rounds.flatMap((r) => r[side]);
    return {
      measure: 'typing latency added in the EHR field (p95)',
      browser: kind,
      unit: 'ms',
      budget: { on: 'median', limit: 1, text: '≤ 1 ms p95' },
      samples: rounds.map((r) => p95(r.with) - p95(r.without)),
      note: `${rounds.length} interleaved pairs of pages, ${TYPED.length} keys each, 30 ms apart, typed into ehr-heavy.html's textarea; keydown → requestAnimationFrame → next task, in the page. Each sample is one pair's p95 with minus p95 without. All keys: with median ${median(all('with')).toFixed(1)} / p95 ${p95(all('with')).toFixed(1)} ms, without median ${median(all('without')).toFixed(1)} / p95 ${p95(all('without')).toFixed(1)} ms.`,
    };
  } finally {
    await pair.close();
  }
}

export const typingLatency: Measure = {
  id: 'typing',
  run: async (ctx) => [await forBrowser('chromium', ctx), await forBrowser('firefox', ctx)],
};
