/**
 * The extension is updated or reloaded while a panel is open. Both browsers keep the
 * panel's iframe, orphaned: its extension APIs are gone. What was typed up to half a
 * second before is saved; the orphaned panel says so and how to reopen, and refuses
 * further typing instead of dropping it silently; reopening shows everything typed.
 *
 * Chromium: runtime.reload() in the service worker; reopening through the browser command
 * (what Alt+Shift+N does in a real browser). Firefox: the add-on installed again over itself
 * (an update in place, see TestBrowser.reloadExtension); BiDi cannot trigger browser
 * commands, so there the page is reloaded to reopen.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage } from './harness/browsers';
import { useSuite } from './harness/suite';

/** The autosave promise: nothing typed more than half a second before is lost. */
const SAVE_WINDOW_MS = 500;
const ORPHANED =
  /^Reverie was updated or reloaded — press Alt\+Shift\+N to reopen your note; your draft is saved\.$/;

const panels = (page: HostPage) =>
  page.evaluate<number>(`document.querySelectorAll('iframe[title="Reverie note panel"]').length`);

/** Waits (up to 10 s) until `probe` holds; a probe that throws (a frame going away) is a no. */
async function eventually(probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(BROWSERS)('extension reloaded under an open panel in %s', (kind) => {
  const suite = useSuite(kind);

  it('keeps what was typed, says to reopen, takes no silent keystrokes, and reopens with it all', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    await panel.type('Session focus', 'Dreamt of the old school; ');
    await panel.type('Plan', 'Weekly.');
    await new Promise((r) => setTimeout(r, SAVE_WINDOW_MS));

    await suite.browser.reloadExtension();
    await panel.waitForStatus(ORPHANED);
    // Typing into the orphaned panel is refused where the clinician sees it, not kept unsaved.
    await panel.type('Plan', ' Lost?');
    expect(await panel.value('Plan')).toBe('Weekly.');
    expect(await panel.status()).toMatch(ORPHANED);

    if (page.browserCommand) {
      await page.browserCommand();
      // The new content script takes over: the orphaned panel goes, one live panel opens.
      await eventually(
        async () => (await panels(page)) === 1 && !ORPHANED.test(await (await page.panel()).status()),
      );
    } else {
      await page.reload();
      await page.openPanel();
    }
    const reopened = await page.panel();
    expect(await panels(page)).toBe(1);
    expect(await reopened.value('Session focus')).toBe('Dreamt of the old school; ');
    expect(await reopened.value('Plan')).toBe('Weekly.');
    // …and it saves again.
    await reopened.fill('Plan', 'Weekly. Same hour.');
    await new Promise((r) => setTimeout(r, SAVE_WINDOW_MS));
    await page.reload();
    expect(await (await page.openPanel()).value('Plan')).toBe('Weekly. Same hour.');
    await page.close();
  });
});
