/**
 * What each frame of a tab showed while a draft was written with its note field there
 * (lib/frame-pages.ts). In session storage, so a stopped and restarted service worker still
 * knows, and in memory so a save or an insert does not wait on a storage read while this
 * worker lives. A tab's record goes when it closes; not when it loads a page, as a frame
 * loading another page may count as the tab loading, and that is the very move to be
 * seen. The record keeps only the latest drafts (FRAME_PAGES_DRAFTS).
 */
import { browser } from 'wxt/browser';
import { targetFramePage, type FramePage } from '@/lib/frame-page';
import { framePagesOfDraft, withFramePage, type DraftFramePages, type FramePages } from '@/lib/frame-pages';
import { TARGET_SLOT } from '@/lib/insert/frame-handoff';
import { claimsIn } from './target-frames';

const keyOf = (tabId: number) => `framePages:${tabId}`;

/** What this worker wrote or read: session storage holds the same. */
const known = new Map<number, FramePages>();

/** Per tab, the draft and the field (claim count) whose frame page was last looked at. */
const lookedAt = new Map<number, string>();

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
  record(draftId: string, slot: string, pageKey: string): Promise<void>;
  /**
   * Whether the tracked field's frame page was looked at for this draft already, since the
   * tab's last claim of a field (marked now if not): a save then need not look again.
   */
  looked(draftId: string): boolean;
}

export function framePagesOf(tabId: number): TabFramePages {
  return {
    ofDraft: async (draftId) => framePagesOfDraft(await pagesOf(tabId), draftId),
    record: async (draftId, slot, pageKey) => {
      const pages = withFramePage(await pagesOf(tabId), draftId, slot, pageKey);
      known.set(tabId, pages);
      await browser.storage.session.set({ [keyOf(tabId)]: pages });
    },
    looked: (draftId) => {
      const now = `${claimsIn(tabId)}:${draftId}`;
      if (lookedAt.get(tabId) === now) return true;
      lookedAt.set(tabId, now);
      return false;
    },
  };
}

export function setUpFramePagesCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    known.delete(tabId);
    lookedAt.delete(tabId);
    void browser.storage.session.remove(keyOf(tabId)).catch(() => {});
  });
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
  const page = injection?.result as Partial<FramePage> | null | undefined;
  return typeof page?.slot === 'string' && typeof page.href === 'string'
    ? { slot: page.slot, href: page.href }
    : null;
}
