import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftsDatabase } from '@/lib/drafts/db';
import {
  listDrafts,
  matchesQuery,
  moveToTrash,
  purgeExpired,
  restoreFromTrash,
  summarize,
  TRASH_DAYS,
} from '@/lib/drafts/listing';
import type { Draft } from '@/lib/drafts/model';
import { findLatestDraft, newDraft } from '@/lib/drafts/repository';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 25, 12);
let db: DraftsDatabase;
let n = 0;

beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`listing-${n}`);
});
afterEach(async () => {
  await db.delete();
});

function draft(id: string, patch: Partial<Draft> = {}, text = ''): Draft {
  const d = {
    ...newDraft('https://ehr.example.org/notes?c=1', '', 'psychodynamic-progress', NOW, id),
    ...patch,
  };
  if (text) d.content.sections.sessionFocus = { text };
  return d;
}

describe('summaries and search', () => {
  it('shows a glimpse of the first words, not the note', () => {
    const s = summarize(draft('a', {}, `  Spoke of   the dream.\n${'x'.repeat(500)}`));
    expect(s.glimpse.startsWith('Spoke of the dream.')).toBe(true);
    expect(s.glimpse.length).toBe(80);
  });

  it.each([
    ['m.k.', true],
    ['ehr.example', true],
    ['2026-11-25', true],
    ['M.K. 2026-11', true],
    ['R.T.', false],
    ['', true],
  ])('query %j matches: %s', (query, expected) => {
    expect(
      matchesQuery(summarize(draft('a', { clientLabel: 'M.K.', updatedAt: NOW, createdAt: NOW })), query),
    ).toBe(expected);
  });
});

describe('list, trash, restore', () => {
  it('lists newest first, moves to the trash and back', async () => {
    await db.drafts.bulkPut([draft('old', { updatedAt: NOW - DAY }), draft('new', { updatedAt: NOW })]);
    expect((await listDrafts(db, { query: '', trash: false, limit: 10 })).map((d) => d.id)).toEqual([
      'new',
      'old',
    ]);
    await moveToTrash(db, 'new', NOW);
    expect((await listDrafts(db, { query: '', trash: false, limit: 10 })).map((d) => d.id)).toEqual(['old']);
    expect((await listDrafts(db, { query: '', trash: true, limit: 10 })).map((d) => d.id)).toEqual(['new']);
    expect((await findLatestDraft(db, 'https://ehr.example.org/notes?c=1'))?.id).toBe('old');
    await restoreFromTrash(db, 'new');
    expect((await listDrafts(db, { query: '', trash: true, limit: 10 })).map((d) => d.id)).toEqual([]);
    expect((await findLatestDraft(db, 'https://ehr.example.org/notes?c=1'))?.id).toBe('new');
  });

  it('stops at the limit', async () => {
    await db.drafts.bulkPut(Array.from({ length: 30 }, (_, i) => draft(`d${i}`, { updatedAt: NOW - i })));
    expect(await listDrafts(db, { query: '', trash: false, limit: 5 })).toHaveLength(5);
  });
});

/** Counts the rows Dexie hands out, to show what a listing reads. */
function countReads(database: DraftsDatabase) {
  const reads = { n: 0 };
  database.drafts.hook('reading', (row) => {
    reads.n += 1;
    return row;
  });
  return reads;
}

describe('many drafts', () => {
  it('walks back through time windows in exact newest-first order, ties by id', async () => {
    // Over two years, unevenly: a busy week, empty months, two drafts saved in the same millisecond.
    const times = [
      ...Array.from({ length: 40 }, (_, i) => NOW - i * 3 * 60 * 60 * 1000),
      ...Array.from({ length: 30 }, (_, i) => NOW - (200 + i * 17) * DAY),
      NOW - 700 * DAY,
      NOW - 700 * DAY,
    ];
    await db.drafts.bulkPut(times.map((t, i) => draft(`d${String(i).padStart(3, '0')}`, { updatedAt: t })));
    const expected = times
      .map((t, i) => ({ id: `d${String(i).padStart(3, '0')}`, t }))
      .toSorted((a, b) => b.t - a.t || (a.id < b.id ? 1 : -1))
      .map((d) => d.id);
    const listed = await listDrafts(db, { query: '', trash: false, limit: 1000 });
    expect(listed.map((d) => d.id)).toEqual(expected);
    expect((await listDrafts(db, { query: '', trash: false, limit: 7 })).map((d) => d.id)).toEqual(
      expected.slice(0, 7),
    );
  });

  it('opens the list and the trash without reading every draft', async () => {
    await db.drafts.bulkPut(
      Array.from({ length: 2000 }, (_, i) => draft(`d${i}`, { updatedAt: NOW - i * 60 * 60 * 1000 })),
    );
    await moveToTrash(db, 'd1500', NOW);
    await moveToTrash(db, 'd7', NOW);
    const reads = countReads(db);
    expect(await listDrafts(db, { query: '', trash: false, limit: 10 })).toHaveLength(10);
    expect(reads.n).toBeLessThan(100);
    reads.n = 0;
    expect((await listDrafts(db, { query: '', trash: true, limit: 10 })).map((d) => d.id)).toEqual([
      'd7',
      'd1500',
    ]);
    expect(reads.n).toBe(2);
  });
});

describe('purgeExpired', () => {
  it('purges old trash and old inserted drafts, never unfinished ones', async () => {
    const old = NOW - 40 * DAY;
    await db.drafts.bulkPut([
      draft('trash-old', { deletedAt: NOW - (TRASH_DAYS + 1) * DAY }),
      draft('trash-new', { deletedAt: NOW - DAY }),
      draft('inserted-old', { status: 'inserted', updatedAt: old }),
      draft('inserted-new', { status: 'inserted', updatedAt: NOW - DAY }),
      draft('unfinished-old', { updatedAt: old }),
    ]);
    expect(await purgeExpired(db, { insertedDays: 30 }, NOW)).toBe(2);
    expect((await db.drafts.toCollection().primaryKeys()).toSorted()).toEqual([
      'inserted-new',
      'trash-new',
      'unfinished-old',
    ]);
  });

  it('keeps inserted drafts when the clinician chose to keep them', async () => {
    await db.drafts.put(draft('inserted-old', { status: 'inserted', updatedAt: NOW - 400 * DAY }));
    expect(await purgeExpired(db, { insertedDays: null }, NOW)).toBe(0);
  });
});
