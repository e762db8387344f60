/**
 * What the background does for each panel message. Plain functions with their world
 * handed in, so unit tests call them directly.
 */
import type { DraftsDatabase } from '@/lib/drafts/db';
import { findLatestDraft, markInserted, newDraft, saveDraft } from '@/lib/drafts/repository';
import type { BackgroundToContentMessage, InsertOutcome, PanelMessage } from '@/lib/messages';
import { PSYCHODYNAMIC_PROGRESS } from '@/lib/note/templates';

export interface PanelWorld {
  db: DraftsDatabase;
  tabId: number;
  now: () => number;
  newId: () => string;
  /** Sends to the content script of one frame of the panel's tab. */
  sendToFrame: (frameId: number, msg: BackgroundToContentMessage) => Promise<unknown>;
  targetFrame: () => Promise<number>;
}

export async function handlePanelMessage(msg: PanelMessage, world: PanelWorld): Promise<unknown> {
  switch (msg.type) {
    case 'panel:loadDraft':
      // A page without a draft gets a fresh one, stored only once something is typed.
      return (
        (await findLatestDraft(world.db, msg.pageKey)) ??
        newDraft(msg.pageKey, '', PSYCHODYNAMIC_PROGRESS.id, world.now(), world.newId())
      );
    case 'panel:newDraft': {
      const draft = newDraft(
        msg.pageKey,
        msg.clientLabel,
        PSYCHODYNAMIC_PROGRESS.id,
        world.now(),
        world.newId(),
      );
      const revision = await saveDraft(world.db, draft, world.now());
      return { ...draft, revision };
    }
    case 'panel:saveDraft':
      return { revision: await saveDraft(world.db, msg.draft, world.now()) };
    case 'panel:insert':
      return insertViaTarget(msg, world);
    case 'panel:close':
      await world.sendToFrame(0, { type: 'bg:closePanel' });
      return undefined;
  }
}

async function insertViaTarget(
  msg: Extract<PanelMessage, { type: 'panel:insert' }>,
  world: PanelWorld,
): Promise<InsertOutcome> {
  const frameId = await world.targetFrame();
  let outcome: InsertOutcome;
  try {
    outcome = (await world.sendToFrame(frameId, {
      type: 'bg:insert',
      note: msg.note,
      insertedInto: msg.insertedInto,
      force: msg.force,
    })) as InsertOutcome;
  } catch {
    outcome = {
      outcome: 'failed',
      reason: 'The note field’s frame is gone — click into the field and try again',
    };
  }
  if (!outcome || typeof outcome !== 'object') {
    outcome = { outcome: 'failed', reason: 'No note field selected — click into the note field first' };
  }
  if (outcome.outcome === 'inserted')
    await markInserted(world.db, msg.draftId, outcome.fieldKey, world.now());
  return outcome;
}
