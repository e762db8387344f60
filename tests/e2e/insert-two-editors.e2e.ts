/**
 * Two editors on one page, each editing in a frame of its own: the note goes into the one
 * the clinician was in last, when the focus went straight from one editor's frame into the
 * other's. Such editors write their frame with document.open(), which erases the listeners
 * a content script had there, and the page around them hears no focus move between them.
 * Both the same-origin case (two TinyMCE or CKEditor 4 iframes in the page) and the
 * cross-origin one (two note modules of another origin, each a CKEditor 4 page). And fields
 * alike in frames no editor rewrites: each is a field of its own for the second-copy check.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';

const FOCUS = 'Spoke of the new job and a manager who "never listens".';

const occurrences = (haystack: string, needle: string) =>
  haystack.replace(/\s+/g, ' ').split(needle).length - 1;

/** Clicks into an editor's frame and puts the caret at its end. */
async function clickInto(page: HostPage, frame: string, body: string): Promise<void> {
  await page.clickInFrame(frame, body);
  await page.press('Control+End');
}

/**
 * Inserts and waits until `into` (a field's text) holds the note: the second insert's
 * status reads as the first's did, so the status alone cannot tell that it ran.
 */
async function insertNote(panel: PanelDriver, into: () => Promise<string>): Promise<void> {
  await panel.click('Insert note');
  await until(async () => ((await into()).includes(FOCUS) ? true : undefined), 'the note in the field');
  await panel.waitForStatus(/^Inserted/);
}

describe.each(BROWSERS)('two editors with frames of their own, in %s', (kind) => {
  const suite = useSuite(kind);

  it.each([
    ['TinyMCE', 'tinymce'],
    ['CKEditor 4', 'ckeditor4'],
  ])('%s twice in the page: the note goes into the one clicked last', async (_name, editor) => {
    const frames = ['#subjective iframe', '#plan iframe'] as const;
    const page = await suite.open(`two-editors.html?kind=${editor}`);
    const text = (index: number) => page.evaluate<string>(`window.editors.text(${index})`);
    await until(
      async () => ((await page.evaluate<boolean>('!!window.editors')) ? true : undefined),
      'both editors',
    );
    await clickInto(page, frames[0], 'body');
    await clickInto(page, frames[1], 'body');
    // The shortcut from inside the second editor's frame opens the panel.
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    await insertNote(panel, () => text(1));
    expect((await text(0)).trim()).toBe('Subjective text.');
    expect(occurrences(await text(1), FOCUS)).toBe(1);

    // And back, straight from the second editor's frame into the first's.
    await clickInto(page, frames[1], 'body');
    await clickInto(page, frames[0], 'body');
    await insertNote(panel, () => text(0));
    expect(occurrences(await text(0), FOCUS)).toBe(1);
    expect(occurrences(await text(1), FOCUS)).toBe(1);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['two srcdoc frames', 'srcdoc-a', 'srcdoc-b'],
    ['two blank frames the page filled', 'blank-c', 'blank-d'],
    ['a srcdoc frame and a blank one', 'srcdoc-a', 'blank-d'],
  ])(
    'fields alike (one id) in %s of the page: each its own, there and back',
    async (_name, first, second) => {
      const page = await suite.open('two-frames.html');
      const text = (frame: string) => page.evaluate<string>(`window.frameField(${JSON.stringify(frame)})`);
      await until(async () => ((await text(first).catch(() => '')) ? true : undefined), 'frames');
      await clickInto(page, `#${first}`, '#field');
      await clickInto(page, `#${second}`, '#field');
      const panel = await page.openPanel();
      await panel.fill('Session focus', FOCUS);
      await panel.check('No risk indicated');
      await insertNote(panel, () => text(second));
      expect(occurrences(await text(first), FOCUS)).toBe(0);
      expect(occurrences(await text(second), FOCUS)).toBe(1);

      // Not "already inserted": the first frame's field is another field, though its id is the same.
      await clickInto(page, `#${first}`, '#field');
      await insertNote(panel, () => text(first));
      expect(occurrences(await text(first), FOCUS)).toBe(1);
      expect(occurrences(await text(second), FOCUS)).toBe(1);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('two note modules of another origin, CKEditor 4 in each: the note goes into the one clicked last', async () => {
    const page = await suite.open('two-modules.html');
    const text = (module: string) => page.evaluateInFrame<string>(module, 'window.fixture.read()');
    for (const module of ['#module-a', '#module-b'])
      await until(
        async () => ((await text(module).catch(() => '')).trim() === 'Existing text.' ? true : undefined),
        `editor in ${module}`,
      );
    await clickInto(page, '#module-a', 'iframe');
    await clickInto(page, '#module-b', 'iframe');
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    await insertNote(panel, () => text('#module-b'));
    expect((await text('#module-a')).trim()).toBe('Existing text.');
    expect(occurrences(await text('#module-b'), FOCUS)).toBe(1);

    await clickInto(page, '#module-b', 'iframe');
    await clickInto(page, '#module-a', 'iframe');
    await insertNote(panel, () => text('#module-a'));
    expect(occurrences(await text('#module-a'), FOCUS)).toBe(1);
    expect(occurrences(await text('#module-b'), FOCUS)).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
