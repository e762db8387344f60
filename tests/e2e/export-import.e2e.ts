/**
 * The options page, in both browsers: several drafts (different pages and client labels,
 * chips, a private section, unicode, one in the trash, one inserted) are exported, every
 * draft is deleted, the file is imported, and a second export equals the first. Foreign,
 * malformed (truncated) and newer-format files are refused with the reason and change
 * nothing, into an empty store and into a full one.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, type OptionsDriver } from './harness/browsers';
import { useSuite, type Suite } from './harness/suite';

/** The autosave promise: what was typed half a second ago is stored. */
const SAVE_WINDOW_MS = 500;
const UNICODE_PLAN = 'Exported and back again 😔 שלום — ça va? 日本語 𝄞';

const tempFile = (name: string, text: string) => {
  const path = join(tmpdir(), `reverie-${Date.now()}-${name}`);
  writeFileSync(path, text);
  return path;
};
const settle = () => new Promise((r) => setTimeout(r, SAVE_WINDOW_MS));

interface Exported {
  format: string;
  version: number;
  exportedAt: string;
  drafts: { id: string; clientLabel: string; status: string; deletedAt?: number }[];
}

/** A draft with a client label and a session focus, left unfinished on its page. */
async function plainDraft(suite: Suite, page: string, label: string, focus: string) {
  const host = await suite.open(page);
  const panel = await host.openPanel();
  await panel.fill('Client label', label);
  await panel.fill('Session focus', focus);
  await settle();
  await host.close();
}

/** Writes four drafts through the panel as a clinician would; returns the first one's page. */
async function writeDrafts(suite: Suite): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);

  // A draft with unicode, a chip and the private section included for this note.
  const first = await suite.open('plain-textarea.html');
  const url = await first.evaluate<string>('location.href');
  const panel = await first.openPanel();
  await panel.fill('Client label', 'E.X.');
  await panel.fill('Plan', UNICODE_PLAN);
  await panel.check('intellectualization');
  await panel.fill('Countertransference', 'PRIVATE: felt protective, then tired.');
  await panel.check('Include Countertransference in this note');
  await settle();
  await first.close();

  // On another page: a draft that goes to the trash.
  await plainDraft(suite, 'contenteditable.html', 'T.R.', 'A draft for the trash');

  // A draft inserted into its page; its panel then moves the other one to the trash.
  const inserted = await suite.open('plain-textarea.html');
  await inserted.click('#note');
  const done = await inserted.openPanel();
  await done.fill('Client label', 'I.N.');
  await done.fill('Session focus', 'Inserted and kept');
  await done.check('No risk indicated');
  await done.click('Insert note');
  await done.waitForStatus(/Inserted/);
  await done.click('Drafts');
  await done.fill('Find drafts', 'T.R.', 'searchbox');
  await done.click(`Delete draft T.R., ${today}`);
  await done.waitForStatus(/moved to the trash/);
  await settle();
  await inserted.close();

  // A plain unfinished draft on a third page.
  await plainDraft(suite, 'react-textarea.html', 'P.L.', 'Unfinished, on a third page');
  return url;
}

/** Exports and returns the parsed file; the page's count must match the file's. */
async function exportAll(options: OptionsDriver): Promise<Exported> {
  const file = JSON.parse(await options.download('Export all drafts')) as Exported;
  await options.waitForStatus(new RegExp(`Exported ${file.drafts.length} drafts\\.`));
  return file;
}

/** Three files that must be refused; each would add drafts if it were taken. */
async function refuseBadFiles(options: OptionsDriver, exported: Exported) {
  await options.upload('Import drafts', tempFile('foreign.json', '{"notes": ["something else"]}'));
  await options.waitForStatus(/^This file is not a Reverie export\. Nothing was imported\.$/);
  const text = JSON.stringify(exported, null, 2);
  await options.upload('Import drafts', tempFile('truncated.json', text.slice(0, text.length / 2)));
  await options.waitForStatus(
    /^This file is not a Reverie export \(it is not JSON\)\. Nothing was imported\.$/,
  );
  const newer = {
    ...exported,
    version: exported.version + 1,
    drafts: exported.drafts.map((d) => ({ ...d, id: `${d.id}-newer` })),
  };
  await options.upload('Import drafts', tempFile('newer.json', JSON.stringify(newer)));
  await options.waitForStatus(
    new RegExp(
      `^This export comes from a newer Reverie \\(format ${newer.version}\\)\\. Update Reverie, then import it\\. Nothing was imported\\.$`,
    ),
  );
}

describe.each(BROWSERS)('export and import in %s', (kind) => {
  const suite = useSuite(kind);

  it('export → delete all → import → export gives the same file; bad files change nothing', async () => {
    const url = await writeDrafts(suite);
    const options = await suite.browser.openOptions('Drafts');
    const before = await exportAll(options);
    expect(before).toMatchObject({ format: 'reverie-drafts', version: 1 });
    const labels = before.drafts.map((d) => d.clientLabel);
    for (const label of ['E.X.', 'T.R.', 'I.N.', 'P.L.']) expect(labels).toContain(label);
    expect(before.drafts.find((d) => d.clientLabel === 'T.R.')?.deletedAt).toEqual(expect.any(Number));
    expect(before.drafts.find((d) => d.clientLabel === 'I.N.')?.status).toBe('inserted');
    const raw = JSON.stringify(before);
    expect(raw).toContain(UNICODE_PLAN);
    expect(raw).toContain('intellectualization');
    expect(raw).toContain('PRIVATE: felt protective, then tired.');

    await options.click('Delete all drafts…');
    await options.click('Yes, delete all drafts');
    await options.waitForStatus(new RegExp(`Deleted ${before.drafts.length} drafts from this browser\\.`));

    // Into the empty store: refused, and the page still counts no draft.
    await refuseBadFiles(options, before);
    expect((await exportAll(options)).drafts).toEqual([]);

    await options.upload('Import drafts', tempFile('export.json', JSON.stringify(before, null, 2)));
    await options.waitForStatus(new RegExp(`^Imported ${before.drafts.length} drafts\\.$`));

    // Into the full store: refused again, and the next export shows nothing changed.
    await refuseBadFiles(options, before);
    const after = await exportAll(options);
    // Only the moment of export differs: import stores every draft as it was in the file
    // (ids, revisions, dates, trash and insertions included) and the settings with them.
    expect({ ...after, exportedAt: 'ignored' }).toEqual({ ...before, exportedAt: 'ignored' });
    expect(Date.parse(after.exportedAt)).toBeGreaterThanOrEqual(Date.parse(before.exportedAt));
    await options.close();

    // And the imported draft is the one its page resumes.
    const again = await suite.browser.newPage();
    await again.goto(url);
    const resumed = await again.openPanel();
    expect(await resumed.value('Plan')).toBe(UNICODE_PLAN);
    expect(await resumed.value('Client label')).toBe('E.X.');
    expect(await resumed.isChecked('intellectualization')).toBe(true);
    await again.close();
  }, 180_000);
});
