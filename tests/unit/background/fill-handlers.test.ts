/** "Fill fields" in the background: picking stores a validated map per site; fill reports every part. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlePanelMessage, type PanelWorld } from '@/entrypoints/background/panel-handlers';
import { DraftsDatabase } from '@/lib/drafts/db';
import type { Draft } from '@/lib/drafts/model';
import type { FieldTarget } from '@/lib/fill/field-maps';
import { memoryFramePages, memoryStore } from './memory-store';

let db: DraftsDatabase;
let world: PanelWorld;
let fieldMaps: ReturnType<typeof memoryStore<unknown>>;
let n = 0;

const PAGE = 'http://127.0.0.1:5000/patients/7?visit=3';

/** A new note from the panel: the draft the background started. */
const startedDraft = async () =>
  (
    (await handlePanelMessage({ type: 'panel:newDraft', pageKey: PAGE, clientLabel: '' }, world)) as {
      draft: Draft;
    }
  ).draft;
const SITE = 'http://127.0.0.1:5000';
const part = (key: string) => ({ key, note: { text: `${key} text`, html: `<p>${key} text</p>` } });

beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`fill-${n}`);
  fieldMaps = memoryStore<unknown>(undefined);
  world = {
    db,
    tabId: 7,
    now: () => 1000,
    newId: () => 'draft-1',
    sendToFrame: vi.fn(async () => undefined),
    targetFrame: async () => 0,
    prepareInsert: async () => {},
    framePages: memoryFramePages(),
    targetPage: async () => null,
    framePagesNow: async () => [],
    broadcast: vi.fn(async () => undefined),
    notifyPanel: vi.fn(),
    retention: { get: async () => ({ insertedDays: null }), set: async () => {} },
    templates: { get: async () => [] },
    fields: {
      pick: vi.fn(async () => ({ path: ['@label Plan'], label: 'Plan' })),
      step: vi.fn(async () => ({ label: 'Plan', index: 3, count: 4 })),
      choose: vi.fn(async () => true),
      cancel: vi.fn(async () => {}),
      hovered: vi.fn(async () => {}),
      fill: vi.fn(async ({ path }: FieldTarget) =>
        path[0] === '@label Gone'
          ? { outcome: 'missing' as const, matches: 0 }
          : { outcome: 'inserted' as const, fieldKey: `${SITE}/x ${path[0]}` },
      ),
      pagesOf: vi.fn(async (targets: FieldTarget[]) => targets.map(() => null)),
    },
    fieldMaps,
  };
});
afterEach(async () => {
  await db.delete();
});

describe('fill handlers', () => {
  it('stores a picked field under the site and the part, and lists it', async () => {
    const answer = await handlePanelMessage({ type: 'panel:pickField', pageKey: PAGE, key: 'Plan' }, world);
    expect(answer).toEqual({ picked: { path: ['@label Plan'], label: 'Plan' } });
    expect(fieldMaps.value).toEqual({ [SITE]: { Plan: { path: ['@label Plan'], label: 'Plan' } } });
    const other = 'http://127.0.0.1:5000/another/page';
    expect(await handlePanelMessage({ type: 'panel:fieldMap', pageKey: other }, world)).toEqual({
      Plan: { path: ['@label Plan'], label: 'Plan' },
    });
    await handlePanelMessage({ type: 'panel:forgetField', pageKey: PAGE, key: 'Plan' }, world);
    expect(await handlePanelMessage({ type: 'panel:fieldMap', pageKey: PAGE }, world)).toEqual({});
  });

  it('stores nothing when picking is cancelled or the page is unreachable', async () => {
    vi.mocked(world.fields.pick).mockResolvedValueOnce(null);
    expect(await handlePanelMessage({ type: 'panel:pickField', pageKey: PAGE, key: 'Plan' }, world)).toEqual({
      picked: null,
      reason: 'Picking cancelled',
    });
    vi.mocked(world.fields.pick).mockRejectedValueOnce(new Error('no access'));
    const failed = await handlePanelMessage({ type: 'panel:pickField', pageKey: PAGE, key: 'Plan' }, world);
    expect(failed).toMatchObject({ picked: null });
    expect(fieldMaps.value).toBeUndefined();
  });

  it('stores a field picked in a cross-origin frame with its frame, and hands the frame to the filler', async () => {
    const frame = { origin: 'http://notes.clinic.test:8443', path: '/editor.html' };
    vi.mocked(world.fields.pick).mockResolvedValueOnce({ path: ['#assessment'], label: 'Assessment', frame });
    await handlePanelMessage({ type: 'panel:pickField', pageKey: PAGE, key: 'Assessment' }, world);
    expect(fieldMaps.value).toEqual({
      [SITE]: { Assessment: { path: ['#assessment'], label: 'Assessment', frame } },
    });
    const draft = await startedDraft();
    await handlePanelMessage(
      { type: 'panel:fillFields', pageKey: PAGE, draftId: draft.id, parts: [part('Assessment')] },
      world,
    );
    expect(world.fields.fill).toHaveBeenCalledWith(
      { path: ['#assessment'], label: 'Assessment', frame },
      part('Assessment').note,
    );
  });

  it('refuses to store a picked field it could not read back (an opaque frame origin)', async () => {
    vi.mocked(world.fields.pick).mockResolvedValueOnce({
      path: ['#a'],
      label: 'A',
      frame: { origin: 'null', path: '/x' },
    });
    const answer = await handlePanelMessage({ type: 'panel:pickField', pageKey: PAGE, key: 'Plan' }, world);
    expect(answer).toMatchObject({ picked: null });
    expect(fieldMaps.value).toBeUndefined();
  });

  it('ignores a damaged stored map instead of following it', async () => {
    fieldMaps.value = { [SITE]: { Plan: { path: 'not a list', label: 'Plan' } } };
    expect(await handlePanelMessage({ type: 'panel:fieldMap', pageKey: PAGE }, world)).toEqual({});
  });

  it('fills each mapped part once, says which field is missing and which part has none', async () => {
    fieldMaps.value = {
      [SITE]: {
        Subjective: { path: ['@label Subjective'], label: 'Subjective' },
        Plan: { path: ['@label Gone'], label: 'Plan' },
      },
    };
    const draft = await startedDraft();
    const results = await handlePanelMessage(
      {
        type: 'panel:fillFields',
        pageKey: PAGE,
        draftId: draft.id,
        parts: [part('Subjective'), part('Plan'), part('Objective')],
      },
      world,
    );
    expect(results).toEqual({
      outcome: 'filled',
      results: [
        {
          key: 'Subjective',
          label: 'Subjective',
          outcome: 'inserted',
          fieldKey: `${SITE}/x @label Subjective`,
        },
        { key: 'Plan', label: 'Plan', outcome: 'missing', matches: 0 },
        { key: 'Objective', label: '', outcome: 'unmapped' },
      ],
    });
    expect(world.fields.fill).toHaveBeenCalledTimes(2);
    expect(world.fields.fill).toHaveBeenCalledWith(
      { path: ['@label Subjective'], label: 'Subjective' },
      part('Subjective').note,
    );
    expect(await db.drafts.get(draft.id)).toMatchObject({
      status: 'inserted',
      insertions: [{ fieldKey: `${SITE}/x @label Subjective`, at: 1000 }],
    });
  });

  it('fills nothing when a field’s frame shows another page than while the note was written, until confirmed', async () => {
    const frame = { origin: 'http://notes.clinic.test:8443', path: '/chart.html' };
    fieldMaps.value = {
      [SITE]: {
        Subjective: { path: ['@label Subjective'], label: 'Subjective' },
        Plan: { path: ['#plan'], label: 'Plan', frame },
      },
    };
    const draft = await startedDraft();
    // Written while the chart frame showed client 12's chart; it shows client 47's now.
    await world.framePages.record(draft.id, { '0': 'http://notes.clinic.test:8443/chart.html?client=12' });
    vi.mocked(world.fields.pagesOf).mockImplementation(async (targets) =>
      targets.map((t) =>
        t.frame ? { slot: '0', href: 'http://notes.clinic.test:8443/chart.html?client=47#top' } : null,
      ),
    );
    const fill = (pageMovedOk?: boolean) =>
      handlePanelMessage(
        {
          type: 'panel:fillFields',
          pageKey: PAGE,
          draftId: draft.id,
          parts: [part('Subjective'), part('Plan')],
          ...(pageMovedOk !== undefined && { pageMovedOk }),
        },
        world,
      );

    // Asked before any field is touched: the page's own field is not filled either.
    expect(await fill()).toEqual({
      outcome: 'pageMoved',
      from: '/chart.html?client=12',
      to: '/chart.html?client=47',
      inFrame: true,
    });
    expect(world.fields.pagesOf).toHaveBeenCalledWith([
      { path: ['@label Subjective'], label: 'Subjective' },
      { path: ['#plan'], label: 'Plan', frame },
    ]);
    expect(world.fields.fill).not.toHaveBeenCalled();
    expect(await fill(false)).toMatchObject({ outcome: 'pageMoved' });
    expect(world.fields.fill).not.toHaveBeenCalled();

    // Confirmed: both filled, and the chart shown is the draft's page in that frame now.
    expect(await fill(true)).toMatchObject({ outcome: 'filled' });
    expect(world.fields.fill).toHaveBeenCalledTimes(2);
    expect(await world.framePages.ofDraft(draft.id)).toEqual({
      '0': 'http://notes.clinic.test:8443/chart.html?client=47',
    });
    // So the next fill there does not ask again.
    expect(await fill()).toMatchObject({ outcome: 'filled' });
  });

  it('fills without a question where the frame shows the page the note was written on, or was never noted', async () => {
    const frame = { origin: 'http://notes.clinic.test:8443', path: '/chart.html' };
    fieldMaps.value = { [SITE]: { Plan: { path: ['#plan'], label: 'Plan', frame } } };
    const draft = await startedDraft();
    const fill = () =>
      handlePanelMessage(
        { type: 'panel:fillFields', pageKey: PAGE, draftId: draft.id, parts: [part('Plan')] },
        world,
      );
    vi.mocked(world.fields.pagesOf).mockResolvedValue([
      { slot: '0', href: 'http://notes.clinic.test:8443/chart.html?client=12' },
    ]);
    // Never noted (the frame came after the draft's saves): nothing to compare with.
    expect(await fill()).toMatchObject({ outcome: 'filled' });
    await world.framePages.record(draft.id, { '0': 'http://notes.clinic.test:8443/chart.html?client=12' });
    expect(await fill()).toMatchObject({ outcome: 'filled' });
    // A frame the filler cannot read: no question, as for Insert.
    vi.mocked(world.fields.pagesOf).mockRejectedValue(new Error('gone'));
    expect(await fill()).toMatchObject({ outcome: 'filled' });
    expect(world.fields.fill).toHaveBeenCalledTimes(3);
  });
});
