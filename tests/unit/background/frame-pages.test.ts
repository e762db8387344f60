import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCKED_CODEC } from '@/lib/drafts/codec';
import { DraftsDatabase } from '@/lib/drafts/db';
import { getDraft, newDraft, saveDraft } from '@/lib/drafts/repository';
import { FRAME_PAGES_DRAFTS } from '@/lib/frame-pages';

// A fresh module per test: its memory is a worker's life.
const load = async () => {
  vi.resetModules();
  return import('@/entrypoints/background/frame-pages');
};

let db: DraftsDatabase;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new DraftsDatabase(`frame-pages-${(n += 1)}`);
});
afterEach(() => db.delete());

/** A draft stored as the panel's first save stores it. */
async function stored(id: string) {
  await saveDraft(db, newDraft('http://ehr/shell', 'R.T.', 'stpp', 1, id), 1);
}

describe('frame pages, for every tab', () => {
  it('answers from memory after a record, without reading storage', async () => {
    const { framePagesOf } = await load();
    await framePagesOf(4, db).record('d', { '2': 'http://ehr/note?client=12' });
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await framePagesOf(4, db).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    expect(read).not.toHaveBeenCalled();
  });

  it('still knows in a restarted worker, from session storage', async () => {
    await (await load()).framePagesOf(4, db).record('d', { '2': 'http://ehr/note?client=12' });
    const restarted = await load();
    expect(await restarted.framePagesOf(4, db).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
  });

  it('has a draft’s frames follow it into another tab, and the first noted kept there', async () => {
    const { framePagesOf } = await load();
    await framePagesOf(4, db).record('d', { '2': 'http://ehr/note?client=12' });
    await framePagesOf(5, db).record('e', { '2': 'http://ehr/note?client=47' });
    expect(await framePagesOf(5, db).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    // Both tabs' records kept, written one after the other or side by side.
    await Promise.all([
      framePagesOf(4, db).record('f', { '0': 'http://ehr/a' }),
      framePagesOf(5, db).record('g', { '0': 'http://ehr/b' }),
    ]);
    const restarted = (await load()).framePagesOf(6, db);
    for (const [draft, page] of [
      ['d', { '2': 'http://ehr/note?client=12' }],
      ['e', { '2': 'http://ehr/note?client=47' }],
      ['f', { '0': 'http://ehr/a' }],
      ['g', { '0': 'http://ehr/b' }],
    ] as const)
      expect(await restarted.ofDraft(draft)).toEqual(page);
  });

  it('keeps what a closed tab’s drafts showed, and forgets its note field', async () => {
    const { framePagesOf, setUpFramePagesCleanup } = await load();
    setUpFramePagesCleanup();
    await framePagesOf(4, db).record('d', { '2': 'http://ehr/note?client=12' });
    await framePagesOf(4, db).fieldSeenIn('2');
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(await framePagesOf(7, db).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    expect(await framePagesOf(4, db).fieldSlot()).toBeUndefined();
    const restarted = (await load()).framePagesOf(4, db);
    expect(await restarted.ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    expect(await restarted.fieldSlot()).toBeUndefined();
  });

  it('keeps the frame of the note field last seen, per tab, across a worker restart', async () => {
    const { framePagesOf } = await load();
    expect(await framePagesOf(4, db).fieldSlot()).toBeUndefined();
    await framePagesOf(4, db).fieldSeenIn('1.0');
    expect(await framePagesOf(4, db).fieldSlot()).toBe('1.0');
    expect(await framePagesOf(5, db).fieldSlot()).toBeUndefined();
    expect(await (await load()).framePagesOf(4, db).fieldSlot()).toBe('1.0');
  });
});

describe('frame pages kept with the draft', () => {
  it('still knows after the browser restarts (session storage gone), from the draft itself', async () => {
    await stored('d');
    await (await load()).framePagesOf(4, db).record('d', { '2': 'http://ehr/note?client=12' });
    expect((await getDraft(db, 'd'))?.framePages).toEqual({ '2': 'http://ehr/note?client=12' });

    fakeBrowser.reset();
    const { framePagesOf } = await load();
    expect(await framePagesOf(9, db).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    // A frame noted now joins what was kept, in this session and with the draft.
    await framePagesOf(9, db).record('d', { '0': 'http://ehr/nav' });
    const both = { '0': 'http://ehr/nav', '2': 'http://ehr/note?client=12' };
    expect(await framePagesOf(9, db).ofDraft('d')).toEqual(both);
    expect((await getDraft(db, 'd'))?.framePages).toEqual(both);
  });

  it('keeps them in the session while the drafts are locked, or for a draft gone', async () => {
    await stored('d');
    db.codec = LOCKED_CODEC;
    const { framePagesOf } = await load();
    await framePagesOf(4, db).record('d', { '2': 'http://ehr/note?client=12' });
    await framePagesOf(4, db).record('gone', { '2': 'http://ehr/note?client=47' });
    expect(await framePagesOf(4, db).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    expect(await framePagesOf(4, db).ofDraft('gone')).toEqual({ '2': 'http://ehr/note?client=47' });
    // Nothing to read while locked: no frames, rather than a failure.
    fakeBrowser.reset();
    expect(await (await load()).framePagesOf(4, db).ofDraft('d')).toEqual({});
  });

  it('reads a draft’s kept frames once in a worker’s life, and again once it keeps more', async () => {
    await stored('d');
    const { framePagesOf } = await load();
    const read = vi.spyOn(db.drafts, 'get');
    expect(await framePagesOf(4, db).ofDraft('d')).toEqual({});
    expect(await framePagesOf(5, db).ofDraft('d')).toEqual({});
    expect(read).toHaveBeenCalledTimes(1);
    // Once the session's record has let it go (fifty drafts later), what it keeps now.
    await framePagesOf(4, db).record('d', { '0': 'http://ehr/chart?client=12' });
    for (let i = 0; i < FRAME_PAGES_DRAFTS; i++) await framePagesOf(4, db).record(`other-${i}`, {});
    expect(await framePagesOf(4, db).ofDraft('d')).toEqual({ '0': 'http://ehr/chart?client=12' });
  });
});

describe('looking at the field’s frame', () => {
  it('looks once per draft while the tab claims no other field', async () => {
    const { framePagesOf } = await load();
    const { rememberTargetFrame } = await import('@/entrypoints/background/target-frames');
    const tab = framePagesOf(4, db);
    expect(tab.looked('d')).toBe(false);
    expect(tab.looked('d')).toBe(true);
    // Another draft, or the same one after a field was claimed: look again.
    expect(tab.looked('e')).toBe(false);
    await rememberTargetFrame(4, 2);
    expect(tab.looked('e')).toBe(false);
    expect(tab.looked('e')).toBe(true);
    // Tabs apart.
    expect(framePagesOf(5, db).looked('e')).toBe(false);
  });
});
