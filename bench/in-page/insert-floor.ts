/**
 * Bundled into an editor's page by bench/measures/insertion.ts: Reverie's own insertion
 * engine and page bridge, called straight in the page with no extension in between (no
 * panel, no messages, no injection), timed to the page's next frame. Its time is the
 * insert's floor: the editor's own work on the note (React-driven editors such as Slate draw
 * it after their model holds it), the read-back and the page's layout and paint. The full
 * insert's time above it is what the panel, the background and the messages add; in
 * Chromium the full insert can also come in under it, as the panel, in a process of its own,
 * says Inserted while the page is still drawing.
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
  // Drawn: the frame after the insert, and the task after that frame.
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
  return { ms: performance.now() - start, outcome: result.outcome };
};
