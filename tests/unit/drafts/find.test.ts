/**
 * "Find drafts" at scale: client labels are looked up in the labelKey index (prefix when
 * plain, exact and case-blind when sealed, never the label in the clear), and everything
 * else comes page by page, newest first, with the same answer as reading every draft.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isComplete, LIST_LIMIT, mergePage, type ListCursor } from '@/lib/drafts-paging';
import { DraftsDatabase } from '@/lib/drafts/db';
import { lock, turnOn, unlock } from '@/lib/drafts/encryption';
import { listDrafts, listPage, matchesQuery, summarize } from '@/lib/drafts/listing';
import type { Draft, DraftSummary } from '@/lib/drafts/model';
import { saveDraft } from '@/lib/drafts/repository';
import { seededDraft } from '@/lib/drafts/seed';

const NOW = Date.UTC(2026, 10, 25, 12);
const MANY = 1200;
let db: DraftsDatabase;
let n = 0;

beforeEach(async () => {
  n += 1;
  db = new DraftsDatabase(`find-${n}`);
  // Through the codec, as every write in the extension goes.
  await db.drafts.bulkAdd(
    await Promise.all(Array.from({ length: MANY }, (_, i) => db.codec.store(seededDraft(i, NOW)))),
  );
});
afterEach(async () => {
  await db.delete();
});

/** Counts the rows Dexie hands out, to show what a page reads. */
function countReads() {
  const reads = { n: 0 };
  db.drafts.hook('reading', (row) => {
    reads.n += 1;
    return row;
  });
  return reads;
}

const firstPage = (query: string) =>
  listPage(db, { query, trash: false, limit: LIST_LIMIT, cursor: null as ListCursor | null });

/** The answer by brute force: every draft read and matched, newest first. */
function expected(query: string): string[] {
  return Array.from({ length: MANY }, (_, i) => seededDraft(i, NOW))
    .filter((d) => matchesQuery(d, query))
    .map(summarize)
    .toSorted((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, LIST_LIMIT)
    .map((d) => d.id);
}

describe('the label index', () => {
  it('finds an old draft by its label, or the start of it, on the first page, without the walk reaching it', async () => {
    const reads = countReads();
    for (const query of ['T1150.', 't1150', '  T1150. ']) {
      reads.n = 0;
      const page = await firstPage(query);
      expect(page.items.map((d) => d.clientLabel)).toContain('T1150.');
      // The walk's first page reads a few hundred of the newest; draft 1150 is near the oldest.
      expect(reads.n).toBeLessThan(600);
    }
  });

  it('finds the label on the first page with encryption on, by an exact, case-blind match', async () => {
    await turnOn(db, 'a long enough passphrase');
    expect((await firstPage('t1150.')).items.map((d) => d.clientLabel)).toContain('T1150.');
    // A hash has no prefixes: a partial label is left to the walk, which still finds it.
    expect((await firstPage('T1150')).items.map((d) => d.clientLabel)).not.toContain('T1150.');
    expect(
      (await listDrafts(db, { query: 'T1150', trash: false, limit: LIST_LIMIT })).map((d) => d.id),
    ).toEqual(expected('T1150'));
    // The index holds keyed hashes: no label, lowercased or not, in the raw rows.
    const raw = JSON.stringify(await db.drafts.toArray());
    expect(raw).not.toContain('t1150.');
    expect(raw).not.toContain('T1150.');
  }, 60_000);

  it('sealed rows from before the index get their look-up value at the next unlock', async () => {
    await turnOn(db, 'a long enough passphrase');
    // As schema v3 left them: sealed, no labelKey.
    await db.drafts.toCollection().modify((row: Draft & { labelKey?: string }) => {
      delete row.labelKey;
    });
    expect((await firstPage('t1150.')).items.map((d) => d.clientLabel)).not.toContain('T1150.');
    await lock(db);
    await unlock(db, 'a long enough passphrase');
    expect((await firstPage('t1150.')).items.map((d) => d.clientLabel)).toContain('T1150.');
  }, 60_000);
});

describe('pages', () => {
  it.each(['', 'T11', 'clinic3.ehr.example', 'clinic5 2026-11', 'T2.', 'no such draft'])(
    'page by page, query %j gives what reading every draft gives',
    async (query) => {
      expect((await listDrafts(db, { query, trash: false, limit: LIST_LIMIT })).map((d) => d.id)).toEqual(
        expected(query),
      );
    },
  );

  it('comes newest first, each page bounded, the first one small', async () => {
    const reads = countReads();
    let shown: DraftSummary[] = [];
    let cursor: ListCursor | null = null;
    const perPage: number[] = [];
    do {
      reads.n = 0;
      const page = await listPage(db, { query: 'no such draft', trash: false, limit: LIST_LIMIT, cursor });
      perPage.push(reads.n);
      if (cursor) expect(page.next === null || page.next.before < cursor.before).toBe(true);
      shown = mergePage(shown, page.items);
      cursor = page.next;
    } while (!isComplete(shown, cursor));
    expect(perPage.length).toBeGreaterThanOrEqual(2);
    expect(perPage[0]).toBeLessThan(600);
    expect(Math.max(...perPage)).toBeLessThan(5000);
    // Every draft was looked at once, no more.
    expect(perPage.reduce((a, b) => a + b, 0)).toBeLessThan(MANY + 2 * perPage.length + 600);
  });

  it('stops once the list is full of drafts newer than anything unread', () => {
    const full = Array.from({ length: 3 }, (_, i) => at(`d${i}`, 100 - i));
    expect(isComplete(full, { before: 90, span: 1, rows: 1 }, 3)).toBe(true);
    expect(isComplete(full, { before: 98, span: 1, rows: 1 }, 3)).toBe(false);
    expect(isComplete(full.slice(0, 2), { before: 10, span: 1, rows: 1 }, 3)).toBe(false);
    expect(isComplete([], null, 3)).toBe(true);
    expect(mergePage(full.slice(1), [at('d0', 100), at('d1', 99)], 3).map((d) => d.id)).toEqual([
      'd0',
      'd1',
      'd2',
    ]);
  });
});

function at(id: string, updatedAt: number): DraftSummary {
  return { ...summarize(seededDraft(0, NOW)), id, updatedAt };
}

describe('saving at scale', () => {
  it('reads and writes only the saved draft', async () => {
    const reads = countReads();
    const draft = seededDraft(5, NOW);
    expect(await saveDraft(db, draft, NOW)).toEqual({ ok: true, revision: 4 });
    expect(reads.n).toBe(1);
  });
});
