/** The drafts list, the trash and the retention rule. */
import type { DraftsDatabase } from './db';
import type { Draft, DraftSummary } from './model';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Deleted drafts stay restorable this long. */
export const TRASH_DAYS = 7;
const GLIMPSE_CHARS = 80;

export function summarize(draft: Draft): DraftSummary {
  const firstText = Object.values(draft.content.sections)
    .map((entry) => entry.text?.trim() ?? '')
    .find((text) => text.length > 0);
  return {
    id: draft.id,
    pageKey: draft.pageKey,
    clientLabel: draft.clientLabel,
    status: draft.status,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    deletedAt: draft.deletedAt,
    glimpse: (firstText ?? '').replace(/\s+/g, ' ').slice(0, GLIMPSE_CHARS),
  };
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Whether a draft matches what the clinician typed in "Find drafts": client label, site or date. */
export function matchesQuery(summary: DraftSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const haystack = [
    summary.clientLabel,
    summary.pageKey,
    isoDay(summary.updatedAt),
    isoDay(summary.createdAt),
  ]
    .join(' ')
    .toLowerCase();
  return q.split(/\s+/).every((word) => haystack.includes(word));
}

/** The first window of the live list; windows double up to MAX_WINDOW_MS while they find too little. */
const FIRST_WINDOW_MS = DAY_MS;
const MAX_WINDOW_MS = 32 * DAY_MS;

/**
 * Every draft, newest first, a time window at a time. Each window is one ranged read of the
 * updatedAt index (getAll under the hood: one round trip, where a reverse cursor costs one
 * per row), so opening the list reads a day or two of drafts, not 100,000.
 */
async function* newestFirst(db: DraftsDatabase, enough: number): AsyncGenerator<Draft[]> {
  const [oldest, newest] = await Promise.all([
    db.drafts.orderBy('updatedAt').first(),
    db.drafts.orderBy('updatedAt').last(),
  ]);
  if (!oldest || !newest) return;
  let upper = newest.updatedAt;
  let span = FIRST_WINDOW_MS;
  while (upper >= oldest.updatedAt) {
    const lower = upper - span;
    // (lower, upper]: each draft falls in exactly one window.
    const rows = await db.drafts.where('updatedAt').between(lower, upper, false, true).toArray();
    // Ascending by updatedAt then id, as the index holds them: reversed, the reverse cursor's order.
    yield rows.toReversed();
    if (rows.length < enough) span = Math.min(span * 2, MAX_WINDOW_MS);
    upper = lower;
  }
}

/** Newest first; live drafts or the trash. Stops reading once `limit` drafts are found. */
export async function listDrafts(
  db: DraftsDatabase,
  options: { query: string; trash: boolean; limit: number },
): Promise<DraftSummary[]> {
  // Rows are checked on their clear fields (trash or not, list full) before opening: with
  // encryption on, opening is a WebCrypto decryption, so it stops once the list is full.
  const found: DraftSummary[] = [];
  const keep = async (row: Draft) => {
    if (Boolean(row.deletedAt) !== options.trash || found.length >= options.limit) return;
    const summary = summarize(await db.codec.open(row));
    if (matchesQuery(summary, options.query)) found.push(summary);
  };
  if (options.trash) {
    // Only trashed drafts are in the deletedAt index: a handful, whatever the store holds.
    const trashed = await db.drafts.orderBy('deletedAt').toArray();
    for (const row of trashed.toSorted(byNewest)) await keep(row);
    return found;
  }
  for await (const rows of newestFirst(db, options.limit)) {
    for (const row of rows) await keep(row);
    if (found.length >= options.limit) break;
  }
  return found;
}

/** updatedAt descending, ties by id descending (the order of a reverse walk of the index). */
const byNewest = (a: Draft, b: Draft) =>
  b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export async function moveToTrash(db: DraftsDatabase, id: string, now: number): Promise<void> {
  await db.drafts.update(id, { deletedAt: now });
}

export async function restoreFromTrash(db: DraftsDatabase, id: string): Promise<void> {
  await db.drafts
    .where('id')
    .equals(id)
    .modify((draft) => {
      delete draft.deletedAt;
    });
}

export interface RetentionRule {
  /** Purge inserted drafts this many days after their last change; null keeps them. */
  insertedDays: number | null;
}

/**
 * Deletes for good: trash older than TRASH_DAYS, and inserted drafts past the clinician's
 * rule. Unfinished drafts are never purged without asking. Returns how many went. Reads
 * through the deletedAt and updatedAt indexes only: with 100,000 drafts a scan of the
 * table would hold the database for seconds, a few times a day.
 */
export async function purgeExpired(db: DraftsDatabase, rule: RetentionRule, now: number): Promise<number> {
  const trashCutoff = now - TRASH_DAYS * DAY_MS;
  const oldTrash = await db.drafts.where('deletedAt').below(trashCutoff).delete();
  if (rule.insertedDays === null) return oldTrash;
  const insertedCutoff = now - rule.insertedDays * DAY_MS;
  const oldInserted = await db.drafts
    .where('updatedAt')
    .below(insertedCutoff)
    .filter((d) => d.status === 'inserted' && d.deletedAt === undefined)
    .delete();
  return oldTrash + oldInserted;
}
