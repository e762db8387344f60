/**
 * The panel's `Insert note`, in one round trip from the panel. The clickjacking guard (is
 * the panel safely visible in the top frame?) is checked before the note goes into any
 * field: for a field in the top frame, by the insertion script there, in the insert's own
 * message; for a field in a child frame, asked of the top frame side by side with readying
 * the target frame, and the note is sent there only once the guard says it is safe.
 * The panel is answered as soon as the note is in and read back; the insertion is stored
 * after, and a failure to store it is pushed to the panel (bg:insertNotRecorded).
 */
import { LockedError } from '@/lib/drafts/codec';
import { markInserted } from '@/lib/drafts/repository';
import { classifyWriteError } from '@/lib/drafts/write-errors';
import { PANEL_UNSEEN, type PanelState } from '@/lib/insert/frame-handoff';
import type { PanelMessage, PanelResponse, RecordFailure } from '@/lib/messages';
import type { FramePage } from '@/lib/frame-page';
import { namedSlotOf, notedPageOf, type DraftFramePages } from '@/lib/frame-pages';
import { frameMoveOf, framePageKeyOf, type PageMove, type PanelPage } from '@/lib/page-move';
import { BACKGROUND_MARKS, markBackground } from '@/lib/open-marks';
import type { PanelWorld } from './panel-handlers';

type InsertMessage = Extract<PanelMessage, { type: 'panel:insert' }>;

/**
 * What the top frame's content script says of the panel now: why it is not safely visible
 * (or not the frame Reverie built: `mounts` are the asking panel's tokens), or null, and
 * whether the page moved since it opened (lib/insert/frame-handoff.ts).
 */
export async function panelState(world: PanelWorld, mounts: string[]): Promise<PanelState> {
  const answer = (await world.sendToFrame(0, { type: 'bg:checkPanel', mounts }).catch(() => null)) as {
    obstruction?: unknown;
    moved?: unknown;
  } | null;
  // Anything but a clear answer (no content script there, a malformed reply) is not safe.
  const obstruction = answer?.obstruction;
  const moved = answer?.moved as Partial<PageMove> | null | undefined;
  return {
    obstruction: obstruction === null || typeof obstruction === 'string' ? obstruction : PANEL_UNSEEN,
    moved:
      typeof moved?.from === 'string' && typeof moved.to === 'string'
        ? { from: moved.from, to: moved.to }
        : null,
  };
}

/**
 * The top page's key now and the one the open panel holds its note for, as the top frame's
 * content script says; null when it cannot be asked or the panel is closed.
 */
export async function panelPage(world: PanelWorld): Promise<PanelPage | null> {
  const answer = (await world
    .sendToFrame(0, { type: 'bg:panelPage' })
    .catch(() => null)) as Partial<PanelPage> | null;
  return typeof answer?.shown === 'string' && typeof answer.panelFor === 'string'
    ? { shown: answer.shown, panelFor: answer.panelFor }
    : null;
}

export async function insertViaTarget(
  msg: InsertMessage,
  world: PanelWorld,
): Promise<PanelResponse<'panel:insert'>> {
  markBackground(BACKGROUND_MARKS.insertAsked);
  const frameId = await world.targetFrame();
  // In the top frame, the insertion script asks the guard itself: one round trip fewer.
  const checkPanel = frameId === 0;
  // What the frames showed while this draft was written (framed EHRs): the insertion
  // script compares the field's own frame, which it knows now, not as of its last focus.
  const framesWrittenOn = world.framePages.ofDraft(msg.draftId).catch(() => ({}));
  if (checkPanel) await world.prepareInsert(frameId).catch(() => {});
  else {
    // Readying the frame (injecting the insertion script) touches no field: it may overlap
    // the check. The note itself leaves only after the check said the panel is visible.
    const [{ obstruction, moved }] = await Promise.all([
      panelState(world, msg.mounts),
      world.prepareInsert(frameId).catch(() => {}),
    ]);
    if (obstruction) return { outcome: 'obstructed', obstruction };
    if (moved && !msg.pageMovedOk) return { outcome: 'pageMoved', ...moved };
  }
  const framePages = await framesWrittenOn;
  let outcome: PanelResponse<'panel:insert'>;
  try {
    outcome = (await world.sendToFrame(frameId, {
      type: 'bg:insert',
      note: msg.note,
      insertedInto: msg.insertedInto,
      force: msg.force,
      insertId: msg.insertId,
      ...(checkPanel && { checkPanel, mounts: msg.mounts, pageMovedOk: msg.pageMovedOk }),
      ...(Object.keys(framePages).length > 0 && { framePages, pageMovedOk: msg.pageMovedOk }),
    })) as PanelResponse<'panel:insert'>;
  } catch {
    outcome = {
      outcome: 'failed',
      reason: 'The note field’s frame is gone — click into the field and try again',
    };
  }
  if (!outcome || typeof outcome !== 'object') {
    outcome = { outcome: 'failed', reason: 'No note field selected — click into the note field first' };
  }
  if (outcome.outcome === 'inserted') {
    void recordInsertion(msg, outcome.fieldKey, world);
    void world
      .targetPage(frameId)
      .then((page) => {
        if (page) void world.framePages.fieldSeenIn(page.slot).catch(() => {});
        return noteWentTo(msg.draftId, world, page ? [page] : []);
      })
      .catch(() => {});
  }
  return outcome;
}

/**
 * Notes the page each frame of the tab shows while the draft is written (looked at once per
 * draft and clicked field; a frame keeps the page first noted). A framed EHR that then loads
 * another client's chart into a frame has the next insert or fill there ask first
 * (lib/page-move.ts, frameMoveOf). A field in the top document is on the page itself,
 * checked by its own address (the panel's `moved`).
 */
export async function noteFramePages(draftId: string, world: PanelWorld): Promise<void> {
  if (world.framePages.looked(draftId)) return;
  // The field's frame is for the panel's notice only: the save's answer does not wait on it.
  void fieldFramePage(world).catch(() => {});
  const [now, noted] = await Promise.all([world.framePagesNow(), world.framePages.ofDraft(draftId)]);
  const fresh = framePagesRecord(now.filter((page) => !notedPageOf(noted, page)));
  if (Object.keys(fresh).length > 0) await world.framePages.record(draftId, fresh);
}

/** The frame page of the note field tracked now (null: the top document, or none), its slot kept. */
async function fieldFramePage(world: PanelWorld): Promise<FramePage | null> {
  const page = await world.targetPage(await world.targetFrame());
  if (page) await world.framePages.fieldSeenIn(page.slot);
  return page;
}

/**
 * For the panel's notice: the note field's frame shows another page than while this draft
 * was written there (a framed EHR loaded another client's chart), or null. The field
 * tracked now, or, when the frame has left the page that held it, the frame that did.
 */
export async function frameMovedSince(draftId: string, world: PanelWorld): Promise<PageMove | null> {
  const noted = await world.framePages.ofDraft(draftId);
  if (Object.keys(noted).length === 0) return null;
  const tracked = await fieldFramePage(world);
  const slot = tracked?.slot ?? (await world.framePages.fieldSlot());
  if (slot === undefined) return null;
  const page = tracked ?? (await world.framePagesNow()).find((p) => p.slot === slot);
  const writtenOn = page && notedPageOf(noted, page);
  return page && writtenOn ? frameMoveOf(writtenOn, page.href) : null;
}

/**
 * Where a note just went: that frame's page is now the draft's page there (confirmed, if
 * it had moved), so a later insert or fill asks only if the frame moves on again.
 */
export async function noteWentTo(draftId: string, world: PanelWorld, pages: FramePage[]): Promise<void> {
  const went = framePagesRecord(pages);
  if (Object.keys(went).length > 0) await world.framePages.record(draftId, went);
}

/**
 * Frame pages as the record keeps them: slot → page key, and a named frame's name too
 * (lib/frame-pages.ts, notedPageOf). Frames of no address of their own are left out.
 */
function framePagesRecord(pages: FramePage[]): DraftFramePages {
  const record: DraftFramePages = {};
  for (const page of pages) {
    const key = framePageKeyOf(page.href);
    if (!key) continue;
    record[page.slot] = key;
    const named = namedSlotOf(page);
    if (named !== null) record[named] = key;
  }
  return record;
}

/** Stores where the note went; a refusal is told to the panel that asked, never dropped. */
export async function recordInsertion(
  msg: InsertMessage,
  fieldKey: string,
  world: PanelWorld,
): Promise<void> {
  try {
    await markInserted(world.db, msg.draftId, fieldKey, world.now());
  } catch (error) {
    const failure: RecordFailure = error instanceof LockedError ? 'locked' : classifyWriteError(error);
    world.notifyPanel({ type: 'bg:insertNotRecorded', insertId: msg.insertId, failure });
  }
}
