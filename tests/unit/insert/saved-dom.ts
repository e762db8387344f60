/** The saved DOM of each real editor (tests/unit/insert/dom/), for tests under happy-dom. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editableRoot } from '@/lib/insert/editable';

const source = (name: string) => readFileSync(join(import.meta.dirname, 'dom', `${name}.html`), 'utf8');

export const load = (name: string): Document => new DOMParser().parseFromString(source(name), 'text/html');

/** The saved DOM as the test's own page (happy-dom's ranges give no text in a parsed document). */
export function loadIntoPage(name: string): Document {
  document.body.replaceWith(document.importNode(load(name).body, true));
  return document;
}

/** The text node holding the field's "Existing text.". */
export function existingText(doc: Document): Text {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent === 'Existing text.' && editableRoot(node)) return node as Text;
  }
  throw new Error('no existing text');
}

/** The field a click on the existing text lands in. */
export function fieldIn(doc: Document): HTMLElement {
  const textarea = doc.querySelector('textarea');
  if (textarea) return textarea;
  return editableRoot(existingText(doc))!;
}
