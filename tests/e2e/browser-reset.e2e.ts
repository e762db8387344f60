/**
 * The reset that lets the files of a run share one browser (harness/suite.ts,
 * TestBrowser.reset) leaves nothing of the file before: no draft, no stored setting or
 * session key, no tab. Each check first proves the thing was there before the reset.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserKind, type PanelDriver } from './harness/browsers';
import { countDrafts } from './harness/drafts-seed';
import { useSuite } from './harness/suite';
import { until } from './harness/until';

const PROBE = 'reverie-reset-probe';
/** The extension API's global in an extension page (no polyfill global there in Chromium). */
const api = (kind: BrowserKind) => (kind === 'chromium' ? 'chrome' : 'browser');
/** In the extension's own origin: the probe keys in storage.local and storage.session. */
const readProbes = (kind: BrowserKind) => `(async () => {
  const local = (await ${api(kind)}.storage.local.get('${PROBE}'))['${PROBE}'] ?? null;
  const session = (await ${api(kind)}.storage.session.get('${PROBE}'))['${PROBE}'] ?? null;
  return JSON.stringify({ local, session });
})()`;

/** The panel's text once it includes `present` (fails after the usual wait otherwise). */
const shows = (panel: PanelDriver, present: string) =>
  until(async () => {
    const text = await panel.text();
    return text.includes(present) ? text : undefined;
  }, `the panel to show ${present}`);

describe.each(BROWSERS)('a shared browser reset in %s', (kind) => {
  const suite = useSuite(kind);

  it('keeps no draft, stored value or tab of the file before', async () => {
    const label = `R${Date.now() % 100000}.`;
    // Counted, not assumed 0: a retry of this test runs with no reset since its first
    // attempt, whose draft is still there.
    const draftsBefore = await countDrafts(suite);
    const page = await suite.open('plain-textarea.html');
    const url = await page.evaluate<string>('location.href');
    const panel = await page.openPanel();
    await panel.fill('Client label', label);
    await panel.fill('Session focus', 'Left behind by the file before');
    expect(await shows(panel, 'All changes saved')).toContain('All changes saved');
    const options = await suite.browser.openOptionsPage();
    await options.evaluate(`(async () => {
      await ${api(kind)}.storage.local.set({ '${PROBE}': 'local' });
      await ${api(kind)}.storage.session.set({ '${PROBE}': 'session' });
    })()`);
    expect(JSON.parse(await options.evaluate<string>(readProbes(kind)))).toEqual({
      local: 'local',
      session: 'session',
    });
    expect(await countDrafts(suite)).toBe(draftsBefore + 1);

    await suite.browser.reset();

    // The tabs the file left open are gone.
    await expect(page.evaluate('1')).rejects.toThrow();
    await expect(options.evaluate('1')).rejects.toThrow();
    const fresh = await suite.browser.openOptionsPage();
    expect(JSON.parse(await fresh.evaluate<string>(readProbes(kind)))).toEqual({
      local: null,
      session: null,
    });
    await fresh.close();
    expect(await countDrafts(suite)).toBe(0);
    // The same page again finds no draft to resume, and the list has none to offer.
    const again = await suite.browser.newPage();
    await again.goto(url);
    const reopened = await again.openPanel();
    expect(await reopened.value('Session focus')).toBe('');
    await reopened.click('Drafts');
    const list = await shows(reopened, 'No drafts match.');
    expect(list).toContain('No drafts match.');
    expect(list).not.toContain(label);
    await again.close();
  });
});
