/**
 * Whether a single-page EHR moved to another page while the panel stayed open on a note:
 * its router changes the address without loading a new document, so the panel still holds
 * the note it opened with, and the field the clinician clicks next may be another client's.
 * An insert then asks first (components/PageMovedConfirm.tsx). A page is what a draft is
 * filed under (lib/page-key.ts): path, query and a hash router's route.
 */
import { pageKeyOf, stablePageKeyOf } from './page-key';

export interface PageMove {
  /** The page the panel was opened on, as the clinician reads it (path, query, route). */
  from: string;
  to: string;
  /** The page changed in the note field's frame, not at the top (framed EHRs, below). */
  inFrame?: boolean;
}

/** A move as the background answers it (anything else, a locked store's reply, is none). */
export function isPageMove(value: unknown): value is PageMove {
  const move = value as Partial<PageMove> | null;
  return typeof move?.from === 'string' && typeof move.to === 'string';
}

/** The move from the page the panel was opened on (its page key) to the address now, or null. */
export function pageMoveOf(openedOn: string, href: string): PageMove | null {
  const now = pageKeyOf(href);
  if (!openedOn || now === openedOn) return null;
  return { from: readable(openedOn), to: readable(now) };
}

/** A page key as the clinician reads it: the origin is the EHR's own on both sides. */
function readable(key: string): string {
  const parsed = new URL(key);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * A framed EHR (a frameset, or a shell page with the chart in an iframe) moves to another
 * client by loading another page into a frame: the top address, which a draft is filed
 * under, stays. The move is seen at the frame that holds the field written to (the note
 * field at Insert, each mapped field at Fill), against the page that frame showed while
 * this draft was written (entrypoints/background/frame-pages.ts).
 * A frame of no address of its own (about:blank, srcdoc: written by its parent) tells
 * nothing: never a move.
 */
export function frameMoveOf(writtenOn: string | undefined, href: string): PageMove | null {
  const now = framePageKeyOf(href);
  if (!writtenOn || !now || now === writtenOn) return null;
  return { from: readable(writtenOn), to: readable(now), inFrame: true };
}

/**
 * The page key of a frame's address, or null for a frame with no address of its own. Without
 * a cache-buster or session id (lib/page-key.ts): a chart frame loaded again is the same page.
 */
export function framePageKeyOf(href: string): string | null {
  return /^https?:/i.test(href) ? stablePageKeyOf(href) : null;
}

/**
 * The top page's key now, and the key the open panel holds its note for: they differ once
 * a single-page EHR moved, until a new note for the page now shown (panel:newDraft).
 */
export interface PanelPage {
  shown: string;
  panelFor: string;
}
