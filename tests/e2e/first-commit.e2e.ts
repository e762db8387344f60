/**
 * A panel whose draft is in before React is (the background awake, so it answers the head
 * script's question while the React chunk still loads) shows its sections in React's very
 * first commit: no loading line committed first, then the whole panel in a second render
 * (entrypoints/panel/main.tsx). Read from the first commit's mark (usable-mark.ts).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';
import { PANEL_MARKS } from '../../lib/open-marks';

const FIRST_COMMIT_SECTIONS = `performance.getEntriesByName('${PANEL_MARKS.firstCommit}')[0]?.detail?.sections ?? -1`;

describe.each(BROWSERS)('first commit of the panel in %s', (kind) => {
  const suite = useSuite(kind);

  it('shows the sections in the first commit when the draft is already in', async () => {
    // A first panel wakes the background; the second tab's panel then finds it awake.
    const waking = await suite.open('plain-textarea.html');
    await waking.click('#note');
    await waking.openPanel();
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    expect(await panel.evaluate<number>(FIRST_COMMIT_SECTIONS)).toBeGreaterThan(0);
    // And it works as ever: what is typed is kept.
    await panel.type('Session focus', 'Spoke of the early train;');
    expect(await panel.value('Session focus')).toBe('Spoke of the early train;');
    expect(page.errors).toEqual([]);
    await page.close();
    await waking.close();
  });
});
