/**
 * The same draft open in two tabs: changes show up live in the other tab, and edits made
 * in both at once never overwrite each other — both versions are kept, and the panel says so.
 * A drafts list open in one tab shows what another tab saves, without being reopened.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';

const settle = (ms = 700) => new Promise((r) => setTimeout(r, ms));

async function eventually(read: () => Promise<string>, expected: string): Promise<string> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await settle(100);
    value = await read();
  }
  return value;
}

describe.each(BROWSERS)('two tabs in %s', (kind) => {
  const suite = useSuite(kind);

  it('pushes changes live and keeps both versions of concurrent edits', async () => {
    // A page and a text of this attempt's own: a retry must not count the first try's drafts.
    const attempt = crypto.randomUUID().slice(0, 8);
    const written = `Written in tab A (${attempt})`;
    const tabA = await suite.open(`plain-textarea.html?attempt=${attempt}`);
    const url = await tabA.evaluate<string>('location.href');
    const a: PanelDriver = await tabA.openPanel();
    await a.fill('Session focus', written);
    await settle();

    const tabB = await suite.browser.newPage();
    await tabB.goto(url);
    const b = await tabB.openPanel();
    expect(await b.value('Session focus')).toBe(written);

    // Live: tab B shows tab A's next change without a reload.
    await a.fill('Plan', 'Plan written in tab A');
    expect(await eventually(() => b.value('Plan'), 'Plan written in tab A')).toBe('Plan written in tab A');

    // Concurrent: both edit before either save lands.
    await Promise.all([a.fill('Assessment', 'Assessment from A'), b.fill('Assessment', 'Assessment from B')]);
    await settle(1500);
    expect(await a.value('Assessment')).toBe('Assessment from A');
    expect(await b.value('Assessment')).toBe('Assessment from B');
    const statuses = [await a.status(), await b.status()];
    expect(statuses.some((s) => s.includes('Both versions are kept'))).toBe(true);

    // Both survive a reload: the newest opens, the other is in the drafts list.
    await tabA.reload();
    const reopened = await tabA.openPanel();
    const shown = await reopened.value('Assessment');
    expect(['Assessment from A', 'Assessment from B']).toContain(shown);
    await reopened.click('Drafts');
    const listed = async () => String((await reopened.text()).split(written).length - 1);
    // On failure, what the list showed: which of the two versions is missing.
    expect(await eventually(listed, '2'), await reopened.text()).toBe('2');
    await tabA.close();
    await tabB.close();
  });

  it('shows, in a drafts list open in one tab, a note begun in another', async () => {
    const attempt = crypto.randomUUID().slice(0, 8);
    const tabA = await suite.open(`plain-textarea.html?attempt=${attempt}`);
    const a = await tabA.openPanel();
    await a.fill('Session focus', `Listed first (${attempt})`);
    await settle();
    await a.click('Drafts');
    const listShows = async (text: string) => String((await a.text()).includes(text));
    expect(await eventually(() => listShows(`Listed first (${attempt})`), 'true')).toBe('true');

    const tabB = await suite.browser.newPage();
    await tabB.goto(await tabA.evaluate<string>('location.href'));
    const b = await tabB.openPanel();
    await b.click('New note');
    await b.waitForStatus(/New note started/);
    await b.fill('Session focus', `Begun in tab B (${attempt})`);
    // Tab A's list, never closed or reopened, shows it with what was written there.
    expect(await eventually(() => listShows(`Begun in tab B (${attempt})`), 'true')).toBe('true');
    await tabA.close();
    await tabB.close();
  });
});
