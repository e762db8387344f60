/**
 * "Fill fields" across the frames of a tab. The background cannot hold on to a frame:
 * frame ids change with every load. A field in a cross-origin frame is therefore stored
 * with its frame's address (origin and path) and found again, at fill time, among the
 * frames the page has then; the picker's keyboard steps run through the fields of every
 * frame as one list. Pure: the background feeds in what each frame answered.
 */
import type { FrameRef } from './field-maps';

/** One frame the picker and filler run in, as the background sees it. */
export interface FrameInfo {
  frameId: number;
  origin: string;
  path: string;
}

/** The reference stored for a field picked in a frame at this address. */
export function frameRefOf(href: string): FrameRef {
  const url = new URL(href);
  return { origin: url.origin, path: url.pathname };
}

/** A short name for a frame, said to the clinician: its host (e.g. "notes.clinic.example"). */
export const frameName = (ref: FrameRef): string => new URL(ref.origin).host;

/**
 * The frames that may hold a field stored with `ref`: those at the same address; when
 * none is (the path carries a visit or patient number, say), every frame of its origin.
 * Which of them really holds the field is for its path to say.
 */
export function framesFor(ref: FrameRef, frames: FrameInfo[]): FrameInfo[] {
  const sameOrigin = frames.filter((f) => f.origin === ref.origin);
  const sameAddress = sameOrigin.filter((f) => f.path === ref.path);
  return sameAddress.length > 0 ? sameAddress : sameOrigin;
}

/**
 * Where to fill, from how many elements the field's path matched in each candidate frame:
 * the one frame where it matched exactly one element, or the total count for the
 * "missing" report (0: gone, frame and all; more than 1: ambiguous).
 */
export function settleFrame(
  found: { frameId: number; matches: number }[],
): { frameId: number } | { matches: number } {
  const hits = found.filter((f) => f.matches > 0);
  if (hits.length === 1 && hits[0]!.matches === 1) return { frameId: hits[0]!.frameId };
  return { matches: hits.reduce((sum, f) => sum + f.matches, 0) };
}

/** One frame's part of the picker's list: how many fields it shows, and which is highlighted (-1: none). */
export interface FrameFields {
  count: number;
  at: number;
}

export interface Step {
  /** Index into the frames given. */
  frame: number;
  /** The field's index within that frame. */
  index: number;
  /** 1-based position in the whole list, and the list's length, for "3 of 7". */
  position: number;
  total: number;
}

/**
 * The next (1) or previous (-1) field in the list of every frame's fields, frame after
 * frame, wrapping round; from nothing highlighted, the first (or last). Null when no
 * frame shows a field.
 */
export function stepAcross(frames: FrameFields[], delta: 1 | -1): Step | null {
  const total = frames.reduce((sum, f) => sum + f.count, 0);
  if (total === 0) return null;
  let offset = 0;
  let current = -1;
  for (const f of frames) {
    if (current === -1 && f.at >= 0 && f.at < f.count) current = offset + f.at;
    offset += f.count;
  }
  const next = current === -1 ? (delta === 1 ? 0 : total - 1) : (current + delta + total) % total;
  let start = 0;
  for (const [frame, f] of frames.entries()) {
    if (next < start + f.count) return { frame, index: next - start, position: next + 1, total };
    start += f.count;
  }
  return null;
}
