/**
 * What the background does for each panel message. Plain functions with their world
 * handed in, so unit tests call them directly.
 */
import type { DraftsDatabase } from '@/lib/drafts/db';
import { LIST_LIMIT } from '@/lib/drafts-paging';
import { BACKGROUND_MARKS, markBackground } from '@/lib/open-marks';
import { listPage, moveToTrash, restoreFromTrash, type RetentionRule } from '@/lib/drafts/listing';
import { findLatestDraft, getDraft, newDraft, saveDraft, type SaveResult } from '@/lib/drafts/repository';
import { classifyWriteError, type WriteFailure } from '@/lib/drafts/write-errors';
import type {
  BackgroundToContentMessage,
  Draft,
  BackgroundToPanelMessage,
  PanelMessage,
} from '@/lib/messages';
import { findLastNote } from '@/lib/note/carry-forward';
import { resolveTemplates } from '@/lib/note/template-store';
import type { FieldsTab } from './fields-tab';
import type { TabFramePages } from './frame-pages';
import type { FramePage } from '@/lib/frame-page';
import { handleFillMessage, type FieldMapStore } from './fill-handlers';
import { frameMovedSince, insertViaTarget, noteFramePages, panelPage, panelState } from './insert-handler';
import { PSYCHODYNAMIC_PROGRESS } from '@/lib/note/templates';
import type { TemplateSettings } from './template-settings';

/** How long a save's answer waits at most for the tab's frames to say their addresses. */
export const FRAME_PAGE_WAIT_MS = 200;

/** How long New note waits at most for the page to say where it is now. */
const NEW_NOTE_LOOK_MS = 1000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface PanelWorld {
  db: DraftsDatabase;
  tabId: number;
  now: () => number;
  newId: () => string;
  /** Sends to the content script of one frame of the panel's tab. */
  sendToFrame: (frameId: number, msg: BackgroundToContentMessage) => Promise<unknown>;
  targetFrame: () => Promise<number>;
  /** Readies a frame for `bg:insert` (injects the insertion script there if need be). */
  prepareInsert: (frameId: number) => Promise<void>;
  /** What each frame of the tab showed while a draft was written (framed EHRs). */
  framePages: TabFramePages;
  /**
   * Which child frame holds the field tracked in `frameId`, and its address now, read
   * there (lib/frame-page.ts); null for a field in the top document or where Reverie may
   * not run.
   */
  targetPage: (frameId: number) => Promise<FramePage | null>;
  /** The page each child frame of the tab shows now, read in each (where Reverie may run). */
  framePagesNow: () => Promise<FramePage[]>;
  /** Tells every open panel (other tabs on the same draft) what was just saved. */
  broadcast: (msg: BackgroundToPanelMessage) => Promise<unknown>;
  /** Pushes to the panel(s) of this tab only. */
  notifyPanel: (msg: BackgroundToPanelMessage) => void;
  retention: { get: () => Promise<RetentionRule>; set: (rule: RetentionRule) => Promise<void> };
  templates: Pick<TemplateSettings, 'get'>;
  /** "Fill fields": the picker and filler in this tab, and where site maps are kept. */
  fields: FieldsTab;
  fieldMaps: FieldMapStore;
}

export async function handlePanelMessage(msg: PanelMessage, world: PanelWorld): Promise<unknown> {
  switch (msg.type) {
    case 'panel:loadDraft': {
      // A page without a draft gets a fresh one, stored only once something is typed.
      const draft =
        (await findLatestDraft(world.db, msg.pageKey)) ??
        newDraft(msg.pageKey, '', PSYCHODYNAMIC_PROGRESS.id, world.now(), world.newId());
      markBackground(BACKGROUND_MARKS.draftLoaded);
      return draft;
    }
    case 'panel:newDraft': {
      // For the page now shown: a single-page EHR may have moved to another client's chart
      // since the panel opened, and a note filed under the page it opened on would open
      // there again, as that client's (lib/page-move.ts). A framed EHR keeps its address:
      // its move is the note field's frame showing another chart than the note left did.
      // Both asked here too, as the panel may not have seen a move made a moment ago.
      // A page that does not answer (an alert of its own holds it) never holds New note up:
      // it is then told as the panel saw it.
      const [page, frameMove] = await Promise.race([
        Promise.all([
          panelPage(world),
          msg.leaving ? frameMovedSince(msg.leaving, world).catch(() => null) : null,
        ]),
        delay(NEW_NOTE_LOOK_MS).then(() => [null, null] as const),
      ]);
      const topMoved = page !== null && page.shown !== page.panelFor;
      const moved = topMoved || frameMove !== null;
      const draft = newDraft(
        page?.shown ?? msg.pageKey,
        // Another page may be another client: their label (and with it last time's goals
        // and plan, carried by label) stays out of this note.
        moved ? '' : msg.clientLabel,
        PSYCHODYNAMIC_PROGRESS.id,
        world.now(),
        world.newId(),
      );
      await saveDraft(world.db, draft, world.now());
      // Only once the new note is stored: until the panel follows, the page's move shows.
      if (topMoved)
        await world.sendToFrame(0, { type: 'bg:panelFollow', pageKey: draft.pageKey }).catch(() => {});
      return { draft: { ...draft, revision: 1 }, moved };
    }
    case 'panel:saveDraft': {
      let saved: Draft | null = null;
      const result = await saveOrSayWhy(msg.draft, world, (draft) => (saved = draft));
      if (saved) {
        await world.broadcast({ type: 'bg:draftSaved', draft: saved }).catch(() => {});
        // Before the answer, so the page is noted by the time the panel says saved; but a
        // frame that does not answer (a page's alert holds it) never holds the save up.
        await Promise.race([noteFramePages(msg.draft.id, world).catch(() => {}), delay(FRAME_PAGE_WAIT_MS)]);
      }
      return result;
    }
    case 'panel:insert':
      return insertViaTarget(msg, world);
    case 'panel:close':
      await world.sendToFrame(0, { type: 'bg:closePanel' });
      return undefined;
    case 'panel:lastNote': {
      const label = msg.clientLabel.trim();
      if (!label) return null;
      const keys = await world.db.codec.indexValues('label', label);
      const rows = await world.db.drafts.where('clientLabel').anyOf(keys).toArray();
      const notes = await Promise.all(
        rows.filter((d) => d.id !== msg.excludeId && !d.deletedAt).map((d) => world.db.codec.open(d)),
      );
      return findLastNote(notes, label) ?? null;
    }
    case 'panel:checkVisible':
      return panelState(world, msg.mounts);
    case 'panel:frameMoved':
      return frameMovedSince(msg.draftId, world);
    case 'panel:listDrafts':
      return listPage(world.db, {
        query: msg.query,
        trash: msg.trash,
        cursor: msg.cursor,
        limit: LIST_LIMIT,
      });
    case 'panel:openDraft': {
      const draft = await getDraft(world.db, msg.id);
      return draft && !draft.deletedAt ? draft : null;
    }
    case 'panel:deleteDraft':
      return moveToTrash(world.db, msg.id, world.now());
    case 'panel:restoreDraft':
      return restoreFromTrash(world.db, msg.id);
    case 'panel:getRetention':
      return world.retention.get();
    case 'panel:setRetention':
      return world.retention.set(msg.rule);
    case 'panel:getTemplates':
      return resolveTemplates(await world.templates.get());
    case 'panel:fieldMap':
    case 'panel:pickField':
    case 'panel:pickStep':
    case 'panel:pickChoose':
    case 'panel:pickCancel':
    case 'panel:forgetField':
    case 'panel:fillFields':
      return handleFillMessage(msg, world);
    // The router answers these (encryption-handlers.ts); listed so every message has a case.
    case 'panel:unlock':
    case 'panel:flushed':
      return undefined;
  }
}

/**
 * A refused write (storage full, any IndexedDB error) is answered, not thrown: the panel
 * keeps the text, tells the clinician why and retries.
 */
async function saveOrSayWhy(
  draft: Draft,
  world: PanelWorld,
  onSaved: (saved: Draft) => void,
): Promise<SaveResult | { ok: false; failure: WriteFailure }> {
  try {
    return await saveDraft(world.db, draft, world.now(), onSaved);
  } catch (error) {
    return { ok: false, failure: classifyWriteError(error) };
  }
}
