/**
 * Which frame of each tab holds the last-focused note field. Kept in session storage so
 * a stopped and restarted service worker still knows where to insert.
 */
import { browser } from 'wxt/browser';

const keyOf = (tabId: number) => `targetFrame:${tabId}`;

export async function rememberTargetFrame(tabId: number, frameId: number): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: frameId });
}

export async function targetFrameOf(tabId: number): Promise<number> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  const frameId = stored[keyOf(tabId)];
  return typeof frameId === 'number' ? frameId : 0;
}

export function setUpTargetFrameCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(keyOf(tabId)));
}
