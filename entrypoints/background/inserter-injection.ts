/**
 * Puts the insertion script (entrypoints/inserter.ts) into the frame holding the note
 * field, once per document. Injecting costs an executeScript of the whole editor code
 * (5–70 ms measured under load), so an insert into a frame injected before goes straight
 * to it; only when that frame does not answer (it navigated since) is the script injected
 * and the insert sent again. A first insert injects at once rather than send a large note
 * twice. The eager content script never answers `bg:insert`.
 */
import { browser } from 'wxt/browser';
import { documentReplaced, InjectedFrames } from '@/lib/insert/injected-frames';
import type { BackgroundToContentMessage } from '@/lib/messages';
import { BACKGROUND_MARKS, markBackground } from '@/lib/open-marks';

/** Frames injected before; lost with the service worker, which only costs an injection. */
export const injected = new InjectedFrames();

export async function injectInserter(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/inserter.js'] });
  injected.add(tabId, frameId);
  markBackground(BACKGROUND_MARKS.inserterInjected);
}

/**
 * Injects the insertion script into a frame not injected before, so that this cost can
 * overlap other work before an insert (the panel-visibility check); a no-op otherwise.
 */
export async function readyInserter(tabId: number, frameId: number): Promise<void> {
  if (!injected.has(tabId, frameId)) await injectInserter(tabId, frameId);
}

/**
 * How long after a panel starts opening its tab's target frame is readied: past the cold
 * open (bench: ~450 ms to usable), so the injection does not compete with it, and long
 * before a note is written there.
 */
export const INSERTER_WARM_UP_DELAY_MS = 1500;

/**
 * Readies the frame an insert from this panel will most likely go to, a while after the
 * panel opened: the injection (20–85 ms measured on a loaded machine, on the insert's
 * critical path otherwise) is then done before the clinician presses Insert. Only a page
 * where the panel was opened gets the insertion script, as at an insert; an insert into
 * another frame still readies that one itself.
 */
export function warmUpInserter(
  tabId: number,
  frame: () => Promise<number>,
  delayMs = INSERTER_WARM_UP_DELAY_MS,
): void {
  setTimeout(() => {
    frame()
      .then((frameId) => readyInserter(tabId, frameId))
      .catch(() => {});
  }, delayMs);
}

/**
 * Forgets a tab's frames when it closes or loads a new page (tabs.onUpdated needs no
 * permission for `status`; webNavigation would be a permission Reverie does not ask for).
 * A page that only changed its history (a single-page app) may fire 'loading' too: then
 * the next insert injects again, and the script already there declines to run twice.
 */
export function setUpInjectedFramesCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => injected.forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (documentReplaced(change)) injected.forgetTab(tabId);
  });
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
  if (injected.has(tabId, frameId)) {
    const answer: unknown = await browser.tabs.sendMessage(tabId, msg, { frameId }).catch(() => undefined);
    if (answer !== undefined) return answer;
    injected.forget(tabId, frameId);
  }
  await injectInserter(tabId, frameId);
  return browser.tabs.sendMessage(tabId, msg, { frameId });
}
