/**
 * Editor.js keeps one contenteditable per block and stores what `editor.save()` gives:
 * the note must go in as blocks of its own, each line of it a block, nothing run together
 * and the private section nowhere, read from the saved data the EHR would store; an
 * insert Editor.js never got is reported, the block left as it was; and one it got but that
 * could not be verified says the blocks are still there (Editor.js has no undo). The insert checks every
 * editor goes through are in insert-editors.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import { MID_CARET_LEFT_PRESSES, NOTE_FIRST_LINE } from './paragraphs';

const FOCUS = 'Arrived late; spoke of a cancelled holiday and a sister who "always gets her way".';
const PLAN = 'Continue weekly; revisit the summer break in two sessions.';
const PRIVATE = 'I noticed a pull to rescue her.';

/** The panel's status when the field did not take the note (insert-fallback.e2e.ts). */
const NOT_ACCEPTED = /^The field did not accept the note/;

interface Saved {
  blocks: { type: string; data: { text?: string } }[];
}

async function openEditor(page: HostPage, keys: string[]): Promise<void> {
  await until(async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined), 'editor');
  await page.click('.ce-paragraph');
  for (const key of keys) await page.press(key);
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

  it('a paste the page keeps from Editor.js: reported, the block as it was', async () => {
    const page = await suite.open('editorjs.html');
    // The caret mid-paragraph, so the insert first takes the text after it out of the block.
    await openEditor(page, [
      'Control+End',
      ...Array.from({ length: MID_CARET_LEFT_PRESSES }, () => 'ArrowLeft'),
    ]);
    // A page script that stops every paste before it reaches the editor.
    await page.evaluate(`window.addEventListener('paste', (e) => e.stopPropagation(), true)`);
    const panel = await page.openPanel();
    await panel.fill('Plan', PLAN);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    expect(await panel.waitForStatus(/did not accept|Inserted|Copying failed/)).toMatch(NOT_ACCEPTED);
    expect(await page.evaluate<string[]>('window.fixture.blocks()')).toEqual(['Existing text.']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a note the page alters once in: Editor.js cannot take it out, and the panel says so', async () => {
    const page = await suite.open('editorjs.html');
    await openEditor(page, ['Control+End']);
    // A page script that rewrites the plan as soon as it lands: the read-back cannot find
    // the note, and Editor.js keeps no undo to take its blocks back out.
    await page.evaluate(`new MutationObserver(() => {
      for (const block of document.querySelectorAll('.ce-paragraph'))
        if (block.textContent.includes('Continue weekly'))
          block.textContent = block.textContent.replace('Continue weekly', 'Continue monthly');
    }).observe(document.querySelector('.codex-editor'), { subtree: true, childList: true, characterData: true })`);
    const panel = await page.openPanel();
    await panel.fill('Plan', PLAN);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    const status = await panel.waitForStatus(/did not|Inserted|Copying failed/);
    // Not "did not accept" alone: pasting the copy would put the note in a second time.
    expect(status).toMatch(
      /^The field did not take the note whole, and what went in could not be taken out — check the field before pasting\./,
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
