/**
 * The field a single-page EHR put in place of the one the clinician was in. Re-rendering
 * swaps the node for an equal one between the click into the field and Insert (a React
 * key that changed, an Angular list without trackBy redrawn after an autosave): the
 * remembered node is then detached, and its text and caret live on in the new one.
 *
 * The new field is found by what named the old one (its id, name, label or test id), and
 * only when exactly one field of the same kind answers; anything less certain is left to
 * the clinician ("no longer on the page — click into it").
 */
import { editableRoot, inShownDocument, isTextField } from './editable';

/** Attributes that name a field the same way across a re-render. */
const NAMING = ['id', 'name', 'aria-label', 'aria-labelledby', 'data-testid', 'placeholder'] as const;

export interface FieldAndCaret {
  element: HTMLElement | null;
  caret: Range | null;
}

/** The one connected note field of the same kind named as `gone` was; null if none or several. */
export function replacementFor(gone: HTMLElement, doc: Document): HTMLElement | null {
  const all = Array.from(doc.querySelectorAll<HTMLElement>(gone.localName));
  const sameKind = (el: HTMLElement) =>
    el.isConnected &&
    el.getAttribute('type') === gone.getAttribute('type') &&
    // Checked last, on the few named alike: it brings style up to date for rich fields.
    editableRoot(el) === el;
  for (const attr of NAMING) {
    const value = gone.getAttribute(attr);
    if (!value) continue;
    const named = all.filter((el) => el.getAttribute(attr) === value && sameKind(el));
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return null;
  }
  return null;
}

/**
 * The remembered field, or the one that replaced it, with the caret to insert at. A text
 * field's caret carries over when its text is unchanged; otherwise, and in a rich field
 * (whose remembered range points into the old nodes), the note goes at the end, after
 * everything already written.
 */
export function currentField({ element, caret }: FieldAndCaret): FieldAndCaret {
  // Its frame shows another page now: no replacement there is this field (it may be
  // another client's), and its caret is gone with it.
  if (element && !inShownDocument(element)) return { element, caret: null };
  if (!element || element.isConnected) return { element, caret };
  const doc = element.ownerDocument;
  const found = replacementFor(element, doc);
  if (!found) return { element, caret };
  if (isTextField(found) && isTextField(element)) {
    const same = found.value === element.value;
    const start = same ? (element.selectionStart ?? found.value.length) : found.value.length;
    const end = same ? (element.selectionEnd ?? start) : start;
    found.setSelectionRange(start, end);
    return { element: found, caret: null };
  }
  const atEnd = doc.createRange();
  atEnd.selectNodeContents(found);
  atEnd.collapse(false);
  return { element: found, caret: atEnd };
}
