/**
 * Insertion into text fields whose value a framework controls (Vue's v-model, React's
 * controlled inputs, Angular's ngModel, an older jQuery form that follows its fields on
 * `keyup` alone, an older Knockout form that takes them on `change` alone), in real
 * Chromium and Firefox ESR: a textarea and
 * a single-line input on one page, and a field React draws anew after each save. The
 * framework's own model must hold exactly what the field shows — a value set on the DOM
 * alone never reaches the state the EHR saves — and must keep following the clinician's
 * typing after the insert.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import { MID_CARET_LEFT_PRESSES, NOTE_FIRST_LINE, SPLIT_AROUND } from './paragraphs';

const FOCUS = 'Spoke of a new supervisor who "reminds me of my father"; left early.';

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

type FieldId = 'note' | 'summary';
/** Each field's value in the framework's state (fixture-api.ts `fields`). */
const model = (page: HostPage) => page.evaluate<Record<FieldId, string>>('window.fixture.fields()');
const domValue = (page: HostPage, id: FieldId) =>
  page.evaluate<string>(`document.getElementById(${JSON.stringify(id)}).value`);

/** Types one more character at the field's end; the framework's model must follow. */
async function typeAndCheckSync(page: HostPage, id: FieldId, endKey: string): Promise<void> {
  await page.click(`#${id}`);
  await page.press(endKey);
  await page.typeKeys('+');
  // Typed into the field (the DOM), then the model must hold the same value.
  const shown = await until(async () => {
    const dom = await domValue(page, id);
    return dom.endsWith('+') ? dom : undefined;
  }, `"+" typed into #${id}`);
  await until(
    async () => ((await model(page))[id] === shown ? true : undefined),
    `${id} model follows typing`,
  );
}

/** Once the form is ready: the caret at the end of its textarea, the note inserted there. */
async function insertAtNoteEnd(page: HostPage): Promise<PanelDriver> {
  await until(
    async () => ((await page.evaluate<boolean>('!!window.fixture?.fields')) ? true : undefined),
    'fixture',
  );
  await page.click('#note');
  await page.press('Control+End');
  const panel = await page.openPanel();
  await panel.fill('Session focus', FOCUS);
  await panel.check('No risk indicated');
  await panel.click('Insert note');
  await panel.waitForStatus(/Inserted/);
  return panel;
}

describe.each(BROWSERS)('insert into framework-controlled fields in %s', (kind) => {
  const suite = useSuite(kind);

  it.each(['vue-fields.html', 'react-textarea.html', 'angular-fields.html', 'keyup-fields.html'])(
    '%s: the model holds the note, once, after the existing text, and keeps following typing',
    async (fixture) => {
      const page = await suite.open(fixture);
      // The textarea: the note as paragraphs of its own after the existing text.
      const panel = await insertAtNoteEnd(page);
      const note = (await model(page)).note;
      expect(await domValue(page, 'note')).toBe(note);
      expect(note.startsWith(`Existing text.\n\n${NOTE_FIRST_LINE}`)).toBe(true);
      expect(occurrences(note, FOCUS)).toBe(1);
      await typeAndCheckSync(page, 'note', 'Control+End');

      // The single-line input: no line can live in it, so the note's lines (and the blank
      // lines between its sections) become single spaces, after a space that keeps it apart
      // from the existing text (text-field adapter, plainFieldBreaks).
      await page.click('#summary');
      await page.press('End');
      await panel.click('Insert note');
      const summary = await until(async () => {
        const state = (await model(page)).summary;
        return state.includes(FOCUS) ? state : undefined;
      }, 'summary model holds the note');
      await panel.waitForStatus(/Inserted/);
      const noteText = note.slice('Existing text.\n\n'.length);
      expect(summary).toBe(`Existing summary. ${noteText.replace(/\s*\n\s*/g, ' ')}`);
      expect(summary).not.toMatch(/[\n\r]/);
      expect(occurrences(summary, FOCUS)).toBe(1);
      expect(await domValue(page, 'summary')).toBe(summary);
      await typeAndCheckSync(page, 'summary', 'End');

      expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('knockout-fields.html: a form that takes its fields on change alone saves the note', async () => {
    const page = await suite.open('knockout-fields.html');
    const panel = await insertAtNoteEnd(page);
    await page.click('#summary');
    await page.press('End');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    // The clinician saves: the click leaves the field, as a person's edit it changed, and
    // the form takes it (a value set from script would fire no change, and save the old text).
    await page.click('#save');
    const saved = await until(async () => {
      const fields = await model(page);
      return fields.summary.includes(FOCUS) ? fields : undefined;
    }, 'the saved form');
    expect(saved.note).toBe(await domValue(page, 'note'));
    expect(saved.note.startsWith(`Existing text.\n\n${NOTE_FIRST_LINE}`)).toBe(true);
    expect(occurrences(saved.note, FOCUS)).toBe(1);
    expect(saved.summary).toBe(await domValue(page, 'summary'));
    expect(occurrences(saved.summary, FOCUS)).toBe(1);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a field the EHR redraws after each save: the note goes into the new one, at the caret', async () => {
    const page = await suite.open('rerendered-field.html');
    await until(
      async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined),
      'fixture',
    );
    await page.click('#note');
    await page.press('Control+End');
    for (let i = 0; i < MID_CARET_LEFT_PRESSES; i++) await page.press('ArrowLeft');
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    // Leaving the field saved it, and the answer drew a new field in its place.
    await until(
      async () => ((await page.evaluate<number>('window.savedVersion()')) >= 2 ? true : undefined),
      'the form redrawn',
    );
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const note = await page.evaluate<string>('window.fixture.read()');
    expect(await domValue(page, 'note')).toBe(note);
    expect(note.startsWith(`${SPLIT_AROUND.before}\n\n${NOTE_FIRST_LINE}`)).toBe(true);
    expect(note.endsWith(`\n\n${SPLIT_AROUND.after}`)).toBe(true);
    expect(occurrences(note, FOCUS)).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
