/**
 * How the page bridge finds the field again in the page's world: one stable selector per
 * tree, from the document down through each open shadow root that holds the field.
 */
import { stableSelector } from './field-key';

export function locatorPath(el: Element): string[] {
  const path: string[] = [];
  for (let node: Element | null = el; node;) {
    path.unshift(stableSelector(node));
    const root = node.getRootNode();
    // `host` exists only on shadow roots (checked by property: frames have their own ShadowRoot).
    node = (root as Partial<ShadowRoot>).host ?? null;
  }
  return path;
}
