/**
 * A stable name for a note field, so a second Insert into the same field can be noticed
 * even after a reload: the frame's page key plus the most stable selector we can find.
 */
import { pageKeyOf } from '../page-key';

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** id → name → aria-label → tag with nth-of-type path; the first that is unique wins. */
export function stableSelector(el: Element): string {
  const doc = el.ownerDocument;
  const root = el.getRootNode() as Document | ShadowRoot;
  const unique = (selector: string) => root.querySelectorAll(selector).length === 1;
  if (el.id && unique(`#${CSS.escape(el.id)}`)) return `#${CSS.escape(el.id)}`;
  for (const attr of ['name', 'aria-label', 'data-testid']) {
    const value = el.getAttribute(attr);
    const selector = `${el.localName}[${attr}="${cssEscape(value ?? '')}"]`;
    if (value && unique(selector)) return selector;
  }
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== doc.documentElement; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    const same = parent ? Array.from(parent.children).filter((c) => c.localName === node!.localName) : [];
    parts.unshift(
      same.length > 1 ? `${node.localName}:nth-of-type(${same.indexOf(node) + 1})` : node.localName,
    );
  }
  return parts.join(' > ');
}

export function fieldKey(el: Element, frameUrl: string): string {
  return `${pageKeyOf(frameUrl)} ${stableSelector(el)}`;
}
