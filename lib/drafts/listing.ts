/** The drafts list, the trash and the retention rule. */
import { byNewest, isComplete, mergePage, type ListCursor, type ListPage } from '../drafts-paging';
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

type Searched = Pick<DraftSummary, 'clientLabel' | 'pageKey' | 'updatedAt' | 'createdAt'>;

/** The words of what the clinician typed in "Find drafts", lowercased; none for an empty box. */
export const queryWords = (query: string) => query.trim().toLowerCase().split(/\s+/).filter(Boolean);

/** Whether a draft matches what the clinician typed in "Find drafts": client label, site or date. */
export function matchesQuery(draft: Searched, query: string | string[]): boolean {
  const words = typeof query === 'string' ? queryWords(query) : query;
  if (words.length === 0) return true;
  const haystack = [draft.clientLabel, draft.pageKey, isoDay(draft.updatedAt), isoDay(draft.createdAt)]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The first window of the walk; windows double up to MAX_WINDOW_MS while they find too little. */
const FIRST_WINDOW_MS = DAY_MS;
const MAX_WINDOW_MS = 32 * DAY_MS;
/**
 * Rows one page may read: few for the first, so it comes at once, more for each further
 * page (fewer round trips), never so many that one page holds the database for long.
 */
const FIRST_PAGE_ROWS = 400;
const MAX_PAGE_ROWS = 4000;
/** Label look-ups matching more drafts than this are left to the walk (see byLabel). */
const LABEL_HITS_MAX = 200;

interface ListOptions {
  query: string;
  trash: boolean;
  limit: number;
}

/**
 * One page of the drafts list, newest first; live drafts or the trash. The first page
 * (no cursor) starts with the drafts whose client label an index finds for the words
 * typed, then walks back from the newest draft; later pages walk on from the cursor.
 * The walk reads the updatedAt index a time window at a time (one ranged getAll each: one
 * round trip, where a reverse cursor costs one per row) and stops at the page's row
 * budget or once `limit` drafts are found. Rows are checked on their clear fields (trash
 * or not) before opening: with encryption on, opening is a WebCrypto decryption.
 */
export async function listPage(
  db: DraftsDatabase,
  options: ListOptions & { cursor: ListCursor | null },
): Promise<ListPage> {
  const words = queryWords(options.query);
  const open = async (rows: Draft[]) => {
    const found: DraftSummary[] = [];
    for (const row of rows) {
      if (Boolean(row.deletedAt) !== options.trash) continue;
      const draft = await db.codec.open(row);
      if (matchesQuery(draft, words)) found.push(summarize(draft));
    }
    return found;
  };
  if (options.trash) {
    // Only trashed drafts are in the deletedAt index: a handful, whatever the store holds.
    const trashed = await open(await db.drafts.orderBy('deletedAt').toArray());
    return { items: trashed.toSorted(byNewest), next: null };
  }
  // Side by side: each is its own read, and the first page is what the clinician waits for.
  const [fromIndex, newest, oldest] = await Promise.all([
    options.cursor === null ? byLabel(db, words).then(open) : [],
    options.cursor === null ? db.drafts.orderBy('updatedAt').last() : undefined,
    db.drafts.orderBy('updatedAt').first(),
  ]);
  const start =
    options.cursor ??
    (newest ? { before: newest.updatedAt, span: FIRST_WINDOW_MS, rows: FIRST_PAGE_ROWS } : null);
  if (!start || !oldest) return { items: fromIndex.toSorted(byNewest), next: null };
  const walked = await walk(db, start, oldest.updatedAt, options.limit, open);
  const items = mergePage(fromIndex, walked.found, options.limit);
  return { items, next: isComplete(items, walked.next, options.limit) ? null : walked.next };
}

/** Every page at once, newest first: for callers that want the whole answer (and tests). */
export async function listDrafts(db: DraftsDatabase, options: ListOptions): Promise<DraftSummary[]> {
  let shown: DraftSummary[] = [];
  let cursor: ListCursor | null = null;
  do {
    const page = await listPage(db, { ...options, cursor });
    shown = mergePage(shown, page.items, options.limit);
    cursor = page.next;
  } while (!isComplete(shown, cursor, options.limit));
  return shown;
}

/** The drafts whose client label the labelKey index finds for any typed word (label-key.ts). */
async function byLabel(db: DraftsDatabase, words: string[]): Promise<Draft[]> {
  const ids = new Set<string>();
  for (const word of words) {
    const lookup = await db.codec.labelLookup(word);
    const where = db.drafts.where('labelKey');
    const found = await ('prefix' in lookup ? where.startsWith(lookup.prefix) : where.anyOf(lookup.exact))
      .limit(LABEL_HITS_MAX + 1)
      .primaryKeys();
    // A word most labels start with ("t") finds more than the list shows, in label order,
    // not newest first: the walk finds the newest of them as fast.
    if (found.length <= LABEL_HITS_MAX) for (const id of found) ids.add(id);
  }
  const rows = await db.drafts.bulkGet([...ids]);
  return rows.filter((row) => row !== undefined);
}

/** Walks back from the cursor, a time window per read, until the row budget or `limit` is reached. */
async function walk(
  db: DraftsDatabase,
  cursor: ListCursor,
  oldest: number,
  limit: number,
  open: (rows: Draft[]) => Promise<DraftSummary[]>,
): Promise<{ found: DraftSummary[]; next: ListCursor | null }> {
  const found: DraftSummary[] = [];
  let { before: upper, span } = cursor;
  let read = 0;
  while (upper >= oldest && read < cursor.rows && found.length < limit) {
    const lower = upper - span;
    // (lower, upper]: each draft falls in exactly one window.
    const rows = await db.drafts.where('updatedAt').between(lower, upper, false, true).toArray();
    read += rows.length;
    // Ascending by updatedAt then id, as the index holds them: reversed, the reverse cursor's order.
    found.push(...(await open(rows.toReversed())));
    if (rows.length < limit) span = Math.min(span * 2, MAX_WINDOW_MS);
    upper = lower;
  }
  if (upper < oldest) return { found, next: null };
  return { found, next: { before: upper, span, rows: Math.min(cursor.rows * 2, MAX_PAGE_ROWS) } };
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
