/**
 * 100,000 drafts in the real database: the drafts list opens, finds one draft by client
 * label and by site and date, and that draft resumes and saves; nothing is lost. Timings
 * are the bench's business (bench/measures/drafts-store.ts), not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { seededDay, seededFocus, seededLabel, seededSite } from '@/lib/drafts/seed';
import { BROWSERS, type PanelDriver } from './harness/browsers';
import { countDrafts, seedDrafts } from './harness/drafts-seed';
import { useSuite } from './harness/suite';

const MANY = 100_000;
/** An old draft, far down the list: found only by searching. */
const TARGET = 73_421;

async function waitForText(panel: PanelDriver, present: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  let text = await panel.text();
  while (!text.includes(present) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    text = await panel.text();
  }
  return text;
}

describe.each(BROWSERS)('100,000 drafts in %s', (kind) => {
  const suite = useSuite(kind);

  it('finds one by client label and by site and date, resumes and saves it, loses nothing', async () => {
    // A retry runs in the same browser, with the drafts of the first attempt still stored:
    // start again from an empty database, as the first attempt did.
    if ((await countDrafts(suite)) > 0) await suite.browser.reset();
    const now = Date.now();
    expect(await seedDrafts(suite, 0, MANY, now)).toBe(MANY);
    const label = seededLabel(TARGET);
    const day = seededDay(TARGET, now);
    const name = `${label}, ${day}`;

    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    await panel.click('Drafts');
    // The newest seeded draft heads the list.
    expect(await waitForText(panel, seededFocus(0))).toContain(seededLabel(0));

    await panel.fill('Find drafts', label, 'searchbox');
    expect(await waitForText(panel, seededFocus(TARGET))).toContain(label);

    await panel.fill('Find drafts', `${seededSite(TARGET)} ${day}`, 'searchbox');
    expect(await waitForText(panel, seededFocus(TARGET))).toContain(label);

    await panel.click(`Open draft ${name}`);
    await panel.waitForStatus(/Draft opened/);
    expect(await panel.value('Session focus')).toBe(seededFocus(TARGET));
    await panel.fill('Session focus', 'Resumed among a hundred thousand');
    // Past the autosave debounce, then the save has landed.
    await new Promise((r) => setTimeout(r, 600));
    expect(await waitForText(panel, 'All changes saved')).toContain('All changes saved');
    await page.close();

    const again = await suite.open('contenteditable.html');
    const list = await again.openPanel();
    await list.click('Drafts');
    await list.fill('Find drafts', label, 'searchbox');
    expect(await waitForText(list, 'Resumed among a hundred thousand')).toContain(label);
    await list.click(`Open draft ${label}, ${new Date().toISOString().slice(0, 10)}`);
    await list.waitForStatus(/Draft opened/);
    expect(await list.value('Session focus')).toBe('Resumed among a hundred thousand');
    expect(await list.value('Plan')).toBe('Weekly sessions; review goals in four weeks.');
    await again.close();

    // Saved in place: no draft lost, none duplicated.
    expect(await countDrafts(suite)).toBe(MANY);
  }, 300_000);
});
