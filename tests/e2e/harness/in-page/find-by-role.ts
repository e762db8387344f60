/**
 * Runs inside a page (bundled by ../role-finder.ts): finds the first element, in document
 * order, with an ARIA role and an exact accessible name, as Playwright's getByRole with
 * `exact: true` and Testing Library do it (dom-accessibility-api implements the W3C
 * accessible-name computation). Firefox's drivers use it instead of Firefox's own
 * accessibility tree: asking that tree turns on Firefox's accessibility service, which then
 * does work on every DOM change for the rest of the browser's life — a cost no clinician
 * without assistive technology pays, and most of a Firefox test's time under load.
 */
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The element's role; an editing host without one is a textbox, as browsers expose it. */
function roleOf(element: Element): string | null {
  const role = getRole(element);
  if (role !== null) return role;
  const host = element as HTMLElement;
  const editingHost = host.isContentEditable && !host.parentElement?.isContentEditable;
  return editingHost ? 'textbox' : null;
}

function findByRole(role: string, name: string): Element | null {
  const wanted = normalized(name);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    if (roleOf(element) !== role) continue;
    if (isInaccessible(element)) continue;
    if (normalized(computeAccessibleName(element)) === wanted) return element;
  }
  return null;
}

Object.defineProperty(globalThis, '__reverieFindByRole', { value: findByRole, configurable: true });
