/**
 * A quirks-mode page (no doctype, as many legacy EHRs still are) whose content is shorter
 * than the window: Firefox then measures its root element (`documentElement.clientHeight`)
 * as that content, a few hundred pixels, not the window. Tools that drive the browser by
 * that measure take it for the viewport (Puppeteer's click finds the open panel's lower
 * controls, Risk's "No risk indicated" among them, "not clickable"). While the panel is
 * open the root is at least the window's height (`100%` of the root is the viewport without
 * its scrollbars, so no scrollbar comes of it); nothing shows, the canvas already fills the
 * window. A root with spacing or a minimum height of the page's own is left as it is.
 */

/** The root this module filled, to empty again on close: no mark of it in the page. */
let filled: HTMLElement | null = null;

/** Any vertical margin, border or padding on the root: 100% more would overflow the window. */
function spaced(root: HTMLElement): boolean {
  const style = root.ownerDocument.defaultView?.getComputedStyle(root);
  if (!style) return true;
  return ['top', 'bottom'].some((side) =>
    [`margin-${side}`, `border-${side}-width`, `padding-${side}`].some(
      (property) => Number.parseFloat(style.getPropertyValue(property)) !== 0,
    ),
  );
}

export function fillQuirksRoot(doc: Document, open: boolean): void {
  const root = doc.documentElement;
  if (!open) {
    if (filled === root && root.style.minHeight === '100%') root.style.removeProperty('min-height');
    filled = null;
    return;
  }
  if (doc.compatMode !== 'BackCompat' || filled === root || root.style.minHeight || spaced(root)) return;
  root.style.setProperty('min-height', '100%');
  filled = root;
}
