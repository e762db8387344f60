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
import { dropClonedIds, elementsWithId } from '../cloned-ids';
import { editedByGecko } from '../gecko';
import type { RenderedNote } from '../../messages';
import { noteLinesHtml } from '../note-lines';
import {
  type Breaks,
  breaksAtCaret,
  caretBlock,
  htmlForBrowserEditing,
  withParagraphBreaks,
} from '../paragraph-break';
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

/** Elements whose content is one item or cell of a larger structure the note must not break. */
const ITEM_OR_CELL = new Set(['li', 'td', 'th', 'dd', 'dt']);

/**
 * Fields that may hold phrasing content only (a `<p>`, `<span>` or, matched apart, a heading
 * `<h1>`–`<h6>` made editable): both
 * engines put the note's paragraphs inside, a `<p>` in a `<p>`, which the EHR's own parser
 * tears apart when it shows the saved note.
 */
const PHRASING_ONLY = new Set([
  'p',
  'pre',
  'span',
  'a',
  'label',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'small',
  'code',
  'font',
  'mark',
  'q',
  'cite',
]);

/**
 * How the note goes in at `caret` in the field `el`:
 * - `lines` inside a list item or table cell: its lines of inline HTML (note-lines.ts).
 *   Blocks there go wrong in both engines: Blink moves the note into the next item or cell,
 *   Gecko splits the list around the note's paragraphs and takes its goals into the list.
 *   The same in a field that may hold phrasing content only (above).
 * - `text` where the caret's paragraph is a <div> (the browser's own Enter in a bare
 *   contenteditable, Squire, Pell): both engines put the note's paragraphs inside such a
 *   <div> (Gecko any, Blink an empty one), one paragraph of the field holding the whole
 *   note; there the note goes in as its lines, as typing would make them.
 * - `html` anywhere else: its paragraphs, bold headings and lists.
 */
export function noteShapeAt(el: HTMLElement, caret: Range): 'html' | 'lines' | 'text' {
  if (PHRASING_ONLY.has(el.localName) || /^h[1-6]$/.test(el.localName)) return 'lines';
  const block = caretBlock(el, caret);
  for (let node = block; node && node !== el; node = node.parentNode)
    if (node.nodeType === 1 && ITEM_OR_CELL.has((node as Element).localName)) return 'lines';
  return block && block !== el && block.nodeType === 1 && (block as Element).localName === 'div'
    ? 'text'
    : 'html';
}

/** The HTML `insertHTML` gets for the note in `shape`, or null where it goes in as text. */
function htmlFor(
  doc: Document,
  note: RenderedNote,
  breaks: Breaks,
  shape: 'html' | 'lines' | 'text',
): string | null {
  if (shape === 'html') return htmlForBrowserEditing(note.html, breaks, editedByGecko(doc));
  if (shape === 'text') return null;
  // A line break of the field's own before and after the note, where the item or cell has
  // text there; the same in both engines (no paragraph is split).
  return `${breaks.before ? '<br>' : ''}${noteLinesHtml(note, doc)}${breaks.after ? '<br>' : ''}`;
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
    const shape = noteShapeAt(el, at);
    rememberContent(el);
    const withId = elementsWithId(el);
    focusAtCaret(el, caret);
    // The clinician's own typing ends here: an editor whose undo history records a step at
    // keyup (Froala's) records the field as it was, so its Ctrl+Z takes out the note alone.
    signalTypingEnded(el);
    const doc = el.ownerDocument;
    const html = htmlFor(doc, note, breaks, shape);
    const done =
      (html !== null && doc.execCommand('insertHTML', false, html)) ||
      // As text, a line break before (and after) the note: Chromium starts a new paragraph
      // for it, Firefox a new line (<br>) in the same one.
      doc.execCommand('insertText', false, withParagraphBreaks(note, breaks).text);
    if (done) {
      // After the command, outside it: its undo still takes the whole note out.
      dropClonedIds(el, withId);
      signalTypingEnded(el);
    }
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
