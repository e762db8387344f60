/**
 * Puts the insertion script (entrypoints/inserter.ts) into the frame holding the note
 * field. It claims the frame once, so injecting before every insert is safe, and it
 * costs a few milliseconds only when the clinician actually inserts.
 */
import { browser } from 'wxt/browser';

export async function injectInserter(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/inserter.js'] });
}
