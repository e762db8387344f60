/**
 * The key event a person's typing ends with, sent after an insert through the browser's own
 * editing. `execCommand` fires `beforeinput` and `input`, but no key events, and some pages
 * and editors follow their field on key events alone: Trumbowyg copies its HTML into the
 * form's textarea on `keyup` (without it, the EHR would save the note without Reverie's
 * text), Froala records an undo step on a `keyup` without a key code, and older EHR forms
 * mark a note unsaved or enable their Save button on `keyup`. The generic contenteditable
 * paths send it before the insert too, so a history recorded at keyup holds the field as it
 * was before the note (Froala's starts empty). A bare `keyup`, with no key
 * and no key code, names no key, so no shortcut or key handler of the page acts on it.
 */
export function signalTypingEnded(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  if (!view) return;
  // The field's own window's constructor: an iframe editor's listeners check `instanceof`
  // against their own window's KeyboardEvent.
  el.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, cancelable: true, composed: true }));
}
