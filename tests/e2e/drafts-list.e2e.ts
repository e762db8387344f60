/** The drafts list in the panel: find by client label, open, delete to the trash, restore. */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';

async function waitForText(panel: PanelDriver, present: string, absent = '\u0000'): Promise<string> {
  const deadline = Date.now() + 5000;
  let text = await panel.text();
  while ((!text.includes(present) || text.includes(absent)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    text = await panel.text();
  }
  return text;
}

describe.each(BROWSERS)('drafts list in %s', (kind) => {
  const suite = useSuite(kind);

  it('finds a draft by client label, opens it elsewhere, deletes it to the trash and restores it', async () => {
    const label = `K${Date.now() % 100000}.`;
    const today = new Date().toISOString().slice(0, 10);
    const first = await suite.open('plain-textarea.html');
    const panel = await first.openPanel();
    await panel.fill('Client label', label);
    await panel.fill('Session focus', 'A draft to find again');
    // Within the autosave promise (nothing older than half a second is lost), then the tab closes.
    await new Promise((r) => setTimeout(r, 500));
    await first.close();

    const other = await suite.open('contenteditable.html');
    const list = await other.openPanel();
    await list.click('Drafts');
    await list.fill('Find drafts', label, 'searchbox');
    const found = await waitForText(list, 'A draft to find again');
    expect(found).toContain(label);

    await list.click(`Open draft ${label}, ${today}`);
    await list.waitForStatus(/Draft opened/);
    expect(await list.value('Session focus')).toBe('A draft to find again');

    await list.click('Drafts');
    await list.fill('Find drafts', label, 'searchbox');
    await waitForText(list, 'A draft to find again');
    await list.click(`Delete draft ${label}, ${today}`);
    await list.waitForStatus(/moved to the trash/);
    expect(await waitForText(list, 'No drafts match', 'A draft to find again')).not.toContain(
      'A draft to find again',
    );

    await list.click('Trash');
    expect(await waitForText(list, 'A draft to find again')).toContain('A draft to find again');
    await list.click(`Restore draft ${label}, ${today}`);
    await list.waitForStatus(/Draft restored/);
    await other.close();
  });
});
