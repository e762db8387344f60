/**
 * The careful generic fallback for contenteditable regions no other adapter claims (plain
 * ones and unknown editors). Inserts through `execCommand` at the remembered caret inside
 * the editing host, so the browser builds the markup, fires `input` for any editor
 * listening, and keeps the edit on its undo stack; the engine then reads back. The note
 * goes in as its HTML (bold headings, paragraphs, lists: a rich field shows a rich note),
 * or as its text where the field refuses HTML.
 * Fixture: tests/e2e/fixtures/contenteditable.html.
 */
import type { InsertAdapter } from '../adapter';
import { caretOrEnd, focusAtCaret } from '../caret';
import { editedByGecko } from '../gecko';
import { breaksAtCaret, caretBlock, htmlForBrowserEditing, withParagraphBreaks } from '../paragraph-break';
import { squash } from '../text-compare';
import { signalTypingEnded } from '../typing-signal';

/** Each field's content just before the last insert, for a restore that undo cannot do. */
const snapshots = new WeakMap<HTMLElement, Node[]>();

/** Keeps a copy of the field's content for `restore` (this adapter's and plaintext-only's). */
export function rememberContent(el: HTMLElement): void {
  snapshots.set(
    el,
    Array.from(el.childNodes, (node) => node.cloneNode(true)),
  );
}

/**
 * Whether the note goes in as HTML at `caret` in the field `el`: not where the caret's
 * paragraph is a <div> (the browser's own Enter in a bare contenteditable, Squire, Pell).
 * Both engines put the note's paragraphs inside such a <div> (Gecko any, Blink an empty
 * one), one paragraph of the field holding the whole note; there the note goes in as its
 * lines, as typing would make them.
 */
export function takesNoteHtml(el: HTMLElement, caret: Range): boolean {
  const block = caretBlock(el, caret);
  return !(block && block !== el && block.nodeType === 1 && (block as Element).localName === 'div');
}

export const contentEditableAdapter: InsertAdapter = {
  id: 'contenteditable',
  detect: (el) => el.isContentEditable,
  read: (el) => el.innerText,
  insert(el, note, caret) {
    // Beside text in the caret's paragraph, the note gets paragraphs of its own, in one
    // command, so one undo takes it all out (an insertParagraph first left Firefox unable
    // to take a 1 MB note in the same test).
    const at = caretOrEnd(el, caret);
    const breaks = breaksAtCaret(el, at);
    const html = takesNoteHtml(el, at);
    rememberContent(el);
    focusAtCaret(el, caret);
    // The clinician's own typing ends here: an editor whose undo history records a step at
    // keyup (Froala's) records the field as it was, so its Ctrl+Z takes out the note alone.
    signalTypingEnded(el);
    const doc = el.ownerDocument;
    const done =
      (html &&
        doc.execCommand('insertHTML', false, htmlForBrowserEditing(note.html, breaks, editedByGecko(doc)))) ||
      // As text, a line break before (and after) the note: Chromium starts a new paragraph
      // for it, Firefox a new line (<br>) in the same one.
      doc.execCommand('insertText', false, withParagraphBreaks(note, breaks).text);
    if (done) signalTypingEnded(el);
    return done;
  },
  restore(el, before) {
    el.ownerDocument.execCommand('undo');
    // A page that changed the field itself after the insert (a broken editor re-rendering
    // it) leaves the browser's undo nothing to go back to: put back the copy taken before.
    const saved = snapshots.get(el);
    if (saved && squash(el.innerText) !== squash(before)) el.replaceChildren(...saved);
    // A page that followed the insert on its keyup follows its undoing the same way.
    signalTypingEnded(el);
  },
};
