/**
 * The careful generic fallback for contenteditable regions no other adapter claims (plain
 * ones and unknown editors). Inserts through `execCommand` at the remembered caret inside
 * the editing host, so the browser builds the markup, fires `beforeinput`/`input` for any
 * editor listening, and keeps the edit on its undo stack; the engine then reads back.
 * Fixture: tests/e2e/fixtures/contenteditable.html.
 */
import type { InsertAdapter } from '../adapter';
import { focusAtCaret } from '../caret';

export const contentEditableAdapter: InsertAdapter = {
  id: 'contenteditable',
  detect: (el) => el.isContentEditable,
  read: (el) => el.innerText,
  insert(el, note, caret) {
    focusAtCaret(el, caret);
    return el.ownerDocument.execCommand('insertText', false, note.text);
  },
  restore(el) {
    el.ownerDocument.execCommand('undo');
  },
};
