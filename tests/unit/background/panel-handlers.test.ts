import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlePanelMessage, type PanelWorld } from '@/entrypoints/background/panel-handlers';
import { DraftsDatabase } from '@/lib/drafts/db';
import type { Draft } from '@/lib/drafts/model';
import type { BackgroundToContentMessage } from '@/lib/messages';

let db: DraftsDatabase;
let world: PanelWorld;
let sent: { frameId: number; msg: BackgroundToContentMessage }[];
let reply: unknown;
let n = 0;

beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`handlers-${n}`);
  sent = [];
  reply = undefined;
  let id = 0;
  world = {
    db,
    tabId: 7,
    now: () => 1000,
    newId: () => `id-${++id}`,
    sendToFrame: vi.fn(async (frameId, msg) => {
      sent.push({ frameId, msg });
      return reply;
    }),
    targetFrame: async () => 3,
    broadcast: vi.fn(async () => undefined),
    retention: { get: async () => ({ insertedDays: null }), set: async () => {} },
    templates: { get: async () => [] },
    fields: {
      pick: vi.fn(async () => null),
      step: vi.fn(async () => null),
      choose: vi.fn(async () => false),
      cancel: vi.fn(async () => {}),
      hovered: vi.fn(async () => {}),
      fill: vi.fn(async () => ({ outcome: 'missing' as const, matches: 0 })),
    },
    fieldMaps: { get: async () => undefined, set: async () => {} },
  };
});
afterEach(async () => {
  await db.delete();
});

const PAGE = 'http://127.0.0.1/note';
const note = { text: 'Note', html: '<p>Note</p>' };

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
    const draft = (await handlePanelMessage(
      { type: 'panel:newDraft', pageKey: PAGE, clientLabel: '' },
      world,
    )) as {
      id: string;
    };
    reply = { outcome: 'inserted', fieldKey: 'k' };
    const result = await handlePanelMessage(
      { type: 'panel:insert', note, draftId: draft.id, insertedInto: [], force: false },
      world,
    );
    expect(result).toEqual({ outcome: 'inserted', fieldKey: 'k' });
    expect(sent).toEqual([{ frameId: 3, msg: { type: 'bg:insert', note, insertedInto: [], force: false } }]);
    expect(await db.drafts.get(draft.id)).toMatchObject({
      status: 'inserted',
      insertions: [{ fieldKey: 'k', at: 1000 }],
    });
  });

  it('records nothing when the content script did not insert', async () => {
    const draft = (await handlePanelMessage(
      { type: 'panel:newDraft', pageKey: PAGE, clientLabel: '' },
      world,
    )) as {
      id: string;
    };
    reply = { outcome: 'duplicate', fieldKey: 'k' };
    await handlePanelMessage(
      { type: 'panel:insert', note, draftId: draft.id, insertedInto: ['k'], force: false },
      world,
    );
    expect(await db.drafts.get(draft.id)).toMatchObject({ status: 'draft', insertions: [] });
  });

  it('reports a gone frame or a silent one as a failure the panel can explain', async () => {
    world.sendToFrame = async () => {
      throw new Error('Could not establish connection');
    };
    const gone = await handlePanelMessage(
      { type: 'panel:insert', note, draftId: 'x', insertedInto: [], force: false },
      world,
    );
    expect(gone).toMatchObject({ outcome: 'failed' });
    world.sendToFrame = async () => undefined;
    const silent = await handlePanelMessage(
      { type: 'panel:insert', note, draftId: 'x', insertedInto: [], force: false },
      world,
    );
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
