/**
 * Inserting a 5,000-word note in each editor of tests/e2e/editor-cases.ts, a text area and a
 * bare contenteditable, both browsers: from the click on `Insert note` to the status saying
 * `Inserted` (engine, page bridge, editor, read-back), timed inside the panel so the
 * driver's polling is not counted.
 *
 * Beside each, the insert's floor: the same engine and page bridge called straight in the
 * editor's page (bench/in-page/insert-floor.ts), with no panel, background or message in
 * between, to the page's next frame. What is left above the floor is Reverie's way there
 * and back.
 */
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { RenderedNote } from '../../lib/messages';
import type { NoteContent } from '../../lib/note/model';
import { renderHtml, renderText } from '../../lib/note/render';
import { PSYCHODYNAMIC_PROGRESS } from '../../lib/note/templates';
import { EDITOR_CASES, type EditorCase } from '../../tests/e2e/editor-cases';
import { launchBrowser, type BrowserKind, type HostPage } from '../../tests/e2e/harness/browsers';
import { INSERTER_WARM_UP_DELAY_MS } from '../../entrypoints/background/inserter-injection';
import { fixtureReady, sleep } from '../lib/util';
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

/** The note the panel makes of the draft `once` fills in (a new draft's template). */
const CONTENT: NoteContent = {
  templateId: PSYCHODYNAMIC_PROGRESS.id,
  sections: { unconscious: { text: NOTE }, risk: { risk: { noRiskIndicated: true } } },
  includePrivate: [],
  frame: {},
};
const RENDERED: RenderedNote = {
  text: renderText(PSYCHODYNAMIC_PROGRESS, CONTENT),
  html: renderHtml(PSYCHODYNAMIC_PROGRESS, CONTENT),
};

const FLOOR_SOURCE = buildSync({
  entryPoints: [resolve(import.meta.dirname, '../in-page/insert-floor.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  write: false,
}).outputFiles[0]!.text;

/**
 * The editors, then the two fields an EHR most often has of its own: a text area and a
 * bare contenteditable (the browser's own editing takes the note's HTML there). These two
 * pages load no script, so there is no fixture API to wait for.
 */
type BenchCase = EditorCase & { plain?: boolean };
const CASES: BenchCase[] = [
  ...EDITOR_CASES,
  { page: 'plain-textarea.html', field: '#note', plain: true },
  { page: 'contenteditable.html', field: '#note', plain: true },
];

/** The caret at the end of the editor, as a person puts it there. */
async function caretAtEnd(page: HostPage, { field, plain }: BenchCase): Promise<void> {
  if (!plain) await fixtureReady(page);
  if (typeof field === 'string') await page.click(field);
  else await page.clickInFrame(field.frame, field.body);
  await page.press('Control+End');
}

/** The same insert, run in the page by the engine and bridge alone (the floor). */
async function floorOnce(page: HostPage, c: BenchCase): Promise<number> {
  const { field } = c;
  await caretAtEnd(page, c);
  const target =
    typeof field === 'string'
      ? `document.querySelector(${JSON.stringify(field)})`
      : `document.querySelector(${JSON.stringify(field.frame)}).contentDocument.querySelector(${JSON.stringify(field.body)})`;
  const { ms, outcome } = await page.evaluate<{ ms: number; outcome: string }>(
    `(() => { ${FLOOR_SOURCE}; return globalThis.reverieInsertFloor(${JSON.stringify(RENDERED)}, ${target}); })()`,
  );
  if (outcome !== 'inserted') throw new Error(`The floor's insert ended ${outcome}`);
  return ms;
}

/**
 * From the note typed to the click on Insert: a clinician reads a note over first. By then
 * the panel has drawn the preview and saved the draft, and the insertion script is in the
 * page, as for every insert but one made within 1.5 s of opening the panel.
 */
const READ_OVER_MS = INSERTER_WARM_UP_DELAY_MS + 1000;

async function once(page: HostPage, c: BenchCase): Promise<number> {
  await caretAtEnd(page, c);
  const panel = await page.openPanel();
  await panel.fill('Unconscious material', NOTE);
  await panel.check('No risk indicated');
  await sleep(READ_OVER_MS);
  await panel.evaluate(INSERT_TIMER);
  await panel.click('Insert note');
  await panel.waitForStatus(/Inserted/, 120_000);
  return panel.evaluate<number>('window.__insertTime');
}

async function forBrowser(kind: BrowserKind, ctx: BenchContext): Promise<Result[]> {
  const browser = await launchBrowser(kind, { proxyPort: ctx.proxyPort });
  const results: Result[] = [];
  try {
    for (const c of CASES) {
      const samples: number[] = [];
      const floor: number[] = [];
      // The full insert and its floor in turn, each in a fresh tab.
      for (let run = 0; run < ctx.scale(5); run++) {
        for (const [way, into] of [
          [once, samples],
          [floorOnce, floor],
        ] as const) {
          const page = await browser.newPage();
          await page.goto(`${ctx.server.url(c.page)}?bench=${kind}-${run}-${Date.now()}`);
          try {
            into.push(await way(page, c));
          } finally {
            await page.close();
          }
        }
      }
      const editor = c.page.replace('.html', '');
      results.push({
        measure: `insert a 5,000-word note: ${editor}`,
        browser: kind,
        unit: 'ms',
        budget: { on: 'median', limit: 50, text: '≤ 50 ms' },
        samples,
        note:
          c === EDITOR_CASES[0]
            ? `A ${WORDS}-word note (${NOTE.length} characters); click on \`Insert note\` → status \`Inserted\`, timed in the panel (render, messages, page bridge, the editor's own work, read-back). One fresh tab per run.`
            : undefined,
      });
      results.push({
        measure: `… its floor, engine and bridge alone in the page, to its next frame: ${editor}`,
        browser: kind,
        unit: 'ms',
        budget: { on: 'median', limit: Number.POSITIVE_INFINITY, text: '— (no budget)' },
        samples: floor,
        note:
          c === EDITOR_CASES[0]
            ? `The same note (as the panel renders it) put in by Reverie's own insertion engine and page bridge, called straight in the editor's page (bench/in-page/insert-floor.ts): the editor's own work (drawing included: React-driven editors such as Slate draw the note after their model holds it), the read-back and the page's next frame, without the panel, the background, the messages or the injection. In Firefox the panel shares the page's main thread, so its Inserted waits for the page's drawing too; in Chromium the panel runs in its own process and may say Inserted before the page has drawn the note, under the floor. One fresh tab per run, in turn with the full insert's.`
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
