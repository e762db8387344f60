/**
 * The panel's mount token: a random secret the content script makes for each panel frame
 * it builds (entrypoints/content/panel-mount.ts) and posts into that frame as it loads.
 *
 * panel.html must be web-accessible for Reverie's frame to show it in the page, so any page
 * that knows its address can frame a copy of it. The panel's own code runs in that copy,
 * with the panel's powers, over a page that chose its size, place and opacity. Before a note
 * leaves the panel (Insert, Copy, Fill), the guard asks the content script whether the asking
 * panel holds its frame's token (bg:checkPanel): a page's copy cannot.
 *
 * Posted, not put in the frame's name or address: the page can reach Reverie's frame through
 * `window.frames` (a closed shadow root does not take it out) and send it to a page of its
 * own, which can read the frame's name. A message posted to the extension's origin only
 * reaches the panel's own document. The page can post to the panel too, so the panel keeps
 * what it is told, up to MOUNT_TOKENS of them, and shows them all; only the content
 * script's counts.
 */
import { randomHex } from './random-id';

export const MOUNT_TYPE = 'reverie:mount';

/** How many tokens a panel keeps: the first ones (the content script posts as the frame loads). */
export const MOUNT_TOKENS = 16;

const TOKEN = /^[0-9a-f]{32}$/;

export function newMountToken(): string {
  return randomHex();
}

export function mountMessage(token: string): { type: typeof MOUNT_TYPE; token: string } {
  return { type: MOUNT_TYPE, token };
}

/** The token a mount message carries; null for anything else. */
export function mountTokenOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, token } = data as { type?: unknown; token?: unknown };
  return type === MOUNT_TYPE && typeof token === 'string' && TOKEN.test(token) ? token : null;
}

/** Whether `shown` (what a panel says it was told) holds `token`, the frame's own. */
export function holdsMountToken(shown: unknown, token: string): boolean {
  return token !== '' && Array.isArray(shown) && shown.length <= MOUNT_TOKENS && shown.includes(token);
}
