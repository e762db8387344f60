/**
 * The panel's first frame shows the draft when its answers come in time: the draft and the
 * templates (asked by panel.html's head script) come back while React's module loads, or
 * soon after when the background has to start, and the panel waits up to ARRIVAL_WAIT_MS
 * for them to draw the draft at its first commit, instead of "Opening your draft…" and the
 * draft a frame later (entrypoints/panel/early.ts). Here with the background running;
 * cold-open.e2e.ts checks the same after the background was stopped.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { FIRST_FRAME, type FirstFrame } from './harness/first-frame';
import { useSuite } from './harness/suite';

/** Fresh panels (one tab each) until one whose answers came in time; more is a slow machine. */
const TABS = 6;

describe.each(BROWSERS)('the panel’s first frame in %s', (kind) => {
  const suite = useSuite(kind);

  it('draws the draft at its first commit when the answers came in time', async () => {
    // The first panel wakes the background; later tabs find it running.
    const warm = await suite.open('plain-textarea.html');
    await warm.click('#note');
    await warm.openPanel();
    const seen: FirstFrame[] = [];
    for (let tab = 0; tab < TABS && !seen.some((s) => s.inTime); tab++) {
      const page = await suite.open('plain-textarea.html');
      await page.click('#note');
      const panel = await page.openPanel();
      seen.push(await panel.evaluate<FirstFrame>(FIRST_FRAME));
      // The panel works either way (each tab of this page opens the same draft).
      await panel.type('Session focus', ` tab ${tab};`);
      expect(await panel.value('Session focus')).toContain(` tab ${tab};`);
      await page.close();
    }
    const early = seen.filter((s) => s.inTime);
    expect(early, `no panel had its answers in time: ${JSON.stringify(seen)}`).not.toHaveLength(0);
    for (const s of early) expect(s.drewDraft).toBe(true);
  });
});
