/**
 * The insertion script (entrypoints/inserter.ts) goes into the note field's frame a while
 * after the panel opens (entrypoints/background/inserter-injection.ts: warmUpInserter), so
 * that its injection (an executeScript of the whole editor code, 20–85 ms measured on a
 * loaded machine) is not on the first insert's path. Proven by the background's marks
 * (lib/open-marks.ts, e2e build only): injected once, before the insert was asked for.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';
import { BACKGROUND_MARKS } from '../../lib/open-marks';
import type { BackgroundTiming } from '../../entrypoints/background/e2e-hooks';

const FOCUS = 'Spoke of the lighthouse in the dream and of the keeper she never met.';

/** The background's marks since this panel said it was opening, by name. */
async function marksSinceOpening(panel: PanelDriver): Promise<string[]> {
  const timing = await panel.evaluate<BackgroundTiming>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.runtime.sendMessage({ type: 'e2e:timing' });
  })()`);
  const names = timing.marks.map(([name]) => name);
  return names.slice(names.lastIndexOf(BACKGROUND_MARKS.panelOpening));
}

/** Opens the panel over `field` (caret at its end) and waits for `mark` since that opening. */
async function openUntil(page: HostPage, field: string, mark: string, what: string): Promise<PanelDriver> {
  await page.click(field);
  await page.press('Control+End');
  const panel = await page.openPanel();
  await until(async () => ((await marksSinceOpening(panel)).includes(mark) ? true : undefined), what);
  return panel;
}

/** Writes the note's focus, documents risk, inserts, and returns the marks since the opening. */
async function insertFocus(panel: PanelDriver): Promise<string[]> {
  await panel.fill('Session focus', FOCUS);
  await panel.check('No risk indicated');
  await panel.click('Insert note');
  await panel.waitForStatus(/Inserted/);
  return marksSinceOpening(panel);
}

describe.each(BROWSERS)('insertion script warm-up in %s', (kind) => {
  const suite = useSuite(kind);

  it('is injected while the panel is open, before the first insert, which injects nothing more', async () => {
    const page = await suite.open('plain-textarea.html');
    // Nothing typed or asked for yet: the panel being open is enough.
    const panel = await openUntil(
      page,
      '#note',
      BACKGROUND_MARKS.inserterInjected,
      'the insertion script injected after the panel opened',
    );
    const marks = await insertFocus(panel);
    expect(marks.filter((name) => name === BACKGROUND_MARKS.inserterInjected)).toHaveLength(1);
    expect(marks.indexOf(BACKGROUND_MARKS.inserterInjected)).toBeLessThan(
      marks.indexOf(BACKGROUND_MARKS.insertAsked),
    );
    expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toContain(FOCUS);
    await page.close();
  });

  it("puts the page bridge in a rich editor's page with it, and the insert calls it there directly", async () => {
    const page = await suite.open('quill.html');
    const panel = await openUntil(
      page,
      '.ql-editor',
      BACKGROUND_MARKS.bridgeListening,
      'the page bridge listening after the panel opened',
    );
    const marks = await insertFocus(panel);
    expect(marks.indexOf(BACKGROUND_MARKS.bridgeListening)).toBeLessThan(
      marks.indexOf(BACKGROUND_MARKS.insertAsked),
    );
    // Its calls (the read-back's count included) went by DOM event, none through the background.
    expect(marks).not.toContain(BACKGROUND_MARKS.bridgeRelayed);
    expect(await page.evaluate<string>(`document.querySelector('.ql-editor').innerText`)).toContain(FOCUS);
    await page.close();
  });
});
