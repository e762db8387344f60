/**
 * The panel keeps its own place and look on an EHR whose global stylesheet forces its rules
 * on every div and iframe with !important (fixtures/aggressive-css.html): full height at
 * the right edge, unscaled, opaque, and the clinician can work in it. Real Chromium and
 * Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

const PLAN = 'Continue weekly; revisit the summer break in two sessions.';

/** The open panel frame's box and the styles that would hide or shrink it. */
const PANEL_BOX = `(() => {
  const frame = document.querySelector('iframe[title="Reverie note panel"]');
  const rect = frame.getBoundingClientRect();
  const wrapper = getComputedStyle(frame.parentElement);
  return {
    width: Math.round(rect.width),
    height: Math.round(rect.height),
    right: Math.round(rect.right),
    top: Math.round(rect.top),
    innerWidth,
    innerHeight,
    opacity: wrapper.opacity,
    transform: wrapper.transform,
    frameOpacity: getComputedStyle(frame).opacity,
  };
})()`;

interface PanelBox {
  width: number;
  height: number;
  right: number;
  top: number;
  innerWidth: number;
  innerHeight: number;
  opacity: string;
  transform: string;
  frameOpacity: string;
}

describe.each(BROWSERS)('the panel on a page with heavy-handed global styles, in %s', (kind) => {
  const suite = useSuite(kind);

  it('keeps its size, place and opacity, and takes the note in', async () => {
    const page = await suite.open('aggressive-css.html');
    await page.click('#note');
    await page.press('Control+End');
    const panel = await page.openPanel();
    const box = await page.evaluate<PanelBox>(PANEL_BOX);
    expect(box.width).toBe(Math.min(440, box.innerWidth));
    expect(box.height).toBe(box.innerHeight);
    expect([box.top, box.right]).toEqual([0, box.innerWidth]);
    expect([box.opacity, box.transform, box.frameOpacity]).toEqual(['1', 'none', '1']);

    await panel.fill('Plan', PLAN);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toContain(PLAN);
    await page.close();
  });
});
