/**
 * Whether a single-page EHR moved to another page while the panel stayed open on a note:
 * its router changes the address without loading a new document, so the panel still holds
 * the note it opened with, and the field the clinician clicks next may be another client's.
 * An insert then asks first (entrypoints/panel/App.tsx, PageMovedConfirm).
 *
 * The route is the draft's page key (lib/page-key.ts) plus a fragment that routes: hash
 * routers (AngularJS, Vue's and React's hash modes, Ember's hash location) write `#/…` or
 * `#!/…`. Other fragments (an anchor, the `#` of a script link) move nothing.
 */
import { pageKeyOf } from './page-key';

export interface PageMove {
  /** The route the panel was opened on, as the clinician reads it (path, query, route). */
  from: string;
  to: string;
  /**
   * The draft's page key changed too (not only a hash route): closing and opening the panel
   * then gives this page's own note, as drafts are filed by page key.
   */
  newPage: boolean;
}

export function routeOf(url: string): string {
  const parsed = new URL(url);
  const route = /^#[!/]/.test(parsed.hash) ? parsed.hash : '';
  return `${pageKeyOf(url)}${route}`;
}

/** The move from the route the panel was opened on to the page's address now, or null. */
export function pageMoveOf(openedOn: string, href: string): PageMove | null {
  const now = routeOf(href);
  if (!openedOn || now === openedOn) return null;
  return { from: readable(openedOn), to: readable(now), newPage: pageKeyOf(openedOn) !== pageKeyOf(href) };
}

/** A route as the clinician reads it: the origin is the EHR's own on both sides. */
function readable(route: string): string {
  const parsed = new URL(route);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
