/**
 * `<textarea>` and text `<input>`, including fields whose value a framework (React, Vue,
 * Angular) controls. `execCommand('insertText')` is the one method used: it inserts at the
 * caret through the browser's own editing, so the page sees a real `beforeinput`/`input`
 * pair (React's onChange fires), and the field's native undo stack holds the insert.
 * Fixtures: tests/e2e/fixtures/plain-textarea.html, react-textarea.html, vue-fields.html,
 * angular-fields.html (tests/e2e/insert-frameworks.e2e.ts reads each framework's own model).
 */
import type { InsertAdapter } from '../adapter';
import { isKeyCatcher, isTextField, type TextField } from '../editable';
import { FieldRefusal, lengthRefusal } from '../field-refusal';
import { plainFieldBreaks } from '../paragraph-break';
import { signalTypingEnded } from '../typing-signal';

/** Sets a value past framework wrappers (React tracks the instance setter, not the prototype's). */
function setNativeValue(el: TextField, value: string): void {
  const proto = el.localName === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Ace, Monaco and the like take the clinician's own Ctrl+V as a paste of their own. */
export const KEY_CATCHER_REFUSAL =
  'This field only catches keys for an editor that keeps its text elsewhere (a code editor), so the note cannot go in directly';

export const textFieldAdapter: InsertAdapter = {
  id: 'text-field',
  // CodeMirror 5's textarea only takes keys for it: its text is the editor's (codemirror5.ts).
  detect: (el) => isTextField(el) && !el.closest('.CodeMirror'),
  read: (el) => (el as TextField).value,
  insert(el, note) {
    const field = el as TextField;
    // Before anything changes in it: the editor behind it would take part of the note.
    if (isKeyCatcher(field)) throw new FieldRefusal(KEY_CATCHER_REFUSAL);
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const multiline = field.localName !== 'input';
    // Single-line inputs drop newlines; join the note's lines with spaces instead.
    const text = multiline ? note.text : note.text.replace(/\s*\n\s*/g, ' ');
    // Keep the note apart from what the clinician wrote before and after the caret: a
    // blank line in a textarea (as between the note's own sections), a space in an input.
    const { lead, trail } = plainFieldBreaks(field.value, start, end, multiline);
    const inserted = `${lead}${text}${trail}`;
    // A maxlength would cut the note off (the browser's own editing obeys it).
    const refusal = lengthRefusal(field, inserted.length);
    if (refusal) throw new FieldRefusal(refusal);
    field.focus();
    field.setSelectionRange(start, end);
    const done = field.ownerDocument.execCommand('insertText', false, inserted);
    if (done) signalTypingEnded(field);
    return done;
  },
  restore(el, before) {
    setNativeValue(el as TextField, before);
    // A page that followed the insert on its keyup follows its undoing the same way.
    signalTypingEnded(el);
  },
};
