/**
 * A cold open: the background stopped (Chromium's service worker stopped, Firefox's event
 * page suspended after its idle timeout) while the clinician sits in the note field, then
 * the shortcut. The content script wakes the background as it builds the panel
 * (content:panelOpening), so the background is starting while the panel page and React
 * load, not only once the panel's head script asks for the draft (how much sooner is the
 * bench's to say: bench/measures/panel-open.ts). Also proves the harness
 * stops the background for real (it starts after the press), which the bench relies on.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestBrowser } from './harness/browsers';
import { FIRST_FRAME, type FirstFrame } from './harness/first-frame';
import { useSuite } from './harness/suite';
import { BACKGROUND_MARKS } from '../../lib/open-marks';
import type { BackgroundTiming } from '../../entrypoints/background/e2e-hooks';

/** Firefox's event page idles out after this long here (the default is 30 s). */
const IDLE_MS = 3000;

async function stopBackground(browser: TestBrowser): Promise<void> {
  if (browser.stopServiceWorkerQuietly) await browser.stopServiceWorkerQuietly();
  else await new Promise((r) => setTimeout(r, IDLE_MS * 3));
}

/**
 * In the panel: when the background started (epoch ms), and the order in which it heard
 * of this panel (its marks, lib/open-marks.ts: e2e build only).
 */
const BACKGROUND_TIMING = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.runtime.sendMessage({ type: 'e2e:timing' });
})()`;

describe.each(BROWSERS)('cold panel open in %s', (kind) => {
  const suite = useSuite(kind, { backgroundIdleMs: IDLE_MS });

  it('wakes the stopped background at the shortcut, before the panel page asks for its draft', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    await new Promise((r) => setTimeout(r, 300));
    await stopBackground(suite.browser);
    const pressed = Date.now();
    const panel = await page.openPanel();
    // Asked at once, well before the background could idle out (and forget its marks).
    const background = await panel.evaluate<BackgroundTiming>(BACKGROUND_TIMING);
    // Stopped for real: this open started it.
    expect(background.timeOrigin).toBeGreaterThanOrEqual(pressed);
    // Woken by the content script's word at the shortcut, heard before it answered the
    // panel's draft (how much sooner depends on the machine's load; the order does not).
    const heard = background.marks.map(([name]) => name);
    expect(heard).toContain(BACKGROUND_MARKS.panelOpening);
    expect(heard.indexOf(BACKGROUND_MARKS.panelOpening)).toBeLessThan(
      heard.indexOf(BACKGROUND_MARKS.draftLoaded),
    );
    // Its draft came soon enough (as it does but on a very loaded machine): the panel's first
    // frame drew it (panel-first-frame.e2e.ts proves this with the background running).
    const first = await panel.evaluate<FirstFrame>(FIRST_FRAME);
    if (first.inTime) expect(first.drewDraft).toBe(true);
    // And the panel works: what is typed is kept.
    await panel.type('Session focus', 'Spoke of the cold morning;');
    expect(await panel.value('Session focus')).toBe('Spoke of the cold morning;');
    await page.close();
  });
});
