/** Gives a field focus back with the caret where the clinician left it. */

/** The end of an element's content, where a note goes when no caret was remembered. */
export function endOf(el: HTMLElement): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  return range;
}

/** Focuses a contenteditable field and puts the remembered caret (or its end) back. */
export function focusAtCaret(el: HTMLElement, caret: Range | null): void {
  el.focus();
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = caret && el.contains(caret.startContainer) ? caret : endOf(el);
  selection.removeAllRanges();
  selection.addRange(range);
}
