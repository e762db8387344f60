/**
 * Inserting a 5,000-word note in each editor of tests/e2e/editor-cases.ts, both browsers:
 * from the click on `Insert note` to the status saying `Inserted` (engine, page bridge,
 * editor, read-back), timed inside the panel so the driver's polling is not counted.
 */
import { EDITOR_CASES } from '../../tests/e2e/editor-cases';
import { launchBrowser, type BrowserKind, type HostPage } from '../../tests/e2e/harness/browsers';
import { fixtureReady } from '../lib/util';
import type { BenchContext, Measure, Result } from '../lib/types';

const SENTENCE = 'She returned to the dream of the locked house and wondered who kept the key. ';
/** 15 words a sentence: 340 sentences ≈ 5,000 words, in paragraphs of ten sentences. */
export const NOTE = Array.from({ length: 34 }, () => SENTENCE.repeat(10).trim()).join('\n\n');
const WORDS = NOTE.split(/\s+/).length;

/** In the panel: click on Insert note → status says Inserted, in the panel's own clock. */
const INSERT_TIMER = `window.__insertTime = new Promise((resolve) => {
  let start;
  document.addEventListener('click', (e) => {
    if (e.target.closest('button')?.textContent.trim() === 'Insert note') start = performance.now();
  }, true);
  const status = document.querySelector('[role="status"]');
  new MutationObserver(() => {
    if (start !== undefined && /Inserted/.test(status.textContent)) resolve(performance.now() - start);
  }).observe(status, { subtree: true, childList: true, characterData: true });
}); 0`;

async function once(page: HostPage, field: (typeof EDITOR_CASES)[number]['field']): Promise<number> {
  await fixtureReady(page);
  if (typeof field === 'string') await page.click(field);
  else await page.clickInFrame(field.frame, field.body);
  await page.press('Control+End');
  const panel = await page.openPanel();
  await panel.fill('Unconscious material', NOTE);
  await panel.check('No risk indicated');
  await panel.evaluate(INSERT_TIMER);
  await panel.click('Insert note');
  await panel.waitForStatus(/Inserted/, 120_000);
  return panel.evaluate<number>('window.__insertTime');
}

async function forBrowser(kind: BrowserKind, ctx: BenchContext): Promise<Result[]> {
  const browser = await launchBrowser(kind, { proxyPort: ctx.proxyPort });
  const results: Result[] = [];
  try {
    for (const c of EDITOR_CASES) {
      const samples: number[] = [];
      for (let run = 0; run < ctx.scale(5); run++) {
        const page = await browser.newPage();
        await page.goto(`${ctx.server.url(c.page)}?bench=${kind}-${run}-${Date.now()}`);
        try {
          samples.push(await once(page, c.field));
        } finally {
          await page.close();
        }
      }
      results.push({
        measure: `insert a 5,000-word note: ${c.page.replace('.html', '')}`,
        browser: kind,
        unit: 'ms',
        budget: { on: 'median', limit: 50, text: '≤ 50 ms' },
        samples,
        note:
          c === EDITOR_CASES[0]
            ? `A ${WORDS}-word note (${NOTE.length} characters); click on \`Insert note\` → status \`Inserted\`, timed in the panel (render, messages, page bridge, the editor's own work, read-back). One fresh tab per run.`
            : undefined,
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

export const insertion: Measure = {
  id: 'insert',
  run: async (ctx) => [...(await forBrowser('chromium', ctx)), ...(await forBrowser('firefox', ctx))],
};
