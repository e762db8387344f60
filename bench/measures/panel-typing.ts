/**
 * Keystroke → screen in the panel with the live preview on: keydown to the next frame,
 * measured inside the panel page while typing into `Session focus`, both browsers.
 */
import { launchBrowser, type BrowserKind } from '../../tests/e2e/harness/browsers';
import { KEY_LATENCY_PROBE, TYPED, fixtureReady, sleep } from '../lib/util';
import type { BenchContext, Measure, Result } from '../lib/types';

async function forBrowser(kind: BrowserKind, ctx: BenchContext): Promise<Result> {
  const browser = await launchBrowser(kind, { proxyPort: ctx.proxyPort });
  const samples: number[] = [];
  try {
    for (let round = 0; round < ctx.scale(4); round++) {
      const page = await browser.newPage();
      try {
        await page.goto(`${ctx.server.url('ehr-heavy.html')}?panel-typing=${round}-${Date.now()}`);
        await fixtureReady(page, 'ehrReady');
        await page.click('#note');
        const panel = await page.openPanel();
        await panel.fill('Session focus', 'Began late. ');
        await panel.evaluate(KEY_LATENCY_PROBE);
        for (const ch of TYPED) {
          await panel.type('Session focus', ch);
          await sleep(30);
        }
        await sleep(300);
        samples.push(...(await panel.evaluate<number[]>('window.__keyLatency')));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    measure: 'keystroke → screen in the panel (live preview)',
    browser: kind,
    unit: 'ms',
    budget: { on: 'p95', limit: 16, text: '≤ 16 ms p95' },
    samples,
    note: `${TYPED.length} keys per fresh panel, 30 ms apart, into Session focus with the preview rendering; keydown → requestAnimationFrame → next task, inside the panel page.`,
  };
}

export const panelTyping: Measure = {
  id: 'panel-typing',
  run: async (ctx) => [await forBrowser('chromium', ctx), await forBrowser('firefox', ctx)],
};
