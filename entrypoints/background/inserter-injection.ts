/**
 * Puts the insertion script (entrypoints/inserter.ts) into the frame holding the note
 * field, once per document: an insert goes straight to a frame that already has it, and
 * only a frame that does not answer gets the script injected and the insert sent again.
 * Injecting costs an executeScript of the whole editor code (5–70 ms measured under load),
 * so repeated inserts skip it; the eager content script never answers `bg:insert`.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContentMessage } from '@/lib/messages';

export async function injectInserter(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/inserter.js'] });
}

/**
 * The insertion script always answers, even when it fails (entrypoints/inserter.ts), so no
 * answer or a rejection means none is there yet: Chromium rejects ("message port closed")
 * and Firefox resolves with nothing when no listener answers.
 */
export async function sendInsert(
  tabId: number,
  frameId: number,
  msg: Extract<BackgroundToContentMessage, { type: 'bg:insert' }>,
): Promise<unknown> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, msg, { frameId }).catch(() => undefined);
  if (answer !== undefined) return answer;
  await injectInserter(tabId, frameId);
  return browser.tabs.sendMessage(tabId, msg, { frameId });
}
