/**
 * Drafts survive what a long clinical evening throws at them: a crashed tab, a stopped
 * service worker. Chromium only, because both are driven through CDP; the reload and
 * reopen cases run in both browsers in skeleton.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

/** The autosave promise: nothing typed more than half a second before a crash is lost. */
const SAVE_WINDOW_MS = 500;

describe.runIf(BROWSERS.includes('chromium'))('drafts in chromium', () => {
  const suite = useSuite('chromium', { ownBrowser: true });

  it('keeps what was typed half a second before the tab crashed', async () => {
    const page = await suite.open('plain-textarea.html');
    const url = await page.evaluate<string>('location.href');
    const panel = await page.openPanel();
    await panel.type('Session focus', 'Spoke about the locked house dream');
    await new Promise((r) => setTimeout(r, SAVE_WINDOW_MS));
    await page.crash!();
    const again = await suite.browser.newPage();
    await again.goto(url);
    const resumed = await again.openPanel();
    expect(await resumed.value('Session focus')).toBe('Spoke about the locked house dream');
    await again.close();
  });

  it('loses nothing when the service worker is stopped between keystrokes', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.type('Plan', 'Weekly; ');
    await new Promise((r) => setTimeout(r, SAVE_WINDOW_MS));
    await suite.browser.stopServiceWorker!();
    await panel.type('Plan', 'review the break.');
    await new Promise((r) => setTimeout(r, SAVE_WINDOW_MS));
    await suite.browser.stopServiceWorker!();
    // Insert still reaches the right frame after the restart (the target lives in session storage).
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toContain(
      'Weekly; review the break.',
    );
    await page.reload();
    const resumed = await page.openPanel();
    expect(await resumed.value('Plan')).toBe('Weekly; review the break.');
    await page.close();
  });
});
