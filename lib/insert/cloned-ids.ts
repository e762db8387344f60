/**
 * Ids the browser copied while inserting. Splitting a paragraph to make room for the note
 * clones the paragraph's element with all its attributes, id included: both engines with
 * the caret mid-paragraph, and Chromium for each line of a note typed into a field whose
 * paragraphs are <div>s. The EHR's page would then hold two elements with one id, and its
 * own scripts (getElementById, a label's `for`, a saved-note parser) find the wrong one.
 * The element that was there keeps its id; a copy made by the insert loses it.
 */

/** The elements with an id in `field` (itself included) before an insert. */
export function elementsWithId(field: Element): Set<Element> {
  const found = new Set<Element>(field.querySelectorAll('[id]'));
  if (field.id) found.add(field);
  return found;
}

/**
 * Removes the id of each element in `field` that was not in `before` and shares its id with
 * an element that was; returns how many. An id new to the page (none had it) is left alone:
 * it is not a copy of the EHR's.
 */
export function dropClonedIds(field: Element, before: Set<Element>): number {
  const taken = new Set<string>();
  for (const element of before) if (element.isConnected && element.id) taken.add(element.id);
  let dropped = 0;
  for (const element of field.querySelectorAll('[id]')) {
    if (before.has(element) || !element.id || !taken.has(element.id)) continue;
    element.removeAttribute('id');
    dropped += 1;
  }
  return dropped;
}
