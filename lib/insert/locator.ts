/**
 * How the page bridge finds the field again in the page's world: one stable selector per
 * tree, from this frame's document down through each open shadow root and each
 * same-origin child frame that holds the field.
 */
import { stableSelector } from './field-key';

export function locatorPath(el: Element, top: Document = document): string[] {
  const path: string[] = [];
  for (let node: Element | null = el; node;) {
    path.unshift(stableSelector(node));
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
