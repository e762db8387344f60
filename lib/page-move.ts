/**
 * Whether a single-page EHR moved to another page while the panel stayed open on a note:
 * its router changes the address without loading a new document, so the panel still holds
 * the note it opened with, and the field the clinician clicks next may be another client's.
 * An insert then asks first (components/PageMovedConfirm.tsx). A page is what a draft is
 * filed under (lib/page-key.ts): path, query and a hash router's route.
 */
import { pageKeyOf } from './page-key';

export interface PageMove {
  /** The page the panel was opened on, as the clinician reads it (path, query, route). */
  from: string;
  to: string;
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
