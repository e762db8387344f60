/**
 * Saving a draft and opening the drafts list with 10,000 and then 100,000 drafts in the
 * extension's real IndexedDB (seeded through tests/e2e/harness/drafts-seed.ts), both
 * browsers. Timed inside the panel page.
 */
import { seededFocus, seededLabel } from '../../lib/drafts/seed';
import { launchBrowser, type BrowserKind } from '../../tests/e2e/harness/browsers';
import { seedDrafts } from '../../tests/e2e/harness/drafts-seed';
import { fixtureReady, openPanelByCss, sleep, type PanelEval } from '../lib/util';
import type { BenchContext, Measure, Result } from '../lib/types';

/** The panel's own save, as use-draft sends it: panel:saveDraft and its answer (no debounce). */
const SAVES = (n: number) => `(async () => {
  const rt = (globalThis.browser ?? globalThis.chrome).runtime;
  const pageKey = window.name;
  let draft = await rt.sendMessage({ type: 'panel:loadDraft', pageKey });
  const times = [];
  for (let i = 0; i < ${n}; i++) {
    const sections = { ...draft.content.sections, sessionFocus: { text: 'Bench save ' + i } };
    const next = { ...draft, content: { ...draft.content, sections } };
    const start = performance.now();
    const saved = await rt.sendMessage({ type: 'panel:saveDraft', draft: next });
    times.push(performance.now() - start);
    if (!saved.ok) throw new Error('a bench save lost a race');
    draft = { ...next, revision: saved.revision };
  }
  return times;
})()`;

const untilShown = (test: string) =>
  `new Promise((resolve) => { const check = () => (${test}) ? resolve() : requestAnimationFrame(check); check(); })`;

/** Click on `Drafts` → the first rows on screen; closed again between runs. */
const LIST_OPENS = (n: number) => `(async () => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Drafts');
  const times = [];
  for (let i = 0; i < ${n}; i++) {
    const start = performance.now();
    button.click();
    await ${untilShown("document.querySelector('.drafts-items li')")};
    times.push(performance.now() - start);
    button.click();
    await new Promise((r) => setTimeout(r, 100));
  }
  return times;
})()`;

/** Typing a client label into Find drafts → that draft on screen (the list is open). */
const FIND = (label: string, focus: string) => `(async () => {
  const box = document.querySelector('input[type="search"]');
  const start = performance.now();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(label)});
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await ${untilShown(`document.body.innerText.includes(${JSON.stringify(focus)})`)};
  return performance.now() - start;
})()`;

/** An old draft, deep in the store: a walk back through the drafts would read almost all of them. */
const OLD = (stored: number) => Math.floor(stored * 0.9);

/** The `Drafts` button, clicked in the page (no role query: see openPanelByCss). */
const CLICK_DRAFTS = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Drafts').click()`;

async function measureAt(panel: PanelEval, stored: number, ctx: BenchContext) {
  await panel(SAVES(5)); // warm-up
  const saves = await panel<number[]>(SAVES(ctx.scale(60)));
  const lists = await panel<number[]>(LIST_OPENS(ctx.scale(15)));
  await panel(CLICK_DRAFTS);
  const finds: number[] = [];
  for (let i = 0; i < ctx.scale(3); i++) {
    const target = OLD(stored) - i;
    finds.push(await panel<number>(FIND(seededLabel(target), seededFocus(target))));
  }
  await panel(CLICK_DRAFTS);
  return { saves, lists, finds };
}

async function forBrowser(kind: BrowserKind, ctx: BenchContext): Promise<Result[]> {
  const browser = await launchBrowser(kind, { proxyPort: ctx.proxyPort });
  const results: Result[] = [];
  const now = Date.now();
  try {
    let stored = 0;
    for (const [total, saveBudget, listBudget] of [
      [10_000, 20, 50],
      [100_000, 50, 200],
    ] as const) {
      const start = performance.now();
      for (; stored < total; stored += 10_000)
        await seedDrafts({ browser, server: ctx.server }, stored, 10_000, now);
      const seedSeconds = (performance.now() - start) / 1000;
      const page = await browser.newPage();
      await page.goto(`${ctx.server.url('ehr-heavy.html')}?drafts=${total}-${Date.now()}`);
      await fixtureReady(page, 'ehrReady');
      // By CSS only: no role query turns Firefox's accessibility service on (util.ts).
      const panel = await openPanelByCss(page);
      await sleep(500);
      const m = await measureAt(panel, stored, ctx);
      await page.close();
      const at = `${total.toLocaleString('en')} drafts`;
      results.push(
        {
          measure: `save a draft at ${at}`,
          browser: kind,
          unit: 'ms',
          budget: { on: 'p95', limit: saveBudget, text: `p95 ≤ ${saveBudget} ms` },
          samples: m.saves,
          note: `The panel's save message (panel:saveDraft → revision check, put, broadcast → answer), sent in a row from the panel page; the panel's 250 ms typing debounce is not counted. Seeding up to ${at} took ${seedSeconds.toFixed(0)} s (10,000 per bulkAdd transaction).`,
        },
        {
          measure: `open the drafts list at ${at}`,
          browser: kind,
          unit: 'ms',
          budget: { on: 'median', limit: listBudget, text: `≤ ${listBudget} ms` },
          samples: m.lists,
          note: 'Click on `Drafts` → first rows on screen (requestAnimationFrame polling), in the panel page; the list is closed between runs.',
        },
        {
          measure: `find an old draft by client label at ${at}`,
          browser: kind,
          unit: 'ms',
          budget: { on: 'median', limit: Number.POSITIVE_INFINITY, text: '— (no budget)' },
          samples: m.finds,
          note: `A label matching one draft 90 % of the way back → that draft on screen. The label is looked up in the client-label index (schema v4) for the first page; what the index cannot answer (parts of labels, site, date) comes from a walk back through the drafts, page by page, newest first, while the found rows are already shown.`,
        },
      );
    }
  } finally {
    await browser.close();
  }
  return results;
}

export const draftsStore: Measure = {
  id: 'drafts',
  run: async (ctx) => [...(await forBrowser('chromium', ctx)), ...(await forBrowser('firefox', ctx))],
};
