/**
 * Editors whose model Reverie builds straight from the note's blocks (CKEditor 5; see
 * lib/insert/note-blocks.ts and the page bridge) must hold the same structure the editor's
 * own HTML path gives: bold headings, paragraphs of their own, line breaks inside a
 * paragraph. Read back as the editor's own data, in both browsers.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';

const EDITOR = `document.querySelector('.ck-editor__editable').ckeditorInstance`;
/** Counts the editor's HTML parses from now on: the model path makes none. */
const COUNT_PARSES = `(() => {
  const data = ${EDITOR}.data;
  const parse = data.parse.bind(data);
  window.__parses = 0;
  data.parse = (...args) => { window.__parses += 1; return parse(...args); };
})()`;

/** What CKEditor's own HTML path makes of this note (read from it before this path existed). */
const EXPECTED =
  '<p>Existing text.</p><p><strong>Psychodynamic progress note</strong></p>' +
  '<p><strong>Session focus</strong></p><p>Arrived late.<br>Spoke of a holiday.</p>' +
  '<p><strong>Risk</strong></p><p>No suicidal or homicidal ideation and no self-harm reported; risk assessed as low.</p>';

describe.each(BROWSERS)('a note built as the editor model in %s', (kind) => {
  const suite = useSuite(kind);

  it('ckeditor5.html: bold headings, paragraphs and line breaks as the HTML path makes them', async () => {
    const page = await suite.open('ckeditor5.html');
    await until(
      async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined),
      'editor',
    );
    await page.click('.ck-editor__editable');
    await page.press('Control+End');
    const panel = await page.openPanel();
    await panel.fill('Session focus', 'Arrived late.\nSpoke of a holiday.');
    await panel.check('No risk indicated');
    await page.evaluate(COUNT_PARSES);
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    expect(await page.evaluate<string>(`${EDITOR}.getData()`)).toBe(EXPECTED);
    expect(await page.evaluate<number>('window.__parses')).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
