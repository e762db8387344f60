/**
 * Clickjacking guard: Insert and Copy act only while the panel is really visible — not
 * covered by anything the page put over it, not faded, blurred, hidden or shrunk. Checked
 * in the top frame, where the page could do those things, in both browsers the same way.
 * Colour-only filters (a dark mode by inversion) are allowed: lib/readable-filter.ts.
 */
import { filtersKeepReadable } from '@/lib/readable-filter';
import { PANEL_NOT_ON_PAGE } from './panel-host-api';
import { deepElementAt } from './shadow-roots';
import { isTopLayerPopover } from './top-layer';

/** Points across the panel that must all show the panel itself. */
const SAMPLES = [
  [0.5, 0.5],
  [0.1, 0.1],
  [0.9, 0.1],
  [0.1, 0.9],
  [0.9, 0.9],
  [0.5, 0.97],
] as const;

const MIN_SIZE_PX = 200;

const DISTORTED = 'The panel is distorted by the page';
const COVERED = 'Something on the page covers the panel';

/**
 * Why the panel is not safely visible, or null when it is. `above`: the page's top-layer
 * elements opened since the panel last went to the top of that layer (panel-mount.ts).
 */
export function panelObstruction(
  doc: Document,
  iframe: HTMLIFrameElement | null,
  above: readonly Element[] = [],
): string | null {
  if (!iframe?.isConnected) return PANEL_NOT_ON_PAGE;
  const rect = iframe.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX) return 'The panel is too small to be read';
  const view = doc.defaultView!;
  const wrapper = iframe.parentElement;
  // In the top layer the panel paints apart from its ancestors: their opacity, filters and
  // transforms do not reach it. The root's do in Firefox (painted over the whole viewport).
  const topLayer = !!wrapper && isTopLayerPopover(wrapper);
  const filters: string[] = [];
  for (let el: Element | null = iframe; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') return 'The panel is hidden';
    if (topLayer && el !== iframe && el !== wrapper && el !== doc.documentElement) continue;
    if (Number(style.opacity) < 0.99) return 'The panel is made transparent by the page';
    if (style.transform !== 'none' && el !== doc.documentElement) return DISTORTED;
    filters.push(style.filter);
  }
  if (!filtersKeepReadable(filters)) return DISTORTED;
  for (const [fx, fy] of SAMPLES) {
    const x = rect.left + rect.width * fx;
    const y = rect.top + rect.height * fy;
    if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight)
      return 'The panel is partly off screen';
    if (deepElementFromPoint(doc, x, y) !== iframe) return COVERED;
  }
  // Overlays with pointer-events: none escape hit testing. Over a panel in the top layer,
  // only what the page put in that layer after it can paint; over a panel outside it,
  // anything positioned after it in document order.
  if (topLayer) {
    const over = above.some(
      (el) => !el.contains(wrapper) && overlaps(el.getBoundingClientRect(), rect) && isPositioned(view, el),
    );
    return over ? COVERED : null;
  }
  let after: Element | null = wrapper;
  while (after) {
    after = nextInDocument(after, wrapper);
    if (after && overlaps(after.getBoundingClientRect(), rect) && isPositioned(view, after)) return COVERED;
  }
  return null;
}

/** What is at a point, down through shadow roots, closed ones too (the panel in a web component's dialog). */
function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  const hit = doc.elementFromPoint(x, y);
  return hit && deepElementAt(hit, x, y);
}

function nextInDocument(el: Element, skipInside: Element | null): Element | null {
  if (el !== skipInside && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

function isPositioned(view: Window, el: Element): boolean {
  const style = view.getComputedStyle(el);
  return style.position !== 'static' && style.visibility === 'visible' && Number(style.opacity) > 0;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return (
    a.width > 0 &&
    a.height > 0 &&
    a.left < b.right &&
    a.right > b.left &&
    a.top < b.bottom &&
    a.bottom > b.top
  );
}
