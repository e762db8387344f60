import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftsDatabase } from '@/lib/drafts/db';
import { buildExport, parseExport } from '@/lib/drafts/export-format';
import { importDrafts } from '@/lib/drafts/import';
import { newDraft } from '@/lib/drafts/repository';

const NOW = new Date('2026-11-25T12:00:00Z');
let db: DraftsDatabase;
let n = 0;
beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`export-${n}`);
});
afterEach(async () => {
  await db.delete();
});

const draft = (id: string) => {
  const d = newDraft('https://ehr.example.org/n', 'M.K.', 'psychodynamic-progress', NOW.getTime(), id);
  d.content.sections.plan = { text: 'Weekly 😔 שלום <b>', chips: ['x'], fields: { noRiskIndicated: true } };
  return d;
};

describe('export format', () => {
  it('round-trips drafts and settings exactly', () => {
    const framed = { ...draft('c'), framePages: { '0': 'https://ehr.example.org/chart?client=12' } };
    const file = buildExport(
      [draft('a'), { ...draft('b'), deletedAt: 5 }, framed],
      { insertedDays: 30 },
      NOW,
    );
    const parsed = parseExport(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file });
  });

  it('carries the Fill fields maps, and reads files from before them', () => {
    const maps = { 'https://ehr.example.org': { Plan: { path: ['@label Plan'], label: 'Plan' } } };
    const file = buildExport([], { insertedDays: null }, NOW, maps);
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: true, file });
    const older = { ...file, settings: { retention: { insertedDays: null } } };
    expect(parseExport(JSON.stringify(older))).toMatchObject({ ok: true, file: older });
  });

  it.each([
    [
      'a damaged field map',
      JSON.stringify(
        buildExport([], { insertedDays: null }, NOW, {
          'https://ehr.example.org': { Plan: { path: [], label: 'Plan' } },
        }),
      ),
      /damaged \(at settings\.fieldMaps\./,
    ],
    ['not JSON', '{oops', /not JSON/],
    ['foreign JSON', '{"drafts": []}', /not a Reverie export/],
    ['a list', '[]', /not a Reverie export/],
    ['newer format', '{"format":"reverie-drafts","version":9}', /newer Reverie/],
    [
      'a whole export of a newer format',
      JSON.stringify({ ...buildExport([draft('a')], { insertedDays: null }, NOW), version: 2 }),
      /^This export comes from a newer Reverie \(format 2\)\. Update Reverie, then import it\./,
    ],
    [
      'a truncated export',
      JSON.stringify(buildExport([draft('a')], { insertedDays: null }, NOW), null, 2).slice(0, 200),
      /^This file is not a Reverie export \(it is not JSON\)\./,
    ],
    [
      'damaged draft',
      JSON.stringify({
        ...buildExport([draft('a')], { insertedDays: null }, NOW),
        drafts: [{ id: 'a', status: 'x' }],
      }),
      /damaged \(at drafts\.0\./,
    ],
    [
      'damaged frame pages',
      JSON.stringify(
        buildExport([{ ...draft('a'), framePages: { '0': 12 } as never }], { insertedDays: null }, NOW),
      ),
      /damaged \(at drafts\.0\.framePages\.0\)/,
    ],
    [
      'bad retention',
      JSON.stringify(buildExport([], { insertedDays: -3 }, NOW)),
      /damaged \(at settings\.retention\.insertedDays\)/,
    ],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).toContain('Nothing was imported');
    }
  });
});

describe('importDrafts', () => {
  it('export → wipe → import gives back equal drafts', async () => {
    const drafts = [draft('a'), draft('b')];
    await db.drafts.bulkPut(drafts);
    const file = buildExport(await db.drafts.toArray(), { insertedDays: null }, NOW);
    await db.drafts.clear();
    const parsed = parseExport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await importDrafts(db, parsed.file)).toEqual({ added: 2, kept: 0 });
    const stored = await Promise.all((await db.drafts.toArray()).map((r) => db.codec.open(r)));
    expect(stored.toSorted((x, y) => x.id.localeCompare(y.id))).toEqual(drafts);
  });

  it('never overwrites a draft that is already here', async () => {
    await db.drafts.put({ ...draft('a'), clientLabel: 'local' });
    const file = buildExport([draft('a'), draft('b')], { insertedDays: null }, NOW);
    expect(await importDrafts(db, file)).toEqual({ added: 1, kept: 1 });
    expect((await db.drafts.get('a'))?.clientLabel).toBe('local');
  });
});
