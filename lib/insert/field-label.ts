/**
 * The name a person would give a note field: what a screen reader announces for it, as
 * near as a content script can tell (aria-labelledby, aria-label, its <label>, then
 * placeholder, title, name). Used for the picker's announcements, the "Fill fields" list
 * and label-based selectors, so all three say the same thing.
 */

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element with this id in the field's own tree (document or shadow root). */
function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

/** A label's own words: without the text of controls inside it (a textarea's default text). */
function labelText(label: Element): string {
  const copy = label.cloneNode(true) as Element;
  for (const control of Array.from(copy.querySelectorAll('textarea, input, select, [contenteditable]')))
    control.remove();
  return squash(copy.textContent);
}

function labelElementText(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (el.id) {
    const label = Array.from(root.querySelectorAll('label')).find((l) => l.getAttribute('for') === el.id);
    if (label) return labelText(label);
  }
  const wrapping = el.closest('label');
  return wrapping ? labelText(wrapping) : '';
}

/** A rich editor's body inside an iframe is named by its frame element. */
function frameLabel(el: Element): string {
  if (el.localName !== 'body') return '';
  const frame = el.ownerDocument.defaultView?.frameElement;
  return frame ? fieldLabel(frame) : '';
}

export function fieldLabel(el: Element): string {
  const labelledBy = squash(el.getAttribute('aria-labelledby'))
    .split(' ')
    .map((id) => (id ? squash(byId(el, id)?.textContent) : ''))
    .filter(Boolean)
    .join(' ');
  return (
    labelledBy ||
    squash(el.getAttribute('aria-label')) ||
    labelElementText(el) ||
    squash(el.getAttribute('placeholder')) ||
    squash(el.getAttribute('title')) ||
    frameLabel(el) ||
    squash(el.getAttribute('name')) ||
    ''
  );
}
