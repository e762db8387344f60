import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftsDatabase } from '@/lib/drafts/db';
import {
  findLatestDraft,
  findOpenDraft,
  getDraft,
  keepFramePages,
  markInserted,
  newDraft,
  saveDraft,
} from '@/lib/drafts/repository';

let db: DraftsDatabase;
let n = 0;

beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`test-${n}`);
});
afterEach(async () => {
  await db.delete();
});

const PAGE = 'https://ehr.example.org/notes?client=7';

describe('draft repository', () => {
  it('finds nothing for a page without drafts', async () => {
    expect(await findOpenDraft(db, PAGE)).toBeNull();
  });

  it('saves and finds the newest open draft of a page, and only of that page', async () => {
    const older = newDraft(PAGE, 'M.K.', 'psychodynamic-progress', 1, 'a');
    const newer = newDraft(PAGE, 'M.K.', 'psychodynamic-progress', 2, 'b');
    await saveDraft(db, older, 10);
    await saveDraft(db, newer, 20);
    await saveDraft(db, newDraft('https://ehr.example.org/notes?client=8', '', 'x', 3, 'c'), 30);
    const found = await findOpenDraft(db, PAGE);
    expect(found?.id).toBe('b');
    expect(found?.updatedAt).toBe(20);
  });

  it('bumps the revision on every save based on the stored one', async () => {
    const draft = newDraft(PAGE, '', 'psychodynamic-progress', 1, 'a');
    expect(await saveDraft(db, draft, 1)).toEqual({ ok: true, revision: 1 });
    expect(await saveDraft(db, { ...draft, revision: 1 }, 2)).toEqual({ ok: true, revision: 2 });
    expect((await db.drafts.get('a'))?.revision).toBe(2);
  });

  it('refuses a save based on a stale revision and hands back what is stored (two tabs)', async () => {
    const draft = newDraft(PAGE, '', 'psychodynamic-progress', 1, 'a');
    await saveDraft(db, draft, 1);
    const tabA = { ...draft, revision: 1, clientLabel: 'from A' };
    const tabB = { ...draft, revision: 1, clientLabel: 'from B' };
    expect(await saveDraft(db, tabA, 2)).toEqual({ ok: true, revision: 2 });
    const conflict = await saveDraft(db, tabB, 3);
    expect(conflict).toMatchObject({ ok: false, current: { clientLabel: 'from A', revision: 2 } });
    expect((await db.drafts.get('a'))?.clientLabel).toBe('from A');
  });

  it('keeps content exactly, including huge, emoji and right-to-left text', async () => {
    const draft = newDraft(PAGE, '', 'psychodynamic-progress', 1, 'a');
    const text = `${'x'.repeat(1_000_000)} 😔 שלום <img src=x>`;
    draft.content.sections.sessionFocus = { text };
    await saveDraft(db, draft, 1);
    expect((await db.drafts.get('a'))?.content.sections.sessionFocus?.text).toBe(text);
  });

  it('marks a draft inserted, and a stale save from the panel keeps that record', async () => {
    const draft = newDraft(PAGE, '', 'psychodynamic-progress', 1, 'a');
    await saveDraft(db, draft, 1);
    await markInserted(db, 'a', 'field-1', 5);
    expect(
      await saveDraft(db, { ...draft, revision: 1, content: { ...draft.content, includePrivate: [] } }, 6),
    ).toEqual({ ok: true, revision: 2 });
    const stored = await db.drafts.get('a');
    expect(stored?.status).toBe('inserted');
    expect(stored?.insertions).toEqual([{ fieldKey: 'field-1', at: 5 }]);
    expect(await findOpenDraft(db, PAGE)).toBeNull();
    expect((await findLatestDraft(db, PAGE))?.id).toBe('a');
  });

  it('keeps what frames showed with the draft: no new revision, and no panel save drops or changes it', async () => {
    const draft = newDraft(PAGE, 'R.T.', 'psychodynamic-progress', 1, 'a');
    await saveDraft(db, draft, 1);
    await keepFramePages(db, 'a', { '0': 'http://ehr/chart?client=12' });
    await keepFramePages(db, 'a', { '1': 'http://ehr/nav' });
    const frames = { '0': 'http://ehr/chart?client=12', '1': 'http://ehr/nav' };
    expect(await getDraft(db, 'a')).toMatchObject({ framePages: frames, revision: 1, updatedAt: 1 });
    // The panel's copy has none, or an old one: the stored record stays.
    expect(await saveDraft(db, { ...draft, revision: 1 }, 6)).toEqual({ ok: true, revision: 2 });
    const stale = { ...draft, revision: 2, framePages: { '0': 'http://ehr/chart?client=47' } };
    expect(await saveDraft(db, stale, 7)).toEqual({ ok: true, revision: 3 });
    expect((await getDraft(db, 'a'))?.framePages).toEqual(frames);
    // A draft gone takes nothing.
    await keepFramePages(db, 'gone', { '0': 'http://ehr/chart?client=47' });
    expect(await db.drafts.get('gone')).toBeUndefined();
  });

  it('stores a new row’s frame pages as given (a copy kept apart carries the original’s)', async () => {
    const copy = {
      ...newDraft(PAGE, '', 'psychodynamic-progress', 1, 'b'),
      framePages: { '0': 'http://ehr/x' },
    };
    await saveDraft(db, copy, 1);
    expect((await getDraft(db, 'b'))?.framePages).toEqual({ '0': 'http://ehr/x' });
    // And no frame pages at all stays no field at all.
    await saveDraft(db, newDraft(PAGE, '', 'psychodynamic-progress', 1, 'c'), 1);
    expect(await db.drafts.get('c')).not.toHaveProperty('framePages');
  });
});
