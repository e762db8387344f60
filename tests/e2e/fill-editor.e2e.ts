/**
 * "Fill fields" into a rich editor the clinician never clicked into: the picker chooses the
 * field without giving it focus, so no caret is remembered and the part goes in at the
 * field's end, while the editor's own selection is still at its start. The part must go in
 * after the existing text, once. Bare ProseMirror and Toast UI (ProseMirror inside, reached
 * through its paste, the page bridge called in the page); real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';
import { pickerShown } from './harness/picker';
import { until } from './harness/until';

const PLAN = 'Meet weekly; revisit the ending date next session.';

const CASES = [{ page: 'prosemirror.html' }, { page: 'toastui.html' }];

describe.each(BROWSERS)('Fill fields into a rich editor in %s', (kind) => {
  const suite = useSuite(kind);

  it.each(CASES)('$page: the part goes in after the existing text', async (c) => {
    const page = await suite.open(c.page);
    await until(
      async () => ((await page.evaluate<boolean>('!!window.fixture')) ? true : undefined),
      'editor',
    );
    const panel = await page.openPanel();
    await panel.select('Layout', 'SOAP');
    await panel.fill('Plan', PLAN);
    await panel.check('No risk indicated');
    await panel.click('Fill fields');
    await panel.click('Pick field for Plan');
    await pickerShown(page, panel);
    // By keys: the page's one editor is the first field the highlight reaches (a click at its
    // centre can land on the panel beside it in a small window).
    await page.press('ArrowDown');
    await panel.waitForStatus(/^Field 1 of 1: /);
    await page.press('Enter');
    await panel.waitForStatus(/^Plan goes into /);
    await panel.click('Fill all fields');
    await panel.waitForStatus(/^Filled Plan/);
    const blocks = (await page.evaluate<string[]>('window.fixture.blocks()')).map((b) => b.trim());
    expect(blocks.filter(Boolean)).toEqual(['Existing text.', PLAN]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
