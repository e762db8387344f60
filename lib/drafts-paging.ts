/**
 * The drafts list comes a page at a time (panel:listDrafts): the first page at once, then,
 * while "Find drafts" still has older drafts to look through, further pages as the panel
 * asks for them — it stops asking when the query changes. Pure, shared by the background
 * (lib/drafts/listing.ts) and the panel (components/DraftsList.tsx), so both agree on
 * when a list is complete.
 */
import type { DraftSummary } from './drafts/model';

/** How many rows the drafts list shows at most; "Find drafts" narrows it. */
export const LIST_LIMIT = 50;

/** Where the walk back through the drafts goes on: opaque to the panel, checked by the router. */
export interface ListCursor {
  /** Drafts changed at or before this time are still to be read. */
  before: number;
  /** The next time window's length (listing.ts widens it while windows come back thin). */
  span: number;
  /** How many rows the next page may read. */
  rows: number;
}

export interface ListPage {
  items: DraftSummary[];
  /** Null when nothing older can belong to the list. */
  next: ListCursor | null;
}

export const isListCursor = (v: unknown): v is ListCursor =>
  typeof v === 'object' &&
  v !== null &&
  [(v as ListCursor).before, (v as ListCursor).span, (v as ListCursor).rows].every(
    (n) => typeof n === 'number' && Number.isFinite(n) && n >= 0,
  );

/** updatedAt descending, ties by id descending (the order of a reverse walk of the index). */
export const byNewest = (a: DraftSummary, b: DraftSummary) =>
  b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** What the list shows after one more page: both, once each, newest first, at most `limit`. */
export function mergePage(shown: DraftSummary[], page: DraftSummary[], limit = LIST_LIMIT): DraftSummary[] {
  const ids = new Set(shown.map((d) => d.id));
  return [...shown, ...page.filter((d) => !ids.has(d.id))].toSorted(byNewest).slice(0, limit);
}

/**
 * True when no draft still unread can change the list: the walk is over, or the list is
 * full with drafts all newer than anything still unread.
 */
export function isComplete(shown: DraftSummary[], next: ListCursor | null, limit = LIST_LIMIT): boolean {
  if (next === null) return true;
  const last = shown[limit - 1];
  return last !== undefined && last.updatedAt > next.before;
}
