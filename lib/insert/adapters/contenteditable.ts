/**
 * Plain contenteditable regions with no editor framework behind them. Inserts the plain
 * text through `execCommand('insertText')` at the remembered caret, so the browser builds
 * the line breaks, fires `input`, and keeps the edit on its undo stack.
 * Fixture: tests/e2e/fixtures/contenteditable.html.
 */
import type { InsertAdapter } from '../adapter';

export const contentEditableAdapter: InsertAdapter = {
  id: 'contenteditable',
  detect: (el) => el.isContentEditable,
  read: (el) => el.innerText,
  insert(el, note, caret) {
    const doc = el.ownerDocument;
    el.focus();
    const selection = doc.getSelection();
    if (selection) {
      const range = caret && el.contains(caret.startContainer) ? caret : endOf(el);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return doc.execCommand('insertText', false, note.text);
  },
  restore(el) {
    el.ownerDocument.execCommand('undo');
  },
};

function endOf(el: HTMLElement): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  return range;
}
