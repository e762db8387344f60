/**
 * A cold open: the background stopped (Chromium's service worker stopped, Firefox's event
 * page suspended after its idle timeout) while the clinician sits in the note field, then
 * the shortcut. The content script wakes the background as it builds the panel
 * (content:panelOpening), so the background is starting while the panel page and React
 * load, not only once the panel's head script asks for the draft. Also proves the harness
 * stops the background for real (it starts after the press), which the bench relies on.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestBrowser } from './harness/browsers';
import { useSuite } from './harness/suite';
import { PANEL_MARKS } from '../../lib/open-marks';

/** Firefox's event page idles out after this long here (the default is 30 s). */
const IDLE_MS = 1000;

async function stopBackground(browser: TestBrowser): Promise<void> {
  if (browser.stopServiceWorker) await browser.stopServiceWorker();
  else await new Promise((r) => setTimeout(r, IDLE_MS * 3));
}

/** In the panel: when the background started and when the head script asked, epoch ms. */
const TIMES = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const background = await api.runtime.sendMessage({ type: 'e2e:timing' });
  const early = performance.getEntriesByName(${JSON.stringify(PANEL_MARKS.early)})[0];
  return { backgroundStarted: background.timeOrigin, panelAsked: performance.timeOrigin + early.startTime };
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
    await panel.value('Session focus');
    const times = await panel.evaluate<{ backgroundStarted: number; panelAsked: number }>(TIMES);
    // Stopped for real: this open started it.
    expect(times.backgroundStarted).toBeGreaterThanOrEqual(pressed);
    // Started by the content script's word at the shortcut, not by the panel's first question.
    expect(times.backgroundStarted).toBeLessThan(times.panelAsked);
    // And the panel works: what is typed is kept.
    await panel.type('Session focus', 'Spoke of the cold morning;');
    expect(await panel.value('Session focus')).toBe('Spoke of the cold morning;');
    await page.close();
  });
});
