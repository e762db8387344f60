/**
 * An editor frame written anew after Reverie first saw the clinician in it: a legacy
 * designMode editor loading a template with document.open(), CKEditor 4's setData (an EHR's
 * "Load template"). Writing a document out erases every listener in it and on its window,
 * the Document and the Window staying the same objects: the shortcut pressed in the frame
 * must still open the panel, pressed as soon as the click is done (also where the frame is
 * inside a note module of another origin and the focus comes from the page around it), and
 * the caret moved there by keys alone must still be where the note goes. Real Chromium and
 * Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATE_LINES } from './fixtures/note-template';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import { NOTE_FIRST_LINE } from './paragraphs';

const FOCUS = 'Arrived late; spoke of the template of her week, always the same.';

const occurrences = (haystack: string, needle: string) =>
  haystack.replace(/\s+/g, ' ').split(needle).length - 1;

/** Presses the shortcut once and waits for the panel: a second press would hide a lost key. */
async function pressOnceForPanel(page: HostPage): Promise<void> {
  await page.pressShortcut();
  await until(
    async () => ((await page.hasPanel()) ? true : undefined),
    'the panel, opened by one press of the shortcut in the rewritten frame',
    5000,
  );
}

/** Fills the panel's note and inserts it into the field it found. */
async function insertFocusNote(page: HostPage): Promise<void> {
  const panel = await page.panel();
  await panel.fill('Session focus', FOCUS);
  await panel.check('No risk indicated');
  await panel.click('Insert note');
  await panel.waitForStatus(/^Inserted/);
}

const REWRITTEN = [
  ['a legacy designMode frame the page writes', 'designmode.html', '#note-frame'],
  ['CKEditor 4, its data set by the page', 'ckeditor4.html', 'iframe.cke_wysiwyg_frame'],
] as const;

describe.each(BROWSERS)('an editor frame written anew after the first click, in %s', (kind) => {
  const suite = useSuite(kind);

  /** Opens the page, clicks into the frame, then has the page write the frame anew. */
  const openRewritten = async (file: string, frame: string) => {
    const page = await suite.open(file);
    await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'page');
    await page.clickInFrame(frame, 'body');
    await page.click('#load-template');
    await until(
      async () =>
        (await page.evaluate<string>('window.fixture.read()')).includes(TEMPLATE_LINES[0]!)
          ? true
          : undefined,
      'the template',
    );
    return page;
  };

  // The page hears nothing from inside a frame it rewrote: it finds the focus there at its
  // own window's blur (target-tracker.ts). A key sent as soon as the click is done, faster
  // than any hand, must find the frame listened to already.
  it.each(REWRITTEN)(
    '%s: one press of the shortcut right after the click opens the panel',
    async (_name, file, frame) => {
      const page = await openRewritten(file, frame);
      await page.clickInFrame(frame, 'body');
      await pressOnceForPanel(page);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it.each(REWRITTEN)('%s: the shortcut and the caret still work in it', async (_name, file, frame) => {
    // Reverie sees the clinician in the editor's frame first, then the page writes it anew.
    const page = await openRewritten(file, frame);
    const read = () => page.evaluate<string>('window.fixture.read()');

    // Back into the frame; the caret then moves by keys alone, to the template's start.
    await page.clickInFrame(frame, 'body');
    await page.press('Control+End');
    await page.press('Control+Home');
    await pressOnceForPanel(page);
    await insertFocusNote(page);

    const after = await read();
    expect(after.trimStart().startsWith(NOTE_FIRST_LINE)).toBe(true);
    expect(after.trimEnd().endsWith(TEMPLATE_LINES[1]!)).toBe(true);
    expect(occurrences(after, FOCUS)).toBe(1);
    expect(occurrences(after, TEMPLATE_LINES[0]!)).toBe(1);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe.each(BROWSERS)(
  'an editor frame written anew inside a note module of another origin, in %s',
  (kind) => {
    const suite = useSuite(kind);

    // The module's script, which watches the editor's frame, hears nothing when the focus
    // comes from the page around the module straight into that frame: the frame itself must
    // have its listeners back as soon as the module wrote it anew.
    it('CKEditor 4, its data set by the module: one press right after a click from the page opens the panel, the note goes in', async () => {
      const page = await suite.open('two-modules.html');
      const text = (module: string) => page.evaluateInFrame<string>(module, 'window.fixture.read()');
      await until(
        async () =>
          (await text('#module-a').catch(() => '')).trim() === 'Existing text.' ? true : undefined,
        'the editor in the module',
      );
      await page.clickInFrame('#module-a', 'iframe');
      await page.clickInFrame('#module-a', '#load-template');
      await until(
        async () => ((await text('#module-a')).includes(TEMPLATE_LINES[0]!) ? true : undefined),
        'the template',
      );
      // The clinician looks at the chart in the page, then goes back into the note.
      await page.click('h1');
      await page.clickInFrame('#module-a', 'iframe');
      await pressOnceForPanel(page);
      await insertFocusNote(page);

      const after = await text('#module-a');
      expect(occurrences(after, FOCUS)).toBe(1);
      for (const line of TEMPLATE_LINES) expect(occurrences(after, line)).toBe(1);
      expect((await text('#module-b')).trim()).toBe('Existing text.');
      expect(page.errors).toEqual([]);
      await page.close();
    });
  },
);
