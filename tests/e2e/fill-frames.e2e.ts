/**
 * "Fill fields" across frames (fixtures/ehr-frames): Subjective in the page, Objective in
 * a same-origin frame, Assessment and Plan in a cross-origin frame. Each is picked on the
 * page — by pointer in the page and in the cross-origin frame, by the panel's arrow keys
 * and by Tab on the page (the panel names every field the highlight reaches, frame
 * included) — then after a reload one action fills all four, each read back through its
 * own page; with the cross-origin frame gone, its fields are named as missing while the
 * others still fill. Real Chromium and Firefox ESR.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type HostPage, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';
import { pickerShown } from './harness/picker';
import { until } from './harness/until';

const TEXT: Record<string, string> = {
  Subjective: 'He came straight from work and talked about the night shifts.',
  Objective: 'Restless at first, settled once the shifts were named.',
  Assessment: 'Low mood persists; sleep is the lever this month.',
  Plan: 'Sleep diary for two weeks; review at the next session.',
};
const PANEL_SECTION: Record<string, string> = {
  Subjective: 'Session focus',
  Objective: 'Themes and patterns',
  Assessment: 'Assessment',
  Plan: 'Plan',
};
const NOTE_FRAME = '#assessment-frame';

const squash = (text: string) => text.replace(/\s+/g, ' ');
const occurrences = (haystack: string | null, needle: string) =>
  squash(haystack ?? '').split(needle).length - 1;

async function ready(page: HostPage): Promise<void> {
  await until(
    async () =>
      (await page.evaluate<boolean>('!!window.framedEhr && window.framedEhr.values().Objective !== null'))
        ? true
        : undefined,
    'page and same-origin frame',
  );
  await until(
    async () => ((await page.evaluateInFrame<boolean>(NOTE_FRAME, '!!window.note')) ? true : undefined),
    'cross-origin frame',
  );
}

/** Every field's content, each read in its own document. */
async function values(page: HostPage): Promise<Record<string, string | null>> {
  const own = await page.evaluate<Record<string, string | null>>('window.framedEhr.values()');
  const framed = await page.evaluateInFrame<Record<string, string | null>>(
    NOTE_FRAME,
    `({ Assessment: window.note.value('Assessment'), Plan: window.note.value('Plan') })`,
  );
  return { ...own, ...framed };
}

async function expectFilled(page: HostPage): Promise<void> {
  const now = await values(page);
  for (const [field, text] of Object.entries(TEXT)) {
    expect(occurrences(now[field]!, text), `${field}: ${now[field]}`).toBe(1);
    for (const [other, otherText] of Object.entries(TEXT))
      if (other !== field) expect(now[field], `${field} has ${other}`).not.toContain(otherText);
  }
}

async function pickInTopPage(page: HostPage, panel: PanelDriver): Promise<void> {
  await panel.click('Pick field for Subjective');
  await pickerShown(page, panel);
  await page.click('#subjective-note');
  expect(await panel.waitForStatus(/^Subjective goes into/)).toBe("Subjective goes into 'Subjective'");
}

/** The panel's arrow keys; the same-origin frame's field is one of the page's. */
async function pickByPanelKeys(page: HostPage, panel: PanelDriver): Promise<void> {
  await panel.click('Pick field for Objective');
  await pickerShown(page, panel);
  await page.press('ArrowDown');
  await panel.waitForStatus(/^Field 1 of 4: Subjective$/);
  await page.press('ArrowDown');
  await panel.waitForStatus(/^Field 2 of 4: Objective$/);
  await page.press('Enter');
  expect(await panel.waitForStatus(/^Objective goes into/)).toBe("Objective goes into 'Objective'");
}

async function pickInCrossOriginFrame(page: HostPage, panel: PanelDriver, frameHost: string): Promise<void> {
  await panel.click('Pick field for Assessment');
  await pickerShown(page, panel);
  await page.clickInFrame(NOTE_FRAME, '#assessment-note');
  expect(await panel.waitForStatus(/^Assessment goes into/)).toBe(
    `Assessment goes into 'Assessment' (in frame ${frameHost})`,
  );
}

/** Tab on the page itself: the highlight crosses into the cross-origin frame, and the panel says so. */
async function pickByPageTab(page: HostPage, panel: PanelDriver, frameHost: string): Promise<void> {
  await panel.click('Pick field for Plan');
  await pickerShown(page, panel);
  // Focus on the page, away from the panel (a click on plain text leaves it in the panel in Firefox).
  await page.evaluate('document.getElementById("elsewhere").focus()');
  const expected = [
    'Field 1 of 4: Subjective',
    'Field 2 of 4: Objective',
    `Field 3 of 4: Assessment (in frame ${frameHost})`,
    `Field 4 of 4: Plan (in frame ${frameHost})`,
  ];
  for (const said of expected) {
    await page.press('Tab');
    await panel.waitForStatus(new RegExp(`^${said.replace(/[().]/g, '\\$&')}$`));
  }
  // Shift+Tab goes back across the frame boundary, and forward again.
  await page.press('Shift+Tab');
  await panel.waitForStatus(/^Field 3 of 4: Assessment/);
  await page.press('Tab');
  await panel.waitForStatus(/^Field 4 of 4: Plan/);
  await page.press('Enter');
  expect(await panel.waitForStatus(/^Plan goes into/)).toBe(`Plan goes into 'Plan' (in frame ${frameHost})`);
}

describe.each(BROWSERS)('Fill fields across frames in %s', (kind) => {
  const suite = useSuite(kind);

  it('picks fields in the page, a same-origin and a cross-origin frame; fills all after a reload; names the ones whose frame is gone', async () => {
    const page = await suite.open('ehr-frames.html');
    await ready(page);
    const frameOrigin = await page.evaluateInFrame<string>(NOTE_FRAME, 'location.origin');
    expect(frameOrigin).not.toBe(await page.evaluate<string>('location.origin'));
    const frameHost = new URL(frameOrigin).host;

    const panel = await page.openPanel();
    await panel.select('Layout', 'SOAP');
    for (const [part, text] of Object.entries(TEXT)) await panel.fill(PANEL_SECTION[part]!, text);
    await panel.check('No risk indicated');
    await panel.click('Fill fields');
    await pickInTopPage(page, panel);
    await pickByPanelKeys(page, panel);
    await pickInCrossOriginFrame(page, panel, frameHost);
    await pickByPageTab(page, panel, frameHost);
    expect(await page.evaluate<boolean>('!!document.querySelector("reverie-picker")')).toBe(false);
    expect(await panel.axe()).toEqual([]);

    // The mapping is the site's and finds each frame again after a reload (new frame ids).
    await page.reload();
    await ready(page);
    const again = await page.openPanel();
    await again.click('Fill fields');
    await until(async () => ((await again.text()).includes('→ Plan') ? true : undefined), 'stored map');
    const listed = await again.text();
    expect(listed).toContain(`→ Assessment (in frame ${frameHost})`);
    // A same-origin frame is part of the page's own tree: no frame to name.
    expect(listed).toContain('→ Objective');
    expect(listed).not.toMatch(/→ Objective \(in frame/);
    expect(Object.values(await values(page)).every((v) => !v)).toBe(true);
    await again.click('Fill all fields');
    await until(() => expectFilled(page).then(() => true), 'every field filled');
    expect(await again.waitForStatus(/^Filled /)).toBe('Filled Subjective, Objective, Assessment, Plan.');

    // The note module's frame is gone: its two fields are named, the page's still fill.
    await page.evaluate('window.framedEhr.dropNoteFrame(); window.framedEhr.clear()');
    await again.click('Fill all fields');
    const said = await again.waitForStatus(/not found/);
    expect(said).toContain('Filled Subjective, Objective.');
    expect(said).toContain("Field 'Assessment' not found on this page — Assessment was not filled.");
    expect(said).toContain("Field 'Plan' not found on this page — Plan was not filled.");
    const own = await page.evaluate<Record<string, string>>('window.framedEhr.values()');
    expect(occurrences(own.Subjective!, TEXT.Subjective!)).toBe(1);
    expect(occurrences(own.Objective!, TEXT.Objective!)).toBe(1);

    expect(page.errors).toEqual([]);
    expect(await page.evaluate<string[]>('window.fixture.errors')).toEqual([]);
    await page.close();
  }, 150_000);
});
