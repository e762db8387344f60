/**
 * Runs "Fill fields" in a tab: injects the on-demand page script (entrypoints/fill-fields)
 * into every frame it may reach, then calls the functions it leaves there. Both run in
 * the extension's isolated world of each frame, so they share the window the script set
 * up; a call answers with what the function returns (or resolves to).
 *
 * Only "root" frames take part: the top frame (which reaches its same-origin frames and
 * open shadow roots itself) and each cross-origin frame. Picking runs in all of them at
 * once: the first to finish (a field clicked or chosen, or Escape) ends the others.
 * Keyboard steps run through all their fields as one list (lib/fill/frames.ts).
 *
 * What the store build reaches: it has activeTab plus the optional host permissions the
 * clinician granted ("Always run on this site", one origin at a time). activeTab grants
 * the top page's origin only, so `allFrames` injection reaches the top frame and the
 * frames of that same origin; a cross-origin frame (an EHR's note module served from
 * another host) is left out unless its origin was granted as well (the injection skips
 * frames it may not enter, as panel-toggle.ts's allFrames injection relies on; not
 * proven end to end, since the e2e build carries host permissions). Its fields are then neither offered by the picker nor filled — a field mapped
 * there is reported missing. The e2e build has host permissions for both loopback names,
 * so there every frame takes part. The manifest is deliberately not widened for this.
 */
import { browser } from 'wxt/browser';
import { framesFor, settleFrame, stepAcross, type FrameInfo } from '@/lib/fill/frames';
import type { FieldFillOutcome } from '@/lib/fill/report';
import type { FramePage } from '@/lib/frame-page';
import type { FieldTarget, PickHighlight, RenderedNote } from '@/lib/messages';
import type { FieldsApi, FrameSelf } from '../fill-fields';

const SCRIPT = '/fill-fields.js';

/** What the background needs from a tab for "Fill fields" (a fake in unit tests). */
export interface FieldsTab {
  pick(): Promise<FieldTarget | null>;
  step(delta: 1 | -1): Promise<PickHighlight | null>;
  choose(): Promise<boolean>;
  cancel(): Promise<void>;
  /** The pointer moved onto a field in `frameId`: the other frames drop their highlight. */
  hovered(frameId: number): Promise<void>;
  fill(target: FieldTarget, note: RenderedNote): Promise<FieldFillOutcome>;
  /**
   * The frame page of each target's field now (lib/frame-page.ts), in order; null for a
   * field in the top document, or not found.
   */
  pagesOf(targets: FieldTarget[]): Promise<(FramePage | null)[]>;
}

type Op = keyof FieldsApi;
/** What a frame answered; frames answering nothing (null, undefined) are left out. */
type Result<K extends Op> = NonNullable<Awaited<ReturnType<FieldsApi[K]>>>;

/** Serialised into the page: must not close over anything. */
function callInPage(op: Op, args: unknown[]): unknown {
  const api = (window as unknown as Record<symbol, Record<Op, (...a: unknown[]) => unknown> | undefined>)[
    Symbol.for('reverie.fields')
  ];
  return api ? api[op](...args) : null;
}

type Frames = number[] | 'all';

/** Calls `op` in the frames given; frames that could not run it (gone, not allowed) are left out. */
async function run<K extends Op>(
  tabId: number,
  frames: Frames,
  op: K,
  args: unknown[] = [],
): Promise<{ frameId: number; result: Result<K> }[]> {
  if (frames !== 'all' && frames.length === 0) return [];
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  const injections = await browser.scripting.executeScript({ target, func: callInPage, args: [op, args] });
  return injections
    .filter((i) => !(i as { error?: unknown }).error && i.result !== null && i.result !== undefined)
    .map((i) => ({ frameId: i.frameId, result: i.result as Result<K> }));
}

/** The frames taking part, the top frame first. */
async function rootFrames(tabId: number): Promise<(FrameInfo & { top: boolean })[]> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT] });
  const selves = await run(tabId, 'all', 'describe');
  return selves
    .filter((s): s is { frameId: number; result: FrameSelf } => s.result.root)
    .map(({ frameId, result }) => ({ frameId, origin: result.origin, path: result.path, top: result.top }))
    .toSorted((a, b) => Number(b.top) - Number(a.top) || a.frameId - b.frameId);
}

const ids = (frames: FrameInfo[]) => frames.map((f) => f.frameId);

/** The first answer of any frame; rejects only when every frame failed. */
function firstAnswer<T>(answers: Promise<T>[]): Promise<T> {
  return new Promise((resolve, reject) => {
    let failed = 0;
    for (const answer of answers)
      answer.then(resolve, (error: unknown) => {
        failed += 1;
        if (failed === answers.length) reject(error);
      });
  });
}

async function pick(tabId: number): Promise<FieldTarget | null> {
  const frames = await rootFrames(tabId);
  if (frames.length === 0) throw new Error('no frame to pick in');
  const picks = frames.map(async (f) => {
    const [answer] = await run(tabId, [f.frameId], 'pick');
    // A frame that lost the script (it navigated) has no say in how picking ends.
    if (!answer) throw new Error('the frame did not answer');
    return answer.result.picked;
  });
  try {
    return await firstAnswer(picks);
  } finally {
    // Picked (or cancelled) in one frame: the others stop highlighting.
    await run(tabId, ids(frames), 'cancel').catch(() => {});
  }
}

async function step(tabId: number, delta: 1 | -1): Promise<PickHighlight | null> {
  const frames = await rootFrames(tabId);
  const answers = await run(tabId, ids(frames), 'fields');
  const counts = frames.map(
    (f) => answers.find((a) => a.frameId === f.frameId)?.result ?? { count: 0, at: -1 },
  );
  const next = stepAcross(counts, delta);
  if (!next) return null;
  const frameId = frames[next.frame]!.frameId;
  const [shown] = await run(tabId, [frameId], 'highlight', [next.index]);
  await run(
    tabId,
    ids(frames).filter((id) => id !== frameId),
    'clear',
  );
  return shown ? { ...shown.result, index: next.position, count: next.total } : null;
}

/**
 * The frame a field's mapping points to: the top page's tree (frame 0), or the one frame at
 * the stored address whose document holds exactly one match (a frame that is gone, or a
 * field gone from it, is reported missing like any other field).
 */
async function frameOf(
  tabId: number,
  target: FieldTarget,
  roots: () => Promise<(FrameInfo & { top: boolean })[]>,
): Promise<{ frameId: number } | { matches: number }> {
  if (!target.frame) return { frameId: 0 };
  const frames = framesFor(
    target.frame,
    (await roots()).filter((f) => !f.top),
  );
  const found = await run(tabId, ids(frames), 'locate', [target.path]);
  return settleFrame(found.map((f) => ({ frameId: f.frameId, matches: f.result })));
}

async function fill(tabId: number, target: FieldTarget, note: RenderedNote): Promise<FieldFillOutcome> {
  if (!target.frame)
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SCRIPT] });
  const at = await frameOf(tabId, target, () => rootFrames(tabId));
  if (!('frameId' in at)) return { outcome: 'missing', matches: at.matches };
  const [answer] = await run(tabId, [at.frameId], 'fill', [target.path, note]);
  if (!answer) throw new Error('the frame did not answer');
  return answer.result;
}

async function pagesOf(tabId: number, targets: FieldTarget[]): Promise<(FramePage | null)[]> {
  // The script in every frame, and who answers, once for all the targets.
  const frames = await rootFrames(tabId);
  const pages: (FramePage | null)[] = [];
  for (const target of targets) {
    const at = await frameOf(tabId, target, () => Promise.resolve(frames));
    const [answer] = 'frameId' in at ? await run(tabId, [at.frameId], 'pageOf', [target.path]) : [];
    pages.push(answer?.result ?? null);
  }
  return pages;
}

export function fieldsTab(tabId: number): FieldsTab {
  return {
    pick: () => pick(tabId),
    step: (delta) => step(tabId, delta),
    choose: async () => (await run(tabId, ids(await rootFrames(tabId)), 'choose')).some((a) => a.result),
    cancel: async () => void (await run(tabId, ids(await rootFrames(tabId)), 'cancel')),
    hovered: async (frameId) => {
      const others = ids(await rootFrames(tabId)).filter((id) => id !== frameId);
      await run(tabId, others, 'clear');
    },
    fill: (target, note) => fill(tabId, target, note),
    pagesOf: (targets) => pagesOf(tabId, targets),
  };
}
