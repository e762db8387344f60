/**
 * Clickjacking guard: Insert and Copy act only while the panel is really visible — not
 * covered by anything the page put over it, not faded, hidden or shrunk. Checked in the
 * top frame, where the page could do those things, in both browsers the same way.
 */

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

/** Why the panel is not safely visible, or null when it is. */
export function panelObstruction(doc: Document, iframe: HTMLIFrameElement | null): string | null {
  if (!iframe?.isConnected) return 'The panel is not on the page';
  const rect = iframe.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX) return 'The panel is too small to be read';
  const view = doc.defaultView!;
  for (let el: Element | null = iframe; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') return 'The panel is hidden';
    if (Number(style.opacity) < 0.99) return 'The panel is made transparent by the page';
    if (style.filter !== 'none' || (style.transform !== 'none' && el !== doc.documentElement)) {
      return 'The panel is distorted by the page';
    }
  }
  for (const [fx, fy] of SAMPLES) {
    const x = rect.left + rect.width * fx;
    const y = rect.top + rect.height * fy;
    if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight)
      return 'The panel is partly off screen';
    if (doc.elementFromPoint(x, y) !== iframe) return 'Something on the page covers the panel';
  }
  // Overlays with pointer-events: none escape hit testing; anything positioned after the
  // panel in document order and over it can paint on top of it.
  const wrapper = iframe.parentElement;
  let after: Element | null = wrapper;
  while (after) {
    after = nextInDocument(after, wrapper);
    if (after && overlaps(after.getBoundingClientRect(), rect) && isPositioned(view, after)) {
      return 'Something on the page covers the panel';
    }
  }
  return null;
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
