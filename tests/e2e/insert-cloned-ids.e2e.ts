/**
 * A note inserted where the EHR's paragraphs carry ids leaves each id on one element.
 * Splitting a paragraph for the note copies the paragraph's element with its id in both
 * engines (the caret mid-paragraph), and Chromium copies a <div> paragraph, id and all, for
 * each line of the note typed into it: the EHR's page then held two or nine elements with
 * one id. A plain-text field (contenteditable="plaintext-only") takes the note as text
 * and split nothing when measured; its case keeps it so. Real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import { NOTE_FIRST_LINE } from './paragraphs';

/** Every id in the field, as often as it is there, and the field's text. */
const READ = `(() => {
  const field = document.querySelector('#note');
  return {
    ids: Array.from(field.querySelectorAll('[id]'), (el) => el.id),
    text: field.innerText,
  };
})()`;

describe.each(BROWSERS)('the EHR’s ids after an insert, in %s', (kind) => {
  const suite = useSuite(kind);

  it.each([
    [
      'mid-paragraph (<p>)',
      'contenteditable.html',
      '<p id="at" class="c1">Presenting concerns</p><p id="next">Next</p>',
      4,
    ],
    [
      'end of a <div> paragraph',
      'contenteditable.html',
      '<div id="at" class="d">Some text</div><div>after</div>',
      0,
    ],
    [
      'mid-line of a plain-text field',
      'plaintext-only.html',
      '<div id="at">Presenting concerns</div><div id="next">Next</div>',
      4,
    ],
  ])('%s: each id once, the note in', async (_where, fixture, html, left) => {
    const page = await suite.open(fixture);
    await page.evaluate(`document.querySelector('#note').innerHTML = ${JSON.stringify(html)}`);
    await page.click('#at');
    await page.press('End');
    for (let i = 0; i < left; i += 1) await page.press('ArrowLeft');
    const before = await page.evaluate<{ ids: string[]; text: string }>(READ);
    const panel = await page.openPanel();
    await panel.fill('Plan', 'Weekly, then review.');
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    expect(await panel.waitForStatus(/Inserted|did not accept|failed/i)).toMatch(/^Inserted/);
    const after = await page.evaluate<{ ids: string[]; text: string }>(READ);
    expect(after.text).toContain(NOTE_FIRST_LINE);
    expect(after.text).toContain('Weekly, then review.');
    expect(after.ids).toEqual(before.ids);
    // The ids taken off after the command leave its undo whole: Ctrl+Z gives the field back.
    await page.press('Control+KeyZ');
    const undone = async () => {
      const now = await page.evaluate<{ ids: string[]; text: string }>(READ);
      return now.text === before.text ? now : undefined;
    };
    expect((await until(undone, 'the insert undone')).ids).toEqual(before.ids);
  });
});
