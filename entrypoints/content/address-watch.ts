/**
 * While the panel is open, notices a single-page EHR moving to another page (its router
 * changes the address without loading a document: lib/page-move.ts) and calls `onMove`, so
 * the panel can tell the clinician at once, not only when they next come back to it.
 * A router's `pushState` fires no event, so the address is also looked at twice a second;
 * `popstate` and `hashchange` (back, forward, hash routes) are heard at once. Reading the
 * address is all it costs the page, and only while the panel is open.
 */
import { pageKeyOf } from '@/lib/page-key';

/** How often the address is looked at while the panel is open (ms). */
export const ADDRESS_LOOK_MS = 500;

/** Starts watching `win`'s address; returns the function that stops it. */
export function watchAddress(win: Window, onMove: () => void): () => void {
  let seen = pageKeyOf(win.location.href);
  const look = () => {
    const now = pageKeyOf(win.location.href);
    if (now === seen) return;
    seen = now;
    onMove();
  };
  const timer = win.setInterval(look, ADDRESS_LOOK_MS);
  win.addEventListener('popstate', look);
  win.addEventListener('hashchange', look);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('popstate', look);
    win.removeEventListener('hashchange', look);
  };
}
