/**
 * The page each frame of a tab showed while a draft was written (every frame's, at the
 * draft's first save, and the note field's frame, at the first save after a click into a
 * field there): per draft, per frame (its place in the frame tree and its name,
 * lib/frame-page.ts). A framed EHR loads another client's chart into the same frame, and
 * an insert there then asks first (lib/page-move.ts, frameMoveOf). Pure: the background
 * keeps one record, for every tab (entrypoints/background/frame-pages.ts).
 */
import { framePageKeyOf } from './page-move';

/** A draft's frames: frame slot → that frame's page key. */
export type DraftFramePages = Record<string, string>;

/** Draft id → its frames. */
export type FramePages = Record<string, DraftFramePages>;

/**
 * The record keeps the frames of this many drafts, the most recently written, in every tab
 * together (a day's notes and more); older ones go.
 */
export const FRAME_PAGES_DRAFTS = 50;

export function framePagesOfDraft(pages: FramePages, draftId: string): DraftFramePages {
  return pages[draftId] ?? {};
}

/**
 * A draft keeps the pages of this many frames (a page of many frames: ads, widgets); frames
 * noted first are kept, and a frame already noted may always change its page.
 */
export const FRAME_PAGES_FRAMES = 40;

/** The record with `frames` (slot → page key) as those frames' pages for the draft, that draft now the newest. */
export function withFramePages(pages: FramePages, draftId: string, frames: DraftFramePages): FramePages {
  const { [draftId]: noted = {}, ...others } = pages;
  const kept = Object.entries(others).slice(-(FRAME_PAGES_DRAFTS - 1));
  return { ...Object.fromEntries(kept), [draftId]: mergedFramePages(noted, frames) };
}

/** One draft's frames with `frames` noted too (at most FRAME_PAGES_FRAMES of them). */
export function mergedFramePages(noted: DraftFramePages, frames: DraftFramePages): DraftFramePages {
  const merged = { ...noted };
  for (const [slot, key] of Object.entries(frames))
    if (slot in merged || Object.keys(merged).length < FRAME_PAGES_FRAMES) merged[slot] = key;
  return merged;
}

/**
 * A named frame's key in a draft's record, beside its place: the name under its parent's
 * place ("@chart", "1@main"), so two framesets' "main" frames stay apart.
 */
export function namedSlotOf(page: { slot: string; name?: string }): string | null {
  if (!page.name) return null;
  const parent = page.slot.includes('.') ? page.slot.slice(0, page.slot.lastIndexOf('.')) : '';
  return `${parent}@${page.name}`;
}

/**
 * The page a draft's record noted for this frame: by its name first, which stays when the
 * EHR makes the frame anew (its place then names another frame, or none, and a move to
 * another client's chart would go unasked); else by its place (an unnamed frame, a name
 * new since, as of a page that names its frames afresh at each load). A frame noted under
 * neither, an unnamed chart frame made anew, is known by its page: a page noted at the
 * same address but for its query and ids (`chart?client=12` for `chart?client=47`,
 * `/clients/12/chart` for `/clients/47/chart`) was this frame's, the same page if one is.
 */
export function notedPageOf(
  noted: DraftFramePages,
  page: { slot: string; name?: string; href?: string },
): string | undefined {
  const named = namedSlotOf(page);
  const byFrame = (named !== null ? noted[named] : undefined) ?? noted[page.slot];
  return byFrame ?? (page.href === undefined ? undefined : sameRoutePage(noted, page.href));
}

function sameRoutePage(noted: DraftFramePages, href: string): string | undefined {
  const now = framePageKeyOf(href);
  const route = now === null ? null : routeOf(now);
  if (route === null) return undefined;
  const alike = Object.values(noted).filter((key) => routeOf(key) === route);
  return alike.find((key) => key === now) ?? alike[0];
}

/**
 * A page key's origin and path, its ids left out: what stays when a chart frame shows
 * another client, by its query (`chart?client=47`) or its path (`/clients/47/chart`). A
 * path segment with a digit in it is taken for an id.
 */
function routeOf(key: string): string | null {
  try {
    const url = new URL(key);
    const path = url.pathname
      .split('/')
      .map((segment) => (/\d/.test(segment) ? ':id' : segment))
      .join('/');
    return url.origin + path;
  } catch {
    return null;
  }
}
