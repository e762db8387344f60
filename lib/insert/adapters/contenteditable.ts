/**
 * The careful generic fallback for contenteditable regions no other adapter claims (plain
 * ones and unknown editors). Inserts through `execCommand` at the remembered caret inside
 * the editing host, so the browser builds the markup, fires `beforeinput`/`input` for any
 * editor listening, and keeps the edit on its undo stack; the engine then reads back.
 * Fixture: tests/e2e/fixtures/contenteditable.html.
 */
import type { InsertAdapter } from '../adapter';
import { caretOrEnd, focusAtCaret } from '../caret';
import { blockTextBeforeCaret, needsParagraphBreak } from '../paragraph-break';

/** How many editing commands the last insert into each field ran, for its restore. */
const commandsRun = new WeakMap<HTMLElement, number>();

export const contentEditableAdapter: InsertAdapter = {
  id: 'contenteditable',
  detect: (el) => el.isContentEditable,
  read: (el) => el.innerText,
  insert(el, note, caret) {
    const split = needsParagraphBreak(blockTextBeforeCaret(el, caretOrEnd(el, caret)));
    focusAtCaret(el, caret);
    const doc = el.ownerDocument;
    // A paragraph of its own first: a leading line break in the text would do it in
    // Chromium, but Firefox turns inserted line breaks into <br> in the same paragraph.
    // Counted as they run: a restore must never undo an edit the clinician made before.
    commandsRun.set(el, 0);
    const run = (command: string, value?: string) => {
      const done = doc.execCommand(command, false, value);
      if (done) commandsRun.set(el, (commandsRun.get(el) ?? 0) + 1);
      return done;
    };
    if (split && !run('insertParagraph')) return false;
    return run('insertText', note.text);
  },
  restore(el) {
    for (let i = commandsRun.get(el) ?? 0; i > 0; i -= 1) el.ownerDocument.execCommand('undo');
  },
};
