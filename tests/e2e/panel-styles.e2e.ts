/**
 * The panel keeps its own place and look on an EHR whose global stylesheet forces its rules
 * on every div and iframe with !important (fixtures/aggressive-css.html): full height at
 * the right edge, unscaled, opaque, the page not dimmed by its `::backdrop` rule, and the
 * clinician can work in it. On a page in a night
 * mode done by inverting its colours (fixtures/night-mode.html) it inserts as well: the
 * clickjacking guard tells colour changes from a blur or a fade. On an EHR scaled up with
 * CSS zoom (fixtures/zoomed.html) it keeps the window's size. On a short legacy page in
 * quirks mode (fixtures/quirks-mode.html), the panel's lowest controls can be clicked by a
 * driver that takes the root's height for the window's. The clinician can move it to the
 * left edge (an EHR whose note field runs to the right edge) and back: every tab's panel
 * follows, and a page opened after builds it where it was left. Real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';
import { until } from './harness/until';

const PLAN = 'Continue weekly; revisit the summer break in two sessions.';

/** The open panel frame's box and the styles that would hide or shrink it. */
const PANEL_BOX = `(() => {
  const frame = document.querySelector('iframe[title="Reverie note panel"]');
  const rect = frame.getBoundingClientRect();
  const wrapper = getComputedStyle(frame.parentElement);
  return {
    width: Math.round(rect.width),
    height: Math.round(rect.height),
    left: Math.round(rect.left),
    right: Math.round(rect.right),
    top: Math.round(rect.top),
    innerWidth,
    innerHeight,
    opacity: wrapper.opacity,
    transform: wrapper.transform,
    frameOpacity: getComputedStyle(frame).opacity,
    // The panel is a popover in the top layer: its backdrop must not dim or blur the page.
    backdrop: (({ display, backgroundColor, backdropFilter }) => [display, backgroundColor, backdropFilter])(
      getComputedStyle(frame.parentElement, '::backdrop'),
    ),
  };
})()`;

interface PanelBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  innerWidth: number;
  innerHeight: number;
  opacity: string;
  transform: string;
  frameOpacity: string;
  backdrop: string[];
}

/** Clicks into the note field, caret at its end, and opens the panel. */
async function openAtFieldEnd(page: HostPage): Promise<PanelDriver> {
  await page.click('#note');
  await page.press('Control+End');
  return page.openPanel();
}

/**
 * Records where the panel's box is first put in the page: [left, right]. Gives up after
 * 10 s with a reason: a panel box never seen fails the check, not the test's timeout
 * (a CI run once timed out in this test without saying which step hung).
 */
const RECORD_FIRST_PLACE = `window.firstPlace = new Promise((resolve) => {
  setTimeout(() => resolve(['no panel box added within 10 s']), 10000);
  new MutationObserver((records, observer) => {
    for (const node of records.flatMap((r) => Array.from(r.addedNodes))) {
      if (node.nodeType === 1 && node.querySelector('iframe[src$="/panel.html"]')) {
        observer.disconnect();
        resolve([node.style.left, node.style.right]);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}); 0`;

/** Waits for the open panel to sit flush with the window's `side` edge, full height. */
async function panelOn(page: HostPage, side: 'left' | 'right'): Promise<void> {
  let last: PanelBox | undefined;
  await until(async () => {
    const box = (last = await page.evaluate<PanelBox>(PANEL_BOX));
    const edge = side === 'left' ? box.left === 0 : box.right === box.innerWidth;
    return edge && box.width === Math.min(440, box.innerWidth) && box.height === box.innerHeight
      ? true
      : undefined;
  }, `the panel on the ${side}`).catch((error: Error) => {
    throw new Error(`${error.message}; last seen: ${JSON.stringify(last)}`);
  });
}

/** Writes the plan, inserts, and checks the note reached the field. */
async function insertPlan(page: HostPage, panel: PanelDriver): Promise<void> {
  await panel.fill('Plan', PLAN);
  await panel.check('No risk indicated');
  await panel.click('Insert note');
  await panel.waitForStatus(/Inserted/);
  expect(await page.evaluate<string>(`document.querySelector('#note').value`)).toContain(PLAN);
}

describe.each(BROWSERS)('the panel on a page with heavy-handed global styles, in %s', (kind) => {
  const suite = useSuite(kind);

  it('keeps its size, place and opacity, and takes the note in', async () => {
    const page = await suite.open('aggressive-css.html');
    const panel = await openAtFieldEnd(page);
    const box = await page.evaluate<PanelBox>(PANEL_BOX);
    expect(box.width).toBe(Math.min(440, box.innerWidth));
    expect(box.height).toBe(box.innerHeight);
    expect([box.top, box.right]).toEqual([0, box.innerWidth]);
    expect([box.opacity, box.transform, box.frameOpacity]).toEqual(['1', 'none', '1']);
    expect(box.backdrop).toEqual(['none', 'rgba(0, 0, 0, 0)', 'none']);

    await insertPlan(page, panel);
    await page.close();
  });

  it('moves to the left edge and back when the clinician asks: in every tab, and in pages opened after', async () => {
    const first = await suite.open('aggressive-css.html');
    const firstPanel = await openAtFieldEnd(first);
    const second = await suite.open('plain-textarea.html');
    const secondPanel = await openAtFieldEnd(second);
    const third = await suite.open('plain-textarea.html');
    try {
      await panelOn(first, 'right');
      await firstPanel.click('Move panel to the left');
      await panelOn(first, 'left');
      // The other tab's open panel follows; the clickjacking guard takes it there too.
      await panelOn(second, 'left');
      await insertPlan(second, secondPanel);
      // Kept: a page opened after builds its panel on the left, which offers the way back.
      await third.evaluate(RECORD_FIRST_PLACE);
      const thirdPanel = await openAtFieldEnd(third);
      // Built there, not drawn on the right first and then moved.
      expect(await third.evaluate<string[]>('window.firstPlace')).toEqual(['0px', 'auto']);
      await panelOn(third, 'left');
      await thirdPanel.click('Move panel to the right');
      for (const page of [third, first, second]) await panelOn(page, 'right');
      await insertPlan(third, thirdPanel);
    } finally {
      // The choice is the browser's for the files after this one too: back to the default.
      await secondPanel.evaluate(
        `(globalThis.browser ?? globalThis.chrome).storage.local.remove('panelSide')`,
      );
      for (const page of [first, second, third]) await page.close();
    }
  });

  it('inserts on a page in a night mode that inverts its colours, the panel too', async () => {
    const page = await suite.open('night-mode.html');
    expect(await page.evaluate<string>('getComputedStyle(document.documentElement).filter')).toMatch(
      /^invert/,
    );
    await insertPlan(page, await openAtFieldEnd(page));
    await page.close();
  });

  it('on an EHR that scales itself with CSS zoom, is the window’s size and takes the note in', async () => {
    const page = await suite.open('zoomed.html');
    expect(await page.evaluate<string>('getComputedStyle(document.documentElement).zoom')).toBe('1.25');
    const panel = await openAtFieldEnd(page);
    // Zoomed with the page, the panel was 125 % of the window's height, its foot out of reach.
    const box = await page.evaluate<PanelBox>(PANEL_BOX);
    expect([box.top, box.height, box.width]).toEqual([0, box.innerHeight, Math.min(440, box.innerWidth)]);
    await insertPlan(page, panel);
    await page.close();
  });

  it('on a short legacy page in quirks mode, every control low in the panel is reachable', async () => {
    // Without a doctype, Firefox measures the root as the page's short content, and a driver
    // that takes that for the window found "No risk indicated" not clickable.
    const page = await suite.open('quirks-mode.html');
    expect(await page.evaluate<string>('document.compatMode')).toBe('BackCompat');
    const panel = await openAtFieldEnd(page);
    const box = await page.evaluate<PanelBox>(PANEL_BOX);
    expect([box.top, box.height]).toEqual([0, box.innerHeight]);
    await insertPlan(page, panel);
    // The page's root is as it was once the panel is closed.
    await page.pressShortcut();
    await until(
      async () =>
        (await page.evaluate<string>('document.documentElement.style.cssText')) === '' ? true : undefined,
      'root as it was',
    );
    await page.close();
  });
});
