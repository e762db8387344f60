/**
 * A note with a list (the goals) goes into rich fields as a list: the field's text has no
 * "- " before each item, as the note's plain text does, and the insert must still be
 * recognised as in, not undone as mangled. Real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { EDITOR_CASES, type EditorCase } from './editor-cases';
import { useSuite } from './harness/suite';
import { until } from './harness/until';

const GOAL = 'Sleep through most nights before the spring break';
const GOAL_2 = 'Name anger before it turns inward';
/**
 * A plain contenteditable (the browser's own editing takes the note's HTML, its list
 * too), and editors with a list model (`lists`: the goals become list items, in Lexical
 * too where its list nodes are registered) or without one (Lexical without them: the
 * items become paragraphs).
 */
const CASES: (EditorCase & { lists: boolean })[] = [
  { page: 'contenteditable.html', field: '#note', lists: true },
  ...EDITOR_CASES.filter((c) => ['ckeditor5.html', 'tinymce.html', 'lexical.html'].includes(c.page)).map(
    (c) => ({ ...c, lists: c.page !== 'lexical.html' }),
  ),
  // Lexical as its playground has it: list nodes registered.
  { page: 'lexical-lists.html', field: '[data-lexical-editor="true"]', lists: true },
];

/** Editor pages set window.fixture once their editor is up; the plain page has none to wait for. */
const ready = (page: HostPage, fixture: string) =>
  until(
    async () =>
      (await page.evaluate<boolean>(
        `document.readyState === 'complete' && (${fixture === 'contenteditable.html'} || !!window.fixture)`,
      ))
        ? true
        : undefined,
    'page',
  );

/** In the field's document: its text, and the text of each list item in it. */
const READ = (selector: string) => `(() => {
  const field = document.querySelector(${JSON.stringify(selector)});
  return { text: field.innerText, items: Array.from(field.querySelectorAll('li'), (li) => li.textContent) };
})()`;

describe.each(BROWSERS)('a note with goals, in %s', (kind) => {
  const suite = useSuite(kind);

  it.each(CASES)(
    '$page: recognised as inserted, goals in the field',
    async ({ page: fixture, field, lists }) => {
      const page = await suite.open(fixture);
      await ready(page, fixture);
      if (typeof field === 'string') await page.click(field);
      else await page.clickInFrame(field.frame, field.body);
      const panel = await page.openPanel();
      await panel.fill('Plan', 'Weekly, then review.');
      await panel.click('Add goal');
      await panel.fill('Goal 1', GOAL);
      await panel.click('Add goal');
      await panel.fill('Goal 2', GOAL_2);
      await panel.check('No risk indicated');
      await panel.click('Insert note');
      // Before the fix: "The field did not accept the note…", the note undone.
      expect(await panel.waitForStatus(/Inserted|did not accept|failed/i)).toMatch(/^Inserted/);
      const read =
        typeof field === 'string'
          ? await page.evaluate<{ text: string; items: string[] }>(READ(field))
          : await page.evaluateInFrame<{ text: string; items: string[] }>(field.frame, READ(field.body));
      expect(read.text).toContain(GOAL);
      expect(read.text).toContain(GOAL_2);
      if (lists) expect(read.items.map((item) => item.trim())).toEqual([`${GOAL}.`, `${GOAL_2}.`]);
      await page.close();
    },
  );
});
