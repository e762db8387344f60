/**
 * An element's shadow root, closed ones included. A design system may render its text
 * area inside a closed shadow root: the page's focus then stops at the host, and so would
 * Reverie's. Content scripts may look inside: Chromium gives them
 * `chrome.dom.openOrClosedShadowRoot()`, Firefox `element.openOrClosedShadowRoot`.
 */
type ChromeDom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

export function anyShadowRoot(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;
    if (chromeDom?.openOrClosedShadowRoot) return chromeDom.openOrClosedShadowRoot(el) ?? null;
    return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  } catch {
    return null;
  }
}

/** The focused element inside a focused shadow host, down through every shadow root it has. */
export function focusedWithin(el: Element): Element {
  let active = el;
  for (let inner = anyShadowRoot(active)?.activeElement; inner; inner = anyShadowRoot(active)?.activeElement)
    active = inner;
  return active;
}

/**
 * The element under a point, from `hit` (what its own tree shows there) down through the
 * shadow roots under it, closed ones too: their host is all the page's tree shows.
 */
export function deepElementAt(hit: Element, x: number, y: number): Element {
  for (let inner = anyShadowRoot(hit)?.elementFromPoint(x, y); inner && inner !== hit;) {
    hit = inner;
    inner = anyShadowRoot(hit)?.elementFromPoint(x, y);
  }
  return hit;
}
