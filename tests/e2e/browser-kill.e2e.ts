/**
 * The autosave promise against the harshest end: the whole browser killed with SIGKILL (no
 * shutdown, nothing flushed on the way out), started again on the same profile, the same
 * page opened; every word typed half a second before the kill is in the panel.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

/** The autosave promise: nothing typed more than half a second before a kill is lost. */
const SAVE_WINDOW_MS = 500;

describe.each(BROWSERS)('a browser killed in %s', (kind) => {
  const suite = useSuite(kind, { ownBrowser: true });

  it('keeps every word typed half a second before the browser was killed', async () => {
    const page = await suite.open('plain-textarea.html');
    const url = await page.evaluate<string>('location.href');
    const panel = await page.openPanel();
    await panel.fill('Client label', 'B.K.');
    await panel.type('Session focus', 'Spoke of the flood; ');
    // Typed last, one key at a time: only the debounced save can have kept these words.
    await panel.type('Session focus', 'the dream of the boat returned.');
    await new Promise((r) => setTimeout(r, SAVE_WINDOW_MS));
    await suite.browser.killAndRelaunch();

    const again = await suite.browser.newPage();
    await again.goto(url);
    const resumed = await again.openPanel();
    expect(await resumed.value('Session focus')).toBe('Spoke of the flood; the dream of the boat returned.');
    expect(await resumed.value('Client label')).toBe('B.K.');
    await again.close();
    // Two browser starts, Firefox's slow on a loaded machine.
  }, 120_000);
});
