/**
 * Fields the browser edits as plain text (`contenteditable="plaintext-only"`): a person's
 * Enter puts a line break there, never markup. Each engine needs its own one command (one
 * undo step) to put the note in as typing would:
 * - Blink's `insertText` builds a <div> for each line, and the field's textContent (what a
 *   page may save) loses every line break. `insertHTML` of the escaped text with a <br> for
 *   each line break gives a "\n" per break, and keeps runs of spaces and tabs.
 * - Gecko's `insertHTML` collapses runs of spaces and tabs (two spaces after a full stop
 *   become one), even under `white-space: pre-wrap`. Its `insertText` puts each line break
 *   in as typing does (a "\n" under `pre-wrap`, a <br> otherwise) and keeps every space.
 * As in a textarea, a blank line keeps the note apart from the clinician's text before and
 * after the caret.
 * Fixture: tests/e2e/fixtures/plaintext-only.html.
 */
import type { InsertAdapter } from '../adapter';
import { caretOrEnd, focusAtCaret } from '../caret';
import { editedByGecko } from '../gecko';
import { plainTextHtml } from '../note-lines';
import { plainFieldBreaks } from '../paragraph-break';
import { plainTextBeside, textWithLineBreaks, throughNextCharacter } from '../plain-text';
import { signalTypingEnded } from '../typing-signal';
import { contentEditableAdapter, rememberContent } from './contenteditable';

/** Gecko's `insertText` keeps a plain-text field's lines (above). */
export const insertTextKeepsLines = editedByGecko;

export const plaintextOnlyAdapter: InsertAdapter = {
  id: 'plaintext-only',
  // The editing host says how its whole content is edited; its descendants say "inherit".
  detect: (el) => el.isContentEditable && el.contentEditable === 'plaintext-only',
  read: (el) => el.innerText,
  insert(el, note, caret) {
    const at = caretOrEnd(el, caret);
    const before = plainTextBeside(el, at, 'before');
    const after = plainTextBeside(el, at, 'after');
    const { lead, trail } = plainFieldBreaks(before + after, before.length, before.length, true);
    // Line breaks after the note go in before text put back as it was (throughNextCharacter),
    // not as the last thing inserted.
    const tail = trail ? throughNextCharacter(el, at) : null;
    const target = at.cloneRange();
    if (tail) target.setEnd(tail.endContainer, tail.endOffset);
    const kept = tail ? textWithLineBreaks(tail.cloneContents()) : '';
    rememberContent(el);
    focusAtCaret(el, target);
    // As for rich fields (contenteditable.ts): a page's own keyup-driven history records
    // the field as it was before the note.
    signalTypingEnded(el);
    const text = `${lead}${note.text}${trail}${kept}`;
    const doc = el.ownerDocument;
    const done = insertTextKeepsLines(doc)
      ? doc.execCommand('insertText', false, text)
      : doc.execCommand('insertHTML', false, plainTextHtml(text));
    if (done) signalTypingEnded(el);
    return done;
  },
  restore: contentEditableAdapter.restore,
};
