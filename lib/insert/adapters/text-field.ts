/**
 * `<textarea>` and text `<input>`, including fields whose value a framework (React, Vue,
 * Angular) controls. `execCommand('insertText')` is the one method used: it inserts at the
 * caret through the browser's own editing, so the page sees a real `beforeinput`/`input`
 * pair (React's onChange fires), and the field's native undo stack holds the insert.
 * Fixture: tests/e2e/fixtures/plain-textarea.html, react-textarea.html.
 */
import type { InsertAdapter } from '../adapter';
import { isTextField, type TextField } from '../editable';
import { lineBeforeCaret, needsParagraphBreak } from '../paragraph-break';

/** Sets a value past framework wrappers (React tracks the instance setter, not the prototype's). */
function setNativeValue(el: TextField, value: string): void {
  const proto = el.localName === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export const textFieldAdapter: InsertAdapter = {
  id: 'text-field',
  detect: (el) => isTextField(el),
  read: (el) => (el as TextField).value,
  insert(el, note) {
    const field = el as TextField;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const before = field.value.slice(0, start);
    // Single-line inputs drop newlines; join the note's lines with spaces instead.
    let text = field.localName === 'input' ? note.text.replace(/\s*\n\s*/g, ' ') : note.text;
    // Keep the note off the end of a line the clinician already wrote: a line of its own
    // in a textarea (as a rich editor's paragraph), a space in a single-line input.
    if (field.localName === 'input') {
      if (before && !/\s$/.test(before)) text = ` ${text}`;
    } else if (needsParagraphBreak(lineBeforeCaret(field.value, start))) text = `\n${text}`;
    field.focus();
    field.setSelectionRange(start, end);
    return field.ownerDocument.execCommand('insertText', false, text);
  },
  restore(el, before) {
    setNativeValue(el as TextField, before);
  },
};
