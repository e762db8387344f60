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
    if (split && !doc.execCommand('insertParagraph')) return false;
    commandsRun.set(el, split ? 2 : 1);
    return doc.execCommand('insertText', false, note.text);
  },
  restore(el) {
    for (let i = commandsRun.get(el) ?? 1; i > 0; i -= 1) el.ownerDocument.execCommand('undo');
  },
};
