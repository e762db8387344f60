/**
 * Editor.js keeps one contenteditable per block and stores what `editor.save()` gives:
 * the note must go in as blocks of its own, each line of it a block, nothing run together
 * and the private section nowhere, read from the saved data the EHR would store. The
 * insert checks every editor goes through are in insert-editors.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import { NOTE_FIRST_LINE } from './paragraphs';

const FOCUS = 'Arrived late; spoke of a cancelled holiday and a sister who "always gets her way".';
const PLAN = 'Continue weekly; revisit the summer break in two sessions.';
const PRIVATE = 'I noticed a pull to rescue her.';

interface Saved {
  blocks: { type: string; data: { text?: string } }[];
}

describe.each(BROWSERS)('Editor.js saved data in %s', (kind) => {
  const suite = useSuite(kind);

  it('the note is blocks of its own, a block per line, the private section left out', async () => {
    const page = await suite.open('editorjs.html');
    await until(
      async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined),
      'editor',
    );
    await page.click('.ce-paragraph');
    await page.press('Control+End');
    const panel = await page.openPanel();
    await panel.fill('Session focus', FOCUS);
    await panel.fill('Plan', PLAN);
    await panel.fill('Countertransference', PRIVATE);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);

    const saved = await page.evaluate<Saved>('window.editorjsSave()');
    // Every line of the note a block of its own (headings bold paragraphs, as the note's
    // HTML has them), after the clinician's block and in the note's order.
    expect(await page.evaluate<string[]>('window.fixture.blocks()')).toEqual([
      'Existing text.',
      NOTE_FIRST_LINE,
      'Session focus',
      FOCUS,
      'Risk',
      'No suicidal or homicidal ideation and no self-harm reported; risk assessed as low.',
      'Plan',
      PLAN,
    ]);
    expect(saved.blocks.map((b) => b.type)).toEqual(saved.blocks.map(() => 'paragraph'));
    expect(saved.blocks.map((b) => b.data.text)).toContain('<b>Session focus</b>');
    expect(JSON.stringify(saved)).not.toContain(PRIVATE);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
