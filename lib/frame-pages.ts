/**
 * The page each frame of a tab showed while a draft was written with its note field there:
 * per draft, per frame (its place in the frame tree, lib/frame-page.ts). A framed EHR loads
 * another client's chart into the same frame, and an insert there then asks first
 * (lib/page-move.ts, frameMoveOf). Pure: the background keeps one record per tab.
 */

/** A draft's frames: frame slot → that frame's page key. */
export type DraftFramePages = Record<string, string>;

/** Draft id → its frames. */
export type FramePages = Record<string, DraftFramePages>;

/** A tab keeps the frames of this many drafts, the most recently written; older ones go. */
export const FRAME_PAGES_DRAFTS = 20;

export function framePagesOfDraft(pages: FramePages, draftId: string): DraftFramePages {
  return pages[draftId] ?? {};
}

/** The record with `key` as the frame's page for the draft, that draft now the newest. */
export function withFramePage(pages: FramePages, draftId: string, slot: string, key: string): FramePages {
  const { [draftId]: frames, ...others } = pages;
  const kept = Object.entries(others).slice(-(FRAME_PAGES_DRAFTS - 1));
  return { ...Object.fromEntries(kept), [draftId]: { ...frames, [slot]: key } };
}
