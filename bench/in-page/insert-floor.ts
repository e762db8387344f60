/**
 * Bundled into an editor's page by bench/measures/insertion.ts: Reverie's own insertion
 * engine and page bridge, called straight in the page with no extension in between (no
 * panel, no messages, no injection). Its time is the insert's floor: the editor's own work
 * on the note and the read-back. The full insert's time above it is what the panel, the
 * background and the messages between them add.
 */
import type { RenderedNote } from '../../lib/messages';
import { insertNote } from '../../lib/insert/engine';
import { pageBridge } from '../../lib/insert/page-bridge';

declare global {
  var reverieInsertFloor: (
    note: RenderedNote,
    target: HTMLElement,
  ) => Promise<{ ms: number; outcome: string }>;
}

globalThis.reverieInsertFloor = async (note, target) => {
  // Where the clinician's caret is (the driver put it at the end), as the content script
  // remembers it.
  const selection = target.ownerDocument.getSelection();
  const caret = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  const start = performance.now();
  const result = await insertNote({
    target,
    caret,
    note,
    insertedInto: [],
    force: false,
    frameUrl: target.ownerDocument.location.href,
    bridge: pageBridge,
  });
  return { ms: performance.now() - start, outcome: result.outcome };
};
