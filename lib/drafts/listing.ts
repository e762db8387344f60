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

/** How many sealed rows are read (and decrypted) at a time while filling the list. */
const SEALED_BATCH = 200;

/** Newest first; live drafts or the trash. */
export async function listDrafts(
  db: DraftsDatabase,
  options: { query: string; trash: boolean; limit: number },
): Promise<DraftSummary[]> {
  const newestFirst = () =>
    db.drafts
      .orderBy('updatedAt')
      // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse(), not Array's
      .reverse();
  const found: DraftSummary[] = [];
  const consider = (draft: Draft) => {
    if (Boolean(draft.deletedAt) !== options.trash || found.length >= options.limit) return;
    const summary = summarize(draft);
    if (matchesQuery(summary, options.query)) found.push(summary);
  };
  if (db.codec.mode === 'plain') {
    // One cursor, stopped as soon as the list is full.
    await newestFirst()
      .until(() => found.length >= options.limit)
      .each(consider);
    return found;
  }
  // Sealed rows need WebCrypto, which a cursor cannot wait for: read in batches, decrypt, go on.
  for (let offset = 0; found.length < options.limit; offset += SEALED_BATCH) {
    const rows = await newestFirst().offset(offset).limit(SEALED_BATCH).toArray();
    for (const row of rows)
      if (Boolean(row.deletedAt) === options.trash && found.length < options.limit)
        consider(await db.codec.open(row));
    if (rows.length < SEALED_BATCH) break;
  }
  return found;
}

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
 * rule. Unfinished drafts are never purged without asking. Returns how many went.
 */
export async function purgeExpired(db: DraftsDatabase, rule: RetentionRule, now: number): Promise<number> {
  const trashCutoff = now - TRASH_DAYS * DAY_MS;
  const insertedCutoff = rule.insertedDays === null ? -Infinity : now - rule.insertedDays * DAY_MS;
  return db.drafts
    .filter(
      (d) =>
        (d.deletedAt !== undefined && d.deletedAt < trashCutoff) ||
        (d.status === 'inserted' && d.deletedAt === undefined && d.updatedAt < insertedCutoff),
    )
    .delete();
}
