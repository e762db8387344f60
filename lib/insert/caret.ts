/** Gives a field focus back with the caret where the clinician left it. */

/** The end of an element's content, where a note goes when no caret was remembered. */
export function endOf(el: HTMLElement): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  return range;
}

/** Where the note goes: the remembered caret while it is still inside the field, else its end. */
export function caretOrEnd(el: HTMLElement, caret: Range | null): Range {
  return caret && inside(el, caret) ? caret : endOf(el);
}

function inside(el: HTMLElement, caret: Range): boolean {
  try {
    return el.contains(caret.startContainer);
  } catch {
    // Firefox: a caret remembered in a document its frame has since replaced (a framed
    // EHR's previous chart) is a dead object, which throws at a touch. It is no caret here.
    return false;
  }
}

/** Focuses a contenteditable field and puts the remembered caret (or its end) back. */
export function focusAtCaret(el: HTMLElement, caret: Range | null): void {
  el.focus();
  // The body of a frame in designMode takes no focus from another frame in Firefox (the
  // panel keeps it, and the clinician's Ctrl+Z goes there): its window's does.
  if (!el.ownerDocument.hasFocus()) el.ownerDocument.defaultView?.focus();
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = caretOrEnd(el, caret);
  selection.removeAllRanges();
  selection.addRange(range);
}
