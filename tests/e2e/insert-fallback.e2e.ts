/**
 * When the field mangles the note, nothing half-inserted stays behind: the insert reads
 * back through the field, finds the note is not there, puts the field back as it was,
 * copies the note and tells the clinician exactly which keys to press. Real Chromium and
 * Firefox ESR, on a broken EHR page (fixtures/broken-editor.html). A field whose maxlength
 * would cut the note off is refused before it changes, with the numbers
 * (fixtures/limited-textarea.html), and so is the textarea a code editor only catches keys
 * in (fixtures/ace.html), which would take part of the note.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';

const PLAN = 'Continue weekly; revisit the summer break in two sessions.';
/** The panel's status after the fallback (entrypoints/panel/App.tsx, COPIED). */
const FALLBACK = /^The field did not accept the note\. Copied — press Ctrl\+V in the note field$/;

const FIELDS = [
  { name: 'textarea', selector: '#note', read: 'window.fixture.read()' },
  { name: 'contenteditable', selector: '#rich', read: 'window.fixture.readRich()' },
];

const ready = (page: HostPage) =>
  until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'page');

describe.each(BROWSERS)('insert into a field that mangles the note, in %s', (kind) => {
  const suite = useSuite(kind);

  it.each(FIELDS)('$name: put back as it was, note copied, keys named', async (field) => {
    const page = await suite.open('broken-editor.html');
    await ready(page);
    await page.click(field.selector);
    await page.press('Control+End');
    const before = await page.evaluate<string>(field.read);
    expect(before.trim()).toBe('Existing text.');

    const panel = await page.openPanel();
    await panel.fill('Plan', PLAN);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    const status = await panel.waitForStatus(/did not accept|Inserted|Copying failed/);
    expect(status).toMatch(FALLBACK);

    // Nothing half-inserted: the field holds exactly what it held before.
    expect(await page.evaluate<string>(field.read)).toBe(before);
    expect(page.errors).toEqual([]);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);

    // The keys the status names put the note where the clinician pastes it. Chromium only:
    // in Firefox ESR, Ctrl+V sent over WebDriver BiDi does not run the browser's paste
    // (observed), and a page may not read the clipboard without a person's gesture.
    if (kind === 'firefox') return page.close();
    await page.click('#scratch');
    await page.press('Control+KeyV');
    const pasted = await until(
      async () => (await page.evaluate<string>(`document.querySelector('#scratch').value`)) || undefined,
      'the paste',
    );
    expect(pasted.startsWith('Psychodynamic progress note')).toBe(true);
    expect(pasted).toContain(PLAN);
    await page.close();
  });

  it('a field whose maxlength is too short: refused with the numbers, the field untouched', async () => {
    const page = await suite.open('limited-textarea.html');
    await page.click('#note');
    await page.press('Control+End');
    const read = () => page.evaluate<string>(`document.querySelector('#note').value`);
    const panel = await page.openPanel();
    await panel.fill('Plan', PLAN);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    const status = await panel.waitForStatus(/this field takes|did not accept|Inserted/);
    expect(status).toMatch(
      /^The note is [\d,]+ characters; this field takes 120 at most \(106 left\)\. Shorten the note or paste it in parts\. Copied — press Ctrl\+V in the note field$/,
    );
    // Not cut off at the limit: the field holds what it held.
    expect(await read()).toBe('Existing text.');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("a code editor's key-catching textarea (Ace): refused untouched, and Ctrl+V puts the note in whole", async () => {
    const page = await suite.open('ace.html');
    await ready(page);
    await page.click('.ace_content');
    await page.press('Control+End');
    const read = () => page.evaluate<string>('window.fixture.read()');
    const panel = await page.openPanel();
    await panel.fill('Plan', PLAN);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    const status = await panel.waitForStatus(/only catches keys|did not accept|Inserted/);
    expect(status).toBe(
      'This field only catches keys for an editor that keeps its text elsewhere (a code editor), so the note cannot go in directly. Copied — press Ctrl+V in the note field',
    );
    // Nothing of the note went into the editor, and nothing of its own text was lost.
    expect(await read()).toBe('Existing text.');
    expect(page.errors).toEqual([]);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    // The keys the status names: Ace takes the clinician's paste whole (Chromium only, as
    // above: Firefox ESR runs no paste for a Ctrl+V sent over WebDriver BiDi).
    if (kind === 'firefox') return page.close();
    await page.click('.ace_content');
    await page.press('Control+End');
    await page.press('Control+KeyV');
    const text = await until(async () => ((await read()).includes(PLAN) ? read() : undefined), 'the paste');
    expect(text.startsWith('Existing text.')).toBe(true);
    expect(text).toContain('Psychodynamic progress note');
    await page.close();
  });
});
