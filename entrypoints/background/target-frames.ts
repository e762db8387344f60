/**
 * Which frame of each tab holds the last-focused note field. Kept in session storage so
 * a stopped and restarted service worker still knows where to insert, and in memory so an
 * insert does not wait on a storage read (1–3 ms) while this worker lives.
 */
import { browser } from 'wxt/browser';

const keyOf = (tabId: number) => `targetFrame:${tabId}`;

/** What this worker wrote or read: session storage holds the same. */
const known = new Map<number, number>();

/**
 * How many fields each tab's frames claimed while this worker lives: while it stays, the
 * tracked field is the one it was (frame-pages.ts looks at its frame once per claim).
 */
const claims = new Map<number, number>();

export function claimsIn(tabId: number): number {
  return claims.get(tabId) ?? 0;
}

export async function rememberTargetFrame(tabId: number, frameId: number): Promise<void> {
  claims.set(tabId, claimsIn(tabId) + 1);
  known.set(tabId, frameId);
  await browser.storage.session.set({ [keyOf(tabId)]: frameId });
}

export async function targetFrameOf(tabId: number): Promise<number> {
  const cached = known.get(tabId);
  if (cached !== undefined) return cached;
  const stored = await browser.storage.session.get(keyOf(tabId));
  const frameId = stored[keyOf(tabId)];
  if (typeof frameId !== 'number') return 0;
  known.set(tabId, frameId);
  return frameId;
}

export function setUpTargetFrameCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    known.delete(tabId);
    claims.delete(tabId);
    void browser.storage.session.remove(keyOf(tabId));
  });
}
