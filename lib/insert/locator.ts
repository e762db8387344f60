/**
 * How the page bridge finds the field again in the page's world: one stable selector per
 * tree, from this frame's document down through each open shadow root and each
 * same-origin child frame that holds the field.
 */
import { stableSelector } from './field-key';

export const locatorPath = (el: Element, top: Document = document): string[] =>
  treePath(el, top, stableSelector);

/**
 * One step per tree from `top` down to `el`: `step` names the element in its own tree
 * (`isField` for `el` itself), then the shadow host or frame element holding that tree,
 * and so on up to `top`. Shared with the picker's paths (lib/insert/selector.ts).
 */
export function treePath(
  el: Element,
  top: Document,
  step: (node: Element, isField: boolean) => string,
): string[] {
  const path: string[] = [];
  for (let node: Element | null = el; node;) {
    path.unshift(step(node, node === el));
    const root: Node = node.getRootNode();
    // `host` exists only on shadow roots (checked by property: frames have their own ShadowRoot).
    const host: Element | undefined = (root as Partial<ShadowRoot>).host;
    if (host) node = host;
    else if (root !== top) node = frameOf(root as Document);
    else node = null;
  }
  return path;
}

/** The `<iframe>` showing a same-origin document. */
export function frameOf(doc: Document): Element | null {
  const view = doc.defaultView;
  if (view?.frameElement) return view.frameElement;
  const frames = view?.parent?.document.querySelectorAll('iframe, frame') ?? [];
  return Array.from(frames).find((f) => (f as HTMLIFrameElement).contentDocument === doc) ?? null;
}
