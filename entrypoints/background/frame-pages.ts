/**
 * What each frame of a tab showed while a draft was written (lib/frame-pages.ts). In
 * session storage, so a stopped and restarted service worker still knows, and in memory
 * so a save or an insert does not wait on a storage read while this worker lives. A
 * tab's record goes when it closes; not when it loads a page, as a frame loading another
 * page may count as the tab loading, and that is the very move to be seen. The record
 * keeps only the latest drafts (FRAME_PAGES_DRAFTS).
 */
import { browser } from 'wxt/browser';
import { targetFramePage, type FramePage } from '@/lib/frame-page';
import { framePagesOfDraft, withFramePages, type DraftFramePages, type FramePages } from '@/lib/frame-pages';
import { TARGET_SLOT } from '@/lib/insert/frame-handoff';
import { claimsIn } from './target-frames';

const keyOf = (tabId: number) => `framePages:${tabId}`;

/** What this worker wrote or read: session storage holds the same. */
const known = new Map<number, FramePages>();

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

async function pagesOf(tabId: number): Promise<FramePages> {
  const cached = known.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  const pages = stored && typeof stored === 'object' ? (stored as FramePages) : {};
  known.set(tabId, pages);
  return pages;
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

export function framePagesOf(tabId: number): TabFramePages {
  return {
    ofDraft: async (draftId) => framePagesOfDraft(await pagesOf(tabId), draftId),
    record: async (draftId, frames) => {
      const pages = withFramePages(await pagesOf(tabId), draftId, frames);
      known.set(tabId, pages);
      await browser.storage.session.set({ [keyOf(tabId)]: pages });
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
  browser.tabs.onRemoved.addListener((tabId) => {
    known.delete(tabId);
    lookedAt.delete(tabId);
    fieldSlots.delete(tabId);
    void browser.storage.session.remove([keyOf(tabId), fieldSlotKey(tabId)]).catch(() => {});
  });
}

/** A frame's answer, if it is a frame page (anything else, from a page's own script too, is not). */
function framePageIn(result: unknown): FramePage | null {
  const page = result as Partial<FramePage> | null | undefined;
  return typeof page?.slot === 'string' && typeof page.href === 'string'
    ? { slot: page.slot, href: page.href }
    : null;
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
