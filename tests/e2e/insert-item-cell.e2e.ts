/**
 * A bare contenteditable whose caret is in a list item or a table cell (an EHR's note
 * template laid out as a list or a table): the note goes into that item or cell as lines,
 * its headings bold, and the list or table keeps its shape. Inserted as blocks, Chromium
 * put the note into the next item or cell and Firefox split the list around it, taking the
 * note's goals into the EHR's list. Real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';
import { NOTE_FIRST_LINE } from './paragraphs';

const GOAL = 'Sleep through most nights before the spring break';

/** The field's items or cells, each as its text and its bold runs, and the field's shape. */
const READ = (cells: string) => `(() => {
  const field = document.querySelector('#note');
  return {
    cells: Array.from(field.querySelectorAll(${JSON.stringify(cells)}), (cell) => ({
      text: cell.innerText,
      bold: Array.from(cell.querySelectorAll('strong'), (b) => b.textContent),
    })),
    blocks: field.querySelectorAll('p, ul, ol, table, div').length,
  };
})()`;

interface Read {
  cells: { text: string; bold: string[] }[];
  blocks: number;
}

/** Puts `html` in the field and the caret in the element `#at`, `left` characters from its end. */
async function caretIn(page: HostPage, html: string, left = 0): Promise<void> {
  await page.evaluate(`document.querySelector('#note').innerHTML = ${JSON.stringify(html)}`);
  await page.click('#at');
  await page.press('End');
  for (let i = 0; i < left; i += 1) await page.press('ArrowLeft');
}

async function insertWithGoal(page: HostPage): Promise<string> {
  const panel = await page.openPanel();
  await panel.fill('Plan', 'Weekly, then review.');
  await panel.click('Add goal');
  await panel.fill('Goal 1', GOAL);
  await panel.check('No risk indicated');
  await panel.click('Insert note');
  return panel.waitForStatus(/Inserted|did not accept|failed/i);
}

/** The note's own lines are in `text`, in order, and its headings are bold. */
function expectNoteIn(cell: Read['cells'][number]): void {
  const lines = cell.text.split('\n').map((line) => line.trim());
  const at = (line: string) => lines.indexOf(line);
  expect(at(NOTE_FIRST_LINE)).toBeGreaterThan(0);
  expect(at('Risk')).toBeGreaterThan(at(NOTE_FIRST_LINE));
  expect(lines.some((line) => line.includes(GOAL))).toBe(true);
  expect(cell.bold).toEqual(expect.arrayContaining([NOTE_FIRST_LINE, 'Risk']));
}

describe.each(BROWSERS)('a note into a list item or table cell, in %s', (kind) => {
  const suite = useSuite(kind);

  it.each([
    ['list item', '<ul><li id="at">Presenting concerns</li><li>Next item</li></ul>', 'li'],
    [
      'table cell',
      '<table><tbody><tr><td id="at">Presenting concerns</td><td>Next item</td></tr></tbody></table>',
      'td',
    ],
  ])('at the end of a %s: into it, the next one untouched', async (_what, html, cells) => {
    const page = await suite.open('contenteditable.html');
    await caretIn(page, html);
    expect(await insertWithGoal(page)).toMatch(/^Inserted/);
    const read = await page.evaluate<Read>(READ(cells));
    expect(read.cells).toHaveLength(2);
    expect(read.cells[0]!.text.split('\n')[0]).toBe('Presenting concerns');
    expectNoteIn(read.cells[0]!);
    expect(read.cells[1]!.text).toBe('Next item');
    // The EHR's list or table and nothing else: no paragraph or list of the note's own.
    expect(read.blocks).toBe(1);
    await page.close();
  });

  it.each([
    ['an editable paragraph', 'p'],
    ['an editable span in a line of the form', 'span'],
  ])('into %s: as lines, no paragraph inside it', async (_what, tag) => {
    const page = await suite.open('contenteditable.html');
    // The EHR made a <p> or <span> itself the note field; a <p> inside it would not survive
    // the EHR's own parser when the saved note is shown.
    await page.evaluate(
      `document.querySelector('#note').outerHTML = '<div id="form">Note: <${tag} id="note" contenteditable="true">Existing text.</${tag}></div>'`,
    );
    await page.click('#note');
    await page.press('End');
    expect(await insertWithGoal(page)).toMatch(/^Inserted/);
    const read = await page.evaluate<{ field: Read['cells'][number]; form: string; blocks: number }>(
      `(() => {
        const field = document.querySelector('#note');
        return {
          field: { text: field.innerText, bold: Array.from(field.querySelectorAll('strong'), (b) => b.textContent) },
          form: document.querySelector('#form').firstChild.textContent,
          blocks: field.querySelectorAll('p, ul, div').length,
        };
      })()`,
    );
    expect(read.field.text.split('\n')[0]).toBe('Existing text.');
    expectNoteIn(read.field);
    expect(read.form).toBe('Note: ');
    // Nothing of the note's own but lines: no paragraph, list or <div> in the field.
    expect(read.blocks).toBe(0);
    await page.close();
  });

  it('mid-item: the note between the two halves of the item', async () => {
    const page = await suite.open('contenteditable.html');
    await caretIn(page, '<ol><li id="at">Before after</li></ol>', 'after'.length);
    expect(await insertWithGoal(page)).toMatch(/^Inserted/);
    const read = await page.evaluate<Read>(READ('li'));
    expect(read.cells).toHaveLength(1);
    const lines = read.cells[0]!.text.split('\n').map((line) => line.trim());
    expect(lines[0]).toBe('Before');
    expect(lines.at(-1)).toBe('after');
    expectNoteIn(read.cells[0]!);
    expect(read.blocks).toBe(1);
    await page.close();
  });
});
