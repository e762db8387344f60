import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlePanelMessage, type PanelWorld } from '@/entrypoints/background/panel-handlers';
import { DraftsDatabase } from '@/lib/drafts/db';
import type { Draft } from '@/lib/drafts/model';
import type { BackgroundToContentMessage, PanelMessage } from '@/lib/messages';
import type { FramePage } from '@/lib/frame-page';
import { memoryFramePages } from './memory-store';

let db: DraftsDatabase;
let world: PanelWorld;
let sent: { frameId: number; msg: BackgroundToContentMessage }[];
let reply: unknown;
/** What the top frame's content script says about the panel's visibility. */
let visibility: unknown;
/** The tracked field's frame and its address now (targetPage); null: the top document, or no access. */
let targetPage: FramePage | null;
/** The tab's child frames and their addresses now (framePagesNow). */
let framesNow: FramePage[];
let framePages: ReturnType<typeof memoryFramePages>;
let n = 0;

beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`handlers-${n}`);
  sent = [];
  reply = undefined;
  visibility = { obstruction: null, moved: null };
  targetPage = null;
  framesNow = [];
  framePages = memoryFramePages();
  let id = 0;
  world = {
    db,
    tabId: 7,
    now: () => 1000,
    newId: () => `id-${++id}`,
    sendToFrame: vi.fn(async (frameId, msg) => {
      sent.push({ frameId, msg });
      return msg.type === 'bg:checkPanel' ? visibility : reply;
    }),
    targetFrame: async () => 3,
    prepareInsert: vi.fn(async () => {}),
    framePages,
    targetPage: vi.fn(async () => targetPage),
    framePagesNow: vi.fn(async () => framesNow),
    broadcast: vi.fn(async () => undefined),
    notifyPanel: vi.fn(),
    retention: { get: async () => ({ insertedDays: null }), set: async () => {} },
    templates: { get: async () => [] },
    fields: {
      pick: vi.fn(async () => null),
      step: vi.fn(async () => null),
      choose: vi.fn(async () => false),
      cancel: vi.fn(async () => {}),
      hovered: vi.fn(async () => {}),
      fill: vi.fn(async () => ({ outcome: 'missing' as const, matches: 0 })),
      pagesOf: vi.fn(async () => []),
    },
    fieldMaps: { get: async () => undefined, set: async () => {} },
  };
});
afterEach(async () => {
  await db.delete();
});

const PAGE = 'http://127.0.0.1/note';

/** A new note from the panel: the draft the background started. */
const startedDraft = async () =>
  (
    (await handlePanelMessage({ type: 'panel:newDraft', pageKey: PAGE, clientLabel: '' }, world)) as {
      draft: Draft;
    }
  ).draft;
const note = { text: 'Note', html: '<p>Note</p>' };

/** The mount tokens the asking panel was told (lib/panel-mount-token.ts). */
const MOUNTS = ['a'.repeat(32)];

/** `Insert note` from the panel for `draftId`: a first insert, asked with nothing confirmed. */
type InsertMessage = Extract<PanelMessage, { type: 'panel:insert' }>;
const insertMessage = (draftId: string, changes: Partial<InsertMessage> = {}): InsertMessage => ({
  type: 'panel:insert',
  note,
  draftId,
  insertedInto: [],
  force: false,
  insertId: 'i1',
  pageMovedOk: false,
  mounts: MOUNTS,
  ...changes,
});

/** What the top frame's content script says of the page and the open panel. */
const pageIs = (page: unknown) => {
  world.sendToFrame = vi.fn(async (frameId: number, msg: BackgroundToContentMessage) => {
    sent.push({ frameId, msg });
    return msg.type === 'bg:panelPage' ? page : msg.type === 'bg:panelFollow' ? true : undefined;
  });
};
/** New note pressed on R.T.'s note (panel:newDraft), `leaving` the note open until then. */
const newNote = async (leaving?: string) => {
  const answer = (await handlePanelMessage(
    { type: 'panel:newDraft', pageKey: PAGE, clientLabel: 'R.T.', ...(leaving && { leaving }) },
    world,
  )) as { draft: Draft; moved: boolean };
  return { ...answer.draft, moved: answer.moved };
};

describe('handlePanelMessage', () => {
  it('hands out a fresh, unsaved draft for a page without one, then the saved one', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    expect(fresh).toMatchObject({ id: 'id-1', pageKey: PAGE, status: 'draft', revision: 0 });
    expect(await db.drafts.count()).toBe(0);

    await handlePanelMessage(
      { type: 'panel:saveDraft', draft: { ...(fresh as Draft), clientLabel: 'M.K.' } },
      world,
    );
    const loaded = await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world);
    expect(loaded).toMatchObject({ id: 'id-1', clientLabel: 'M.K.', revision: 1 });
    // Other panels on the same draft hear of it.
    expect(world.broadcast).toHaveBeenCalledWith({ type: 'bg:draftSaved', draft: loaded });
  });

  describe('a new note', () => {
    const MOVED_TO = 'http://127.0.0.1/note?client=47';
    it('is filed under the panel’s page, with its client label, while the page has not moved', async () => {
      pageIs({ shown: PAGE, panelFor: PAGE });
      const fresh = await newNote();
      expect(fresh).toMatchObject({ pageKey: PAGE, clientLabel: 'R.T.', revision: 1, moved: false });
      expect(await db.drafts.get(fresh.id)).toMatchObject({ pageKey: PAGE });
      expect(sent.map((s) => s.msg.type)).toEqual(['bg:panelPage']);
    });

    it('is filed under the page a single-page EHR moved to, without a label, and the panel follows it', async () => {
      pageIs({ shown: MOVED_TO, panelFor: PAGE });
      const fresh = await newNote();
      expect(fresh).toMatchObject({ pageKey: MOVED_TO, clientLabel: '', revision: 1, moved: true });
      expect(await db.drafts.get(fresh.id)).toMatchObject({ pageKey: MOVED_TO, clientLabel: '' });
      // The page's latest note there is this one; the page opened on keeps its own.
      expect(await handlePanelMessage({ type: 'panel:loadDraft', pageKey: MOVED_TO }, world)).toMatchObject({
        id: fresh.id,
      });
      expect(sent.map((s) => s.msg)).toEqual([
        { type: 'bg:panelPage' },
        { type: 'bg:panelFollow', pageKey: MOVED_TO },
      ]);
    });

    it('has no label after a framed EHR loaded another chart into the note field’s frame', async () => {
      pageIs({ shown: PAGE, panelFor: PAGE });
      const left = await startedDraft();
      await framePages.record(left.id, { '1': 'http://127.0.0.1/chart?client=12' });
      // The panel may not have seen it yet: the background looks itself.
      targetPage = { slot: '1', href: 'http://127.0.0.1/chart?client=47' };
      expect(await newNote(left.id)).toMatchObject({ pageKey: PAGE, clientLabel: '', moved: true });
      // The same chart: the label carries over (the next session of the same client).
      targetPage = { slot: '1', href: 'http://127.0.0.1/chart?client=12' };
      expect(await newNote(left.id)).toMatchObject({ pageKey: PAGE, clientLabel: 'R.T.', moved: false });
      // The top address did not move: the panel stays on its page.
      expect(sent.map((s) => s.msg.type)).not.toContain('bg:panelFollow');
    });

    it('does not wait on a page that does not answer (an alert of its own holds it)', async () => {
      // Unbounded, this would wait past the test's own timeout.
      world.sendToFrame = vi.fn(() => new Promise<never>(() => {}));
      expect(await newNote()).toMatchObject({ pageKey: PAGE, clientLabel: 'R.T.', moved: false });
    });

    it('does not let the panel follow before the note is stored', async () => {
      pageIs({ shown: MOVED_TO, panelFor: PAGE });
      vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
      await expect(newNote()).rejects.toThrow();
      expect(sent.map((s) => s.msg.type)).toEqual(['bg:panelPage']);
    });

    it.each([
      ['no answer (no content script)', undefined],
      ['a closed panel', null],
      ['a malformed answer', { shown: 47, panelFor: PAGE }],
    ])('falls back to the panel’s page on %s', async (_, page) => {
      pageIs(page);
      expect(await newNote()).toMatchObject({ pageKey: PAGE, clientLabel: 'R.T.' });
      expect(sent.map((s) => s.msg.type)).toEqual(['bg:panelPage']);
    });
  });

  it('answers a refused write with why, and broadcasts nothing', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    expect(await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world)).toEqual({
      ok: false,
      failure: 'storage-full',
    });
    expect(world.broadcast).not.toHaveBeenCalled();
    // The same save goes through once the store takes writes again.
    expect(await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world)).toEqual({
      ok: true,
      revision: 1,
    });
  });

  it('refuses a stale save and broadcasts nothing', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world);
    const stale = await handlePanelMessage(
      { type: 'panel:saveDraft', draft: { ...fresh, clientLabel: 'B' } },
      world,
    );
    expect(stale).toMatchObject({ ok: false, current: { revision: 1 } });
    expect(world.broadcast).toHaveBeenCalledTimes(1);
  });

  it('sends an insert to the frame holding the target and records where it went', async () => {
    const draft = await startedDraft();
    sent = []; // the new note's own question (bg:panelPage)
    reply = { outcome: 'inserted', fieldKey: 'k' };
    const result = await handlePanelMessage(insertMessage(draft.id), world);
    expect(result).toEqual({ outcome: 'inserted', fieldKey: 'k' });
    // Asked of the top frame first; the note went to the target frame only after.
    expect(sent).toEqual([
      // With the asking panel's token: a page's own copy of panel.html has none.
      { frameId: 0, msg: { type: 'bg:checkPanel', mounts: MOUNTS } },
      { frameId: 3, msg: { type: 'bg:insert', note, insertedInto: [], force: false, insertId: 'i1' } },
    ]);
    expect(world.prepareInsert).toHaveBeenCalledWith(3);
    // Recorded after the answer.
    await vi.waitFor(async () =>
      expect(await db.drafts.get(draft.id)).toMatchObject({
        status: 'inserted',
        insertions: [{ fieldKey: 'k', at: 1000 }],
      }),
    );
    expect(world.notifyPanel).not.toHaveBeenCalled();
  });

  it('has the top frame check the panel itself when the field is there: one message, no question first', async () => {
    world.targetFrame = async () => 0;
    const draft = await startedDraft();
    sent = []; // the new note's own question (bg:panelPage)
    const insert = insertMessage(draft.id);
    reply = { outcome: 'inserted', fieldKey: 'k' };
    expect(await handlePanelMessage(insert, world)).toEqual({ outcome: 'inserted', fieldKey: 'k' });
    expect(sent).toEqual([
      {
        frameId: 0,
        msg: {
          type: 'bg:insert',
          note,
          insertedInto: [],
          force: false,
          insertId: 'i1',
          checkPanel: true,
          // The insertion script asks the guard with the asking panel's tokens.
          mounts: MOUNTS,
          pageMovedOk: false,
        },
      },
    ]);
    expect(world.prepareInsert).toHaveBeenCalledWith(0);
    // The insertion script's refusal comes back as it is, and nothing is recorded for it.
    const obstructed = { outcome: 'obstructed', obstruction: 'Something on the page covers the panel' };
    reply = obstructed;
    expect(await handlePanelMessage({ ...insert, insertId: 'i2' }, world)).toEqual(obstructed);
    await vi.waitFor(async () =>
      expect(await db.drafts.get(draft.id)).toMatchObject({ insertions: [{ fieldKey: 'k' }] }),
    );
  });

  it('inserts nothing while the panel is covered or unseen, and says why', async () => {
    const insert = insertMessage('x');
    visibility = { obstruction: 'Something on the page covers the Reverie panel' };
    expect(await handlePanelMessage(insert, world)).toEqual({
      outcome: 'obstructed',
      obstruction: 'Something on the page covers the Reverie panel',
    });
    // No answer from the top frame, or one without a verdict, is not safe either.
    for (const unclear of [undefined, { outcome: 'inserted' }]) {
      visibility = unclear;
      expect(await handlePanelMessage(insert, world)).toEqual({
        outcome: 'obstructed',
        obstruction: 'Reverie cannot see the page right now',
      });
    }
    expect(sent.filter((s) => s.msg.type === 'bg:insert')).toEqual([]);
  });

  it('asks before inserting into a page a single-page EHR moved to, then inserts once confirmed', async () => {
    const insert = insertMessage('x');
    const move = { from: '/clients/12/note', to: '/clients/47/note' };
    visibility = { obstruction: null, moved: move };
    expect(await handlePanelMessage(insert, world)).toEqual({ outcome: 'pageMoved', ...move });
    expect(sent.filter((s) => s.msg.type === 'bg:insert')).toEqual([]);
    // Confirmed by the clinician: the note goes in.
    reply = { outcome: 'inserted', fieldKey: 'k' };
    expect(await handlePanelMessage({ ...insert, pageMovedOk: true }, world)).toEqual({
      outcome: 'inserted',
      fieldKey: 'k',
    });
    // A malformed move is no move; a field in the top frame has the insertion script check.
    visibility = { obstruction: null, moved: { from: 3 } };
    expect(await handlePanelMessage({ ...insert, insertId: 'i3' }, world)).toEqual({
      outcome: 'inserted',
      fieldKey: 'k',
    });
    world.targetFrame = async () => 0;
    await handlePanelMessage({ ...insert, insertId: 'i4', pageMovedOk: true }, world);
    expect(sent.at(-1)?.msg).toMatchObject({ type: 'bg:insert', checkPanel: true, pageMovedOk: true });
  });

  it('notes the page each frame shows while the draft is written, once, and keeps the first', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    framesNow = [
      { slot: '1', href: 'http://127.0.0.1/chart/note?client=12#top' },
      { slot: '0', href: 'http://127.0.0.1/nav' },
    ];
    await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world);
    // Noted by the time the save is answered.
    expect(framePages.pages).toEqual({
      [fresh.id]: { '1': 'http://127.0.0.1/chart/note?client=12', '0': 'http://127.0.0.1/nav' },
    });
    // More saves of the same draft, no other field claimed: the frames are not asked again.
    await handlePanelMessage({ type: 'panel:saveDraft', draft: { ...fresh, revision: 1 } }, world);
    expect(world.framePagesNow).toHaveBeenCalledTimes(1);
    // The frame loads another client's chart, a field there is claimed, the draft goes on:
    // its page there stays the first; a frame new since is noted.
    framesNow = [
      { slot: '1', href: 'http://127.0.0.1/chart/note?client=47' },
      { slot: '0', href: 'http://127.0.0.1/nav' },
      { slot: '2', href: 'http://127.0.0.1/letters' },
    ];
    framePages.claim();
    await handlePanelMessage({ type: 'panel:saveDraft', draft: { ...fresh, revision: 2 } }, world);
    expect(world.framePagesNow).toHaveBeenCalledTimes(2);
    expect(framePages.pages).toEqual({
      [fresh.id]: {
        '1': 'http://127.0.0.1/chart/note?client=12',
        '0': 'http://127.0.0.1/nav',
        '2': 'http://127.0.0.1/letters',
      },
    });

    // The insert hands the frame what each frame showed, to compare with its own.
    reply = { outcome: 'inserted', fieldKey: 'k' };
    await handlePanelMessage(insertMessage(fresh.id), world);
    expect(sent.find((s) => s.msg.type === 'bg:insert')?.msg).toMatchObject({
      framePages: { '1': 'http://127.0.0.1/chart/note?client=12' },
      pageMovedOk: false,
    });
  });

  it('tells the panel when the note field’s frame shows another page than while the draft was written', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    const frameMoved = () => handlePanelMessage({ type: 'panel:frameMoved', draftId: fresh.id }, world);
    // Nothing noted for the draft yet: nothing to tell.
    targetPage = { slot: '1', href: 'http://127.0.0.1/chart?client=12' };
    expect(await frameMoved()).toBeNull();

    framesNow = [
      { slot: '0', href: 'http://127.0.0.1/nav' },
      { slot: '1', href: 'http://127.0.0.1/chart?client=12' },
    ];
    await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world);
    expect(await frameMoved()).toBeNull();
    // The clinician clicked into the next client's chart, loaded into the same frame.
    targetPage = { slot: '1', href: 'http://127.0.0.1/chart?client=47' };
    expect(await frameMoved()).toEqual({ from: '/chart?client=12', to: '/chart?client=47', inFrame: true });
    // The frame loaded it with no click since: the field seen last is gone, its frame is asked.
    targetPage = null;
    framesNow = [
      { slot: '0', href: 'http://127.0.0.1/nav?list=today' },
      { slot: '1', href: 'http://127.0.0.1/chart?client=90' },
    ];
    expect(await frameMoved()).toEqual({ from: '/chart?client=12', to: '/chart?client=90', inFrame: true });
    // Only the note field's frame tells: the list's frame moving is no other client.
    framesNow = [
      { slot: '0', href: 'http://127.0.0.1/nav?list=today' },
      { slot: '1', href: 'http://127.0.0.1/chart?client=12' },
    ];
    expect(await frameMoved()).toBeNull();
  });

  it('knows a named frame by its name once the EHR added a frame before it', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    framesNow = [{ slot: '0', href: 'http://127.0.0.1/chart?client=12', name: 'chart' }];
    await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world);
    expect(framePages.pages[fresh.id]).toEqual({
      '0': 'http://127.0.0.1/chart?client=12',
      '@chart': 'http://127.0.0.1/chart?client=12',
    });
    // A messages frame now comes first; the chart frame, second, shows the next client's.
    framesNow = [
      { slot: '0', href: 'http://127.0.0.1/messages' },
      { slot: '1', href: 'http://127.0.0.1/chart?client=47', name: 'chart' },
    ];
    targetPage = framesNow[1]!;
    const moved = { from: '/chart?client=12', to: '/chart?client=47', inFrame: true };
    expect(await handlePanelMessage({ type: 'panel:frameMoved', draftId: fresh.id }, world)).toEqual(moved);
    // A field there claimed and the draft saved again: its page stays the first noted.
    framePages.claim();
    await handlePanelMessage({ type: 'panel:saveDraft', draft: { ...fresh, revision: 1 } }, world);
    expect(framePages.pages[fresh.id]?.['@chart']).toBe('http://127.0.0.1/chart?client=12');
    expect(await handlePanelMessage({ type: 'panel:frameMoved', draftId: fresh.id }, world)).toEqual(moved);
  });

  it('knows an unnamed chart frame made anew by its address but for the query', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    framesNow = [{ slot: '0', href: 'http://127.0.0.1/chart?client=12' }];
    await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world);
    // The chart frame made anew, after the panel's own frame: another place, no name.
    framesNow = [{ slot: '1', href: 'http://127.0.0.1/chart?client=47' }];
    targetPage = framesNow[0]!;
    expect(await handlePanelMessage({ type: 'panel:frameMoved', draftId: fresh.id }, world)).toEqual({
      from: '/chart?client=12',
      to: '/chart?client=47',
      inFrame: true,
    });
    // Not taken for this draft's page there at the next save after a claim.
    framePages.claim();
    await handlePanelMessage({ type: 'panel:saveDraft', draft: { ...fresh, revision: 1 } }, world);
    expect(framePages.pages[fresh.id]).toEqual({ '0': 'http://127.0.0.1/chart?client=12' });
  });

  it('tells nothing for a note field in the top document', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    framesNow = [{ slot: '0', href: 'http://127.0.0.1/ad?n=1' }];
    await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world);
    framesNow = [{ slot: '0', href: 'http://127.0.0.1/ad?n=2' }];
    expect(await handlePanelMessage({ type: 'panel:frameMoved', draftId: fresh.id }, world)).toBeNull();
  });

  it('answers a save although a frame never says where it is', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    // A frame held by the page (an alert open there): without the cap the save never answers.
    vi.mocked(world.framePagesNow).mockImplementation(() => new Promise(() => {}));
    expect(await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world)).toEqual({
      ok: true,
      revision: 1,
    });
  });

  it('takes a frame’s page where the note went as the draft’s page there', async () => {
    const draft = await startedDraft();
    await framePages.record(draft.id, { '1': 'http://127.0.0.1/note?client=12' });
    // The frame moved on: it answers so, and the clinician confirms.
    reply = { outcome: 'pageMoved', from: '/note?client=12', to: '/note?client=47', inFrame: true };
    expect(await handlePanelMessage(insertMessage(draft.id), world)).toEqual(reply);
    targetPage = { slot: '1', href: 'http://127.0.0.1/note?client=47' };
    reply = { outcome: 'inserted', fieldKey: 'k' };
    await handlePanelMessage(insertMessage(draft.id, { insertId: 'i2', pageMovedOk: true }), world);
    await vi.waitFor(() =>
      expect(framePages.pages[draft.id]).toEqual({ '1': 'http://127.0.0.1/note?client=47' }),
    );
    // Not inserted: nothing taken.
    targetPage = { slot: '1', href: 'http://127.0.0.1/note?client=90' };
    reply = { outcome: 'failed', reason: 'no' };
    await handlePanelMessage(insertMessage(draft.id, { insertId: 'i3' }), world);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(framePages.pages[draft.id]).toEqual({ '1': 'http://127.0.0.1/note?client=47' });
  });

  it('notes no frame page for a page without frames, or frames of no address of their own', async () => {
    const fresh = (await handlePanelMessage({ type: 'panel:loadDraft', pageKey: PAGE }, world)) as Draft;
    // No child frame (or none readable): nothing noted, and the insert hands nothing.
    await handlePanelMessage({ type: 'panel:saveDraft', draft: fresh }, world);
    expect(framePages.pages).toEqual({});
    // Frames of no address of their own (about:blank, srcdoc).
    framesNow = [
      { slot: '0', href: 'about:srcdoc' },
      { slot: '1', href: 'about:blank' },
    ];
    framePages.claim();
    await handlePanelMessage({ type: 'panel:saveDraft', draft: { ...fresh, revision: 1 } }, world);
    expect(world.framePagesNow).toHaveBeenCalledTimes(2);
    expect(framePages.pages).toEqual({});
    reply = { outcome: 'inserted', fieldKey: 'k' };
    await handlePanelMessage(insertMessage(fresh.id), world);
    expect(sent.find((s) => s.msg.type === 'bg:insert')?.msg).not.toHaveProperty('framePages');
  });

  it('answers the panel before the insertion is stored', async () => {
    const draft = await startedDraft();
    // The store is held back until the test lets it go.
    const release: (() => void)[] = [];
    const held = new Promise<void>((resolve) => release.push(resolve));
    const exclusive = db.exclusive.bind(db);
    vi.spyOn(db, 'exclusive').mockImplementationOnce(async (work) => {
      await held;
      return exclusive(work);
    });
    reply = { outcome: 'inserted', fieldKey: 'k' };
    const result = await handlePanelMessage(insertMessage(draft.id), world);
    expect(result).toEqual({ outcome: 'inserted', fieldKey: 'k' });
    expect(await db.drafts.get(draft.id)).toMatchObject({ status: 'draft', insertions: [] });
    release[0]!();
    await vi.waitFor(async () => expect(await db.drafts.get(draft.id)).toMatchObject({ status: 'inserted' }));
  });

  it('tells the panel of this tab when the insertion could not be stored', async () => {
    const draft = await startedDraft();
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    reply = { outcome: 'inserted', fieldKey: 'k' };
    const result = await handlePanelMessage(insertMessage(draft.id, { insertId: 'i9' }), world);
    expect(result).toEqual({ outcome: 'inserted', fieldKey: 'k' });
    await vi.waitFor(() =>
      expect(world.notifyPanel).toHaveBeenCalledWith({
        type: 'bg:insertNotRecorded',
        insertId: 'i9',
        failure: 'storage-full',
      }),
    );
  });

  it('records nothing when the content script did not insert', async () => {
    const draft = await startedDraft();
    reply = { outcome: 'duplicate', fieldKey: 'k' };
    await handlePanelMessage(insertMessage(draft.id, { insertedInto: ['k'] }), world);
    expect(await db.drafts.get(draft.id)).toMatchObject({ status: 'draft', insertions: [] });
  });

  it('reports a gone frame or a silent one as a failure the panel can explain', async () => {
    world.sendToFrame = async (_frameId, msg) => {
      if (msg.type === 'bg:checkPanel') return visibility;
      throw new Error('Could not establish connection');
    };
    const gone = await handlePanelMessage(insertMessage('x'), world);
    expect(gone).toMatchObject({ outcome: 'failed' });
    world.sendToFrame = async (_frameId, msg) => (msg.type === 'bg:checkPanel' ? visibility : undefined);
    const silent = await handlePanelMessage(insertMessage('x'), world);
    expect(silent).toMatchObject({
      outcome: 'failed',
      reason: expect.stringContaining('click into the note field'),
    });
  });

  it('asks the top frame to close the panel', async () => {
    await handlePanelMessage({ type: 'panel:close' }, world);
    expect(sent).toEqual([{ frameId: 0, msg: { type: 'bg:closePanel' } }]);
  });
});
