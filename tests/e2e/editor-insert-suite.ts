/**
 * The insert tests every rich-editor fixture goes through (insert-editors.e2e.ts for the
 * editors Reverie has an adapter for, insert-unseen-editors.e2e.ts for editors it meets
 * only through the generic path), in real Chromium and Firefox ESR, through the public
 * surface only: click into the editor, open the panel, fill, insert; then read the editor
 * back through its own API, check the page raised no error, and press Ctrl+Z in the editor
 * to get the previous content back.
 */
import { describe, expect, it } from 'vitest';
import type { EditorCase } from './editor-cases';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import {
  aroundNote,
  firstTwoBlocks,
  MID_CARET_LEFT_PRESSES,
  NOTE_FIRST_LINE,
  OWN_PARAGRAPHS,
  SPLIT_AROUND,
} from './paragraphs';
import { insertSecondCopy } from './second-copy';

const FOCUS = 'Arrived late; spoke of a cancelled holiday and a sister who "always gets her way".';
const PLAN = 'Continue weekly; revisit the summer break in two sessions.';

const occurrences = (haystack: string, needle: string) =>
  haystack.replace(/\s+/g, ' ').split(needle).length - 1;

const readEditor = (page: HostPage) => page.evaluate<string>('window.fixture.read()');
const fixtureErrors = (page: HostPage) => page.evaluate<string[]>('window.fixture.errors');
/** Whether the editor shows the text after the caret as a heading (editors in the top page). */
const HALF_IS_HEADING = `Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).some(
  (h) => h.textContent.trim() === ${JSON.stringify('xt.')})`;
/** The focused field's text before the caret, white space removed (the fixture's own caret first). */
const TEXT_BEFORE_CARET = `(() => {
  if (window.fixture?.caret) return window.fixture.caret().before;
  const s = getSelection();
  if (!s || s.rangeCount === 0 || !document.activeElement) return null;
  const r = document.createRange();
  r.setStart(document.activeElement, 0);
  r.setEnd(s.anchorNode, s.anchorOffset);
  return r.toString().replace(/[\\s\\u200b\\ufeff]+/g, '');
})()`;
/** The focused field's text after the caret, white space removed ('' with the caret at its end). */
const TEXT_AFTER_CARET = `(() => {
  if (window.fixture?.caret) return window.fixture.caret().after;
  const s = getSelection();
  if (!s || s.rangeCount === 0 || !document.activeElement) return null;
  const r = document.createRange();
  r.selectNodeContents(document.activeElement);
  r.setStart(s.focusNode, s.focusOffset);
  return r.toString().replace(/[\\s\\u200b\\ufeff]+/g, '');
})()`;

/**
 * Presses `keys` until the caret has `before` before it: a key pressed while an editor
 * settles an undo can go unseen (TipTap in Chromium), and Insert would then go to the
 * caret of before.
 */
async function moveCaret(page: HostPage, c: EditorCase, keys: string[], before: string): Promise<void> {
  const textBefore = () =>
    typeof c.field === 'string'
      ? page.evaluate<string | null>(TEXT_BEFORE_CARET)
      : page.evaluateInFrame<string | null>(c.field.frame, TEXT_BEFORE_CARET);
  // Right after an undo, TipTap in Chromium may miss a caret move, in the page or in its own
  // state (then Insert goes to the caret of before): give the editor a moment to settle.
  await new Promise((resolve) => setTimeout(resolve, 250));
  await until(async () => {
    for (const key of keys) await page.press(key);
    return (await textBefore()) === before.replace(/\s+/g, '') ? true : undefined;
  }, `caret after "${before}"`);
}

const readBlocks = (page: HostPage) => page.evaluate<string[]>('window.fixture.blocks()');

async function openEditor(open: (page: string) => Promise<HostPage>, c: EditorCase): Promise<HostPage> {
  const page = await open(c.page);
  await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'editor');
  if (typeof c.field === 'string') await page.click(c.field);
  else await page.clickInFrame(c.field.frame, c.field.body);
  // An editor still settling its focus can lose the key: ProseMirror puts its own selection
  // back 20 ms after it gains focus, so Toast UI in Chromium kept the caret at the start now
  // and then, and the tests' "end of the field" was its start. Let it settle, then press
  // until the caret is at the end.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const textAfter = () =>
    typeof c.field === 'string'
      ? page.evaluate<string | null>(TEXT_AFTER_CARET)
      : page.evaluateInFrame<string | null>(c.field.frame, TEXT_AFTER_CARET);
  await until(async () => {
    await page.press('Control+End');
    return (await textAfter()) === '' ? true : undefined;
  }, 'caret at the end of the field');
  return page;
}

/**
 * For an editor without undo (`noUndo`, Editor.js): no Ctrl+Z to check, so the fixture puts
 * its first content back and, through the editor's own API, the caret at its end (in
 * Firefox, a click on the re-rendered block with the panel open left the focus elsewhere).
 */
async function startAgain(page: HostPage, before: string): Promise<void> {
  await page.evaluate('window.fixture.reset()');
  expect(await until(async () => ((await readEditor(page)) === before ? true : undefined), 'reset')).toBe(
    true,
  );
}

export function describeEditorInserts(title: string, cases: EditorCase[]): void {
  describe.each(BROWSERS)(`${title} in %s`, (kind) => {
    const suite = useSuite(kind);

    it.each(cases)('$page: once at the caret, existing text kept, undone by Ctrl+Z', async (c) => {
      const page = await openEditor(suite.open, c);
      const before = await readEditor(page);
      expect(before.trim()).toBe('Existing text.');

      const panel = await page.openPanel();
      await panel.fill('Session focus', FOCUS);
      await panel.fill('Plan', PLAN);
      await panel.check('No risk indicated');
      await panel.click('Insert note');
      await panel.waitForStatus(/Inserted/);

      const after = await readEditor(page);
      expect(after.trimStart().startsWith('Existing text.')).toBe(true);
      // The note starts a paragraph of its own: the clinician's paragraph is left as it was.
      expect(firstTwoBlocks(await readBlocks(page))).toEqual(OWN_PARAGRAPHS);
      expect(occurrences(after, FOCUS)).toBe(1);
      expect(occurrences(after, PLAN)).toBe(1);
      expect(after).toContain('No suicidal or homicidal ideation');
      expect(after).not.toContain('<p>');
      expect(page.errors).toEqual([]);
      expect(await fixtureErrors(page)).toEqual([]);

      // Focus is back in the editor after Insert: the clinician's next Ctrl+Z takes it out.
      let undos = 0;
      const undone = async () => {
        if (c.noUndo) return startAgain(page, before);
        if (c.historySettleMs) await new Promise((resolve) => setTimeout(resolve, c.historySettleMs));
        await page.press('Control+KeyZ');
        undos++;
        let last = '';
        expect(
          await until(
            async () => ((last = await readEditor(page)) === before ? true : undefined),
            () => `undo ${undos} to give ${JSON.stringify(before)} (last read: ${JSON.stringify(last)})`,
          ),
        ).toBe(true);
      };
      await undone();

      // The same page again, the caret now inside the paragraph, then at its start: the note
      // keeps apart from the text after the caret too, and one Ctrl+Z still takes it all out.
      const toMiddle = ['Control+End', ...Array.from({ length: MID_CARET_LEFT_PRESSES }, () => 'ArrowLeft')];
      await moveCaret(page, c, toMiddle, SPLIT_AROUND.before);
      await insertSecondCopy(panel);
      expect(aroundNote(await readBlocks(page))).toEqual([
        SPLIT_AROUND.before,
        NOTE_FIRST_LINE,
        SPLIT_AROUND.after,
      ]);
      expect(occurrences(await readEditor(page), PLAN)).toBe(1);
      // The rest of the paragraph stays a paragraph: no heading from the note's markup.
      expect(await page.evaluate<boolean>(HALF_IS_HEADING)).toBe(false);
      await undone();

      await moveCaret(page, c, ['Control+Home'], '');
      await insertSecondCopy(panel);
      const blocks = await readBlocks(page);
      expect(firstTwoBlocks(blocks)[0]).toBe(NOTE_FIRST_LINE);
      expect(aroundNote(blocks)[2]).toBe('Existing text.');
      await undone();
      expect(page.errors).toEqual([]);
      expect(await fixtureErrors(page)).toEqual([]);
      await page.close();
    });

    it.each(cases)('$page: in an empty paragraph, no empty paragraph added', async (c) => {
      const page = await openEditor(suite.open, c);
      // The clinician already started a new paragraph for the note.
      for (const key of c.newParagraphKeys ?? ['Enter']) await page.press(key);
      await until(async () => ((await readBlocks(page)).length === 2 ? true : undefined), 'empty paragraph');
      const panel = await page.openPanel();
      await panel.fill('Plan', PLAN);
      await panel.check('No risk indicated');
      await panel.click('Insert note');
      await panel.waitForStatus(/Inserted/);
      expect(firstTwoBlocks(await readBlocks(page))).toEqual(OWN_PARAGRAPHS);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
