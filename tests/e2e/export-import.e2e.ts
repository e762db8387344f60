/**
 * The options page: export every draft to a file, delete everything, import the file, and
 * the draft is back on its page; a foreign file is refused and changes nothing. Chromium,
 * where Playwright can catch the download.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

describe.runIf(BROWSERS.includes('chromium'))('export and import in chromium', () => {
  const suite = useSuite('chromium');

  it('export → delete all → import brings the draft back; a foreign file changes nothing', async () => {
    const page = await suite.open('plain-textarea.html');
    const url = await page.evaluate<string>('location.href');
    const panel = await page.openPanel();
    await panel.fill('Client label', 'E.X.');
    await panel.fill('Plan', 'Exported and back again 😔 שלום');
    await new Promise((r) => setTimeout(r, 600));
    await page.close();

    const options = await suite.browser.openExtensionPage!('options.html');
    const status = options.getByRole('status', { name: 'Drafts', exact: true });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export all drafts' }).click(),
    ]);
    const file = join(tmpdir(), `reverie-export-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('reverie-drafts');
    expect(JSON.stringify(exported)).toContain('Exported and back again 😔 שלום');

    await options.getByRole('button', { name: 'Delete all drafts…' }).click();
    await options.getByRole('button', { name: 'Yes, delete all drafts' }).click();
    await expect.poll(() => status.innerText()).toMatch(/Deleted \d+ drafts/);

    const foreign = join(tmpdir(), `not-reverie-${Date.now()}.json`);
    writeFileSync(foreign, '{"notes": ["something else"]}');
    await options.getByLabel('Import drafts').setInputFiles(foreign);
    await expect.poll(() => status.innerText()).toMatch(/not a Reverie export. Nothing was imported/);

    await options.getByLabel('Import drafts').setInputFiles(file);
    await expect.poll(() => status.innerText()).toMatch(/Imported \d+ drafts/);
    await options.close();

    const again = await suite.browser.newPage();
    await again.goto(url);
    const resumed = await again.openPanel();
    expect(await resumed.value('Plan')).toBe('Exported and back again 😔 שלום');
    expect(await resumed.value('Client label')).toBe('E.X.');
    await again.close();
  });
});
