/** Draft reads and writes, with the database handed in so tests can use fake-indexeddb. */
import type { DraftsDatabase } from './db';
import type { Draft } from './model';
import { mergedFramePages, type DraftFramePages } from '../frame-pages';
import { emptyContent } from '../note/model';

export function newDraft(
  pageKey: string,
  clientLabel: string,
  templateId: string,
  now: number,
  id: string,
): Draft {
  return {
    id,
    pageKey,
    clientLabel,
    content: emptyContent(templateId),
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    revision: 0,
    insertions: [],
  };
}

/** The most recently edited draft of this page with this status, not in the trash. */
async function newestOfPage(
  db: DraftsDatabase,
  pageKey: string,
  status: Draft['status'],
): Promise<Draft | null> {
  const keys = await db.codec.indexValues('page', pageKey);
  const rows = await db.drafts
    .where('[pageKey+status]')
    .anyOf(keys.map((key) => [key, status]))
    .toArray();
  // Chosen by the clear metadata, so only the one shown is decrypted.
  const row = rows.filter((d) => !d.deletedAt).toSorted((a, b) => b.updatedAt - a.updatedAt)[0];
  return row ? db.codec.open(row) : null;
}

/** The most recently edited draft of this page that has not been inserted yet. */
export async function findOpenDraft(db: DraftsDatabase, pageKey: string): Promise<Draft | null> {
  return newestOfPage(db, pageKey, 'draft');
}

/** The newest draft of this page, finished or not: after an insert the panel keeps showing it. */
export async function findLatestDraft(db: DraftsDatabase, pageKey: string): Promise<Draft | null> {
  return (await findOpenDraft(db, pageKey)) ?? newestOfPage(db, pageKey, 'inserted');
}

/** One draft by id, as the clinician wrote it; null when there is none. */
export async function getDraft(db: DraftsDatabase, id: string): Promise<Draft | null> {
  const row = await db.drafts.get(id);
  return row ? db.codec.open(row) : null;
}

export type SaveResult = { ok: true; revision: number } | { ok: false; current: Draft };

/**
 * Stores the draft if it was based on the stored revision (`draft.revision`), one
 * revision on. Otherwise another writer (a second tab) got there first: nothing is
 * written and the stored draft comes back, so the caller can keep both.
 */
export async function saveDraft(
  db: DraftsDatabase,
  draft: Draft,
  now: number,
  /** Handed the draft as stored, so the caller need not read it back to pass it on. */
  onSaved: (saved: Draft) => void = () => {},
): Promise<SaveResult> {
  return db.exclusive(async () => {
    const row = await db.drafts.get(draft.id);
    const stored = row ? await db.codec.open(row) : undefined;
    if ((stored?.revision ?? 0) !== draft.revision) return { ok: false, current: stored! };
    const revision = draft.revision + 1;
    // Insertions and frame pages are recorded by the background; a panel's copy must not
    // drop or change them (a copy kept apart by keepBoth, a new row, carries its own).
    const insertions = stored?.insertions ?? draft.insertions;
    const { framePages: _panelCopy, ...written } = draft;
    const framePages = stored ? stored.framePages : draft.framePages;
    const status = stored?.status === 'inserted' ? 'inserted' : draft.status;
    const saved = {
      ...written,
      insertions,
      status,
      revision,
      updatedAt: now,
      ...(framePages && { framePages }),
    };
    await db.drafts.put(await db.codec.store(saved));
    onSaved(saved);
    return { ok: true, revision };
  });
}

/**
 * Records that the note went into a field; the draft is then finished. Not a new
 * revision: insertions belong to the background and survive any panel's save.
 */
export async function markInserted(
  db: DraftsDatabase,
  id: string,
  fieldKey: string,
  now: number,
): Promise<void> {
  await db.exclusive(async () => {
    const draft = await getDraft(db, id);
    if (!draft) return;
    const insertions = [...draft.insertions, { fieldKey, at: now }];
    await db.drafts.put(await db.codec.store({ ...draft, status: 'inserted', insertions }));
  });
}

/**
 * Notes what frames showed while the draft was written (lib/frame-pages.ts) with the draft
 * itself. Not a new revision, nor an edit (updatedAt stays): the record is the
 * background's and survives any panel's save. Nothing for a draft that is gone.
 */
export async function keepFramePages(db: DraftsDatabase, id: string, frames: DraftFramePages): Promise<void> {
  await db.exclusive(async () => {
    const draft = await getDraft(db, id);
    if (!draft) return;
    const framePages = mergedFramePages(draft.framePages ?? {}, frames);
    await db.drafts.put(await db.codec.store({ ...draft, framePages }));
  });
}
