/**
 * What each frame showed while a draft was written (lib/frame-pages.ts). In session
 * storage, so a stopped and restarted service worker still knows, and in memory so a save
 * or an insert does not wait on a storage read while this worker lives.
 *
 * One record for every tab, by draft: a framed EHR's next tab (the first closed, or beside
 * it) opens on the same address, and so on the last client's note; what that note's
 * frames showed must follow it there, or nothing would ask before it went into the chart
 * the new tab shows. Not cleared when a tab closes, nor when it loads a page (a frame
 * loading another page may count as the tab loading, and that is the very move to be
 * seen); it keeps only the latest drafts (FRAME_PAGES_DRAFTS), and session storage is gone
 * when the browser closes. So each draft's frames are kept with the draft too (its
 * `framePages`, sealed with it when encryption is on): after a browser restart the panel
 * opens on the last client's note again, and what its frames showed must still be known.
 */
import { browser } from 'wxt/browser';
import type { DraftsDatabase } from '@/lib/drafts/db';
import { getDraft, keepFramePages } from '@/lib/drafts/repository';
import { targetFramePage, type FramePage } from '@/lib/frame-page';
import { framePagesOfDraft, withFramePages, type DraftFramePages, type FramePages } from '@/lib/frame-pages';
import { TARGET_SLOT } from '@/lib/insert/frame-handoff';
import { claimsIn } from './target-frames';

const PAGES_KEY = 'framePages';

/** What this worker wrote or read: session storage holds the same. */
let known: FramePages | null = null;

/** Per tab, the draft and the field (claim count) whose frame page was last looked at. */
const lookedAt = new Map<number, string>();

/**
 * Per tab, the slot of the frame that held the note field last seen (at a save or an
 * insert). Kept apart from the field itself: once that frame loads another page, the
 * field is gone, and the frame is what the panel's notice asks about. In session storage
 * too: the worker stops when idle, as while the clinician goes on to the next chart.
 */
const fieldSlots = new Map<number, string>();
const fieldSlotKey = (tabId: number) => `fieldSlot:${tabId}`;

async function storedPages(): Promise<FramePages> {
  if (known) return known;
  const stored = (await browser.storage.session.get(PAGES_KEY))[PAGES_KEY];
  // A record written while this one was read is the newer.
  known ??= stored && typeof stored === 'object' ? (stored as FramePages) : {};
  return known;
}

export interface TabFramePages {
  /** The page key each frame showed while `draftId` was written with its field there. */
  ofDraft(draftId: string): Promise<DraftFramePages>;
  /** Notes these frames' pages (slot → page key) for the draft. */
  record(draftId: string, frames: DraftFramePages): Promise<void>;
  /**
   * Whether the frames' pages were looked at for this draft already, since the tab's last
   * claim of a field (marked now if not): a save then need not look again.
   */
  looked(draftId: string): boolean;
  /** The frame that held the note field last seen in this tab (its slot), if any. */
  fieldSlot(): Promise<string | undefined>;
  fieldSeenIn(slot: string): Promise<void>;
}

/**
 * What drafts kept with them, as read by this worker: most drafts are of EHRs without
 * frames, and their inserts and panel opens would otherwise read (and decrypt) the draft
 * each time. Only `record` changes what a draft keeps, and it forgets the draft's read.
 */
const keptRead = new Map<string, DraftFramePages>();
const KEPT_READ_MAX = 200;

/**
 * The frames kept with the draft itself: what this session has not seen (a browser
 * restart). None while Reverie is locked (nothing is inserted then), or for a draft gone.
 */
async function keptWith(db: DraftsDatabase, draftId: string): Promise<DraftFramePages> {
  const read = keptRead.get(draftId);
  if (read) return read;
  let draft;
  try {
    draft = await getDraft(db, draftId);
  } catch {
    return {}; // locked, or the store failed: asked again next time
  }
  if (keptRead.size >= KEPT_READ_MAX) keptRead.clear();
  const kept = draft?.framePages ?? {};
  keptRead.set(draftId, kept);
  return kept;
}

export function framePagesOf(tabId: number, db: DraftsDatabase): TabFramePages {
  return {
    ofDraft: async (draftId) => {
      const pages = await storedPages();
      return draftId in pages ? framePagesOfDraft(pages, draftId) : keptWith(db, draftId);
    },
    record: async (draftId, frames) => {
      // A draft this session has not noted yet starts from what was kept with it.
      const kept = draftId in (await storedPages()) ? {} : await keptWith(db, draftId);
      // From the record as it is now: another tab's record may have come in meanwhile.
      known = withFramePages(known!, draftId, { ...kept, ...frames });
      await browser.storage.session.set({ [PAGES_KEY]: known });
      // Locked (no save or insert then, so rarely), only the session's record keeps it.
      await keepFramePages(db, draftId, frames).catch(() => {});
      // Read again should the session's record let this draft go (FRAME_PAGES_DRAFTS).
      keptRead.delete(draftId);
    },
    looked: (draftId) => {
      const now = `${claimsIn(tabId)}:${draftId}`;
      if (lookedAt.get(tabId) === now) return true;
      lookedAt.set(tabId, now);
      return false;
    },
    fieldSlot: async () => {
      const seen = fieldSlots.get(tabId);
      if (seen !== undefined) return seen;
      const stored = (await browser.storage.session.get(fieldSlotKey(tabId)))[fieldSlotKey(tabId)];
      return typeof stored === 'string' ? stored : undefined;
    },
    fieldSeenIn: async (slot) => {
      if (fieldSlots.get(tabId) === slot) return;
      fieldSlots.set(tabId, slot);
      await browser.storage.session.set({ [fieldSlotKey(tabId)]: slot });
    },
  };
}

export function setUpFramePagesCleanup(): void {
  // The frames' pages stay: they are the draft's, and the next tab may open on it (above).
  browser.tabs.onRemoved.addListener((tabId) => {
    lookedAt.delete(tabId);
    fieldSlots.delete(tabId);
    void browser.storage.session.remove(fieldSlotKey(tabId)).catch(() => {});
  });
}

/** A frame's answer, if it is a frame page (anything else, from a page's own script too, is not). */
function framePageIn(result: unknown): FramePage | null {
  const page = result as Partial<FramePage> | null | undefined;
  if (typeof page?.slot !== 'string' || typeof page.href !== 'string') return null;
  return {
    slot: page.slot,
    href: page.href,
    ...(typeof page.name === 'string' && page.name && { name: page.name }),
  };
}

/**
 * The frame page of the field tracked in `frameId` (lib/frame-page.ts), read there now.
 * Null for a field in the top document, none, or where Reverie may not run.
 */
export async function targetPageOf(tabId: number, frameId: number): Promise<FramePage | null> {
  const [injection] = await browser.scripting
    .executeScript({
      target: { tabId, frameIds: [frameId] },
      func: targetFramePage,
      args: [TARGET_SLOT],
      injectImmediately: true,
    })
    .catch(() => []);
  return framePageIn(injection?.result);
}

/**
 * The page every frame of the tab shows now, each read in the frame itself (frames Reverie
 * may not run in are left out; so is the top document, checked by its own address).
 */
export async function framePagesNowIn(tabId: number): Promise<FramePage[]> {
  const injections = await browser.scripting
    .executeScript({
      target: { tabId, allFrames: true },
      func: targetFramePage,
      args: [null],
      injectImmediately: true,
    })
    .catch(() => []);
  return injections.flatMap((i) => {
    const page = framePageIn(i.result);
    return page ? [page] : [];
  });
}
