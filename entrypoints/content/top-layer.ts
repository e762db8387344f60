/**
 * The panel's place in the page's top layer (a manual popover): above every z-index, out of
 * reach of its ancestors' transforms, filters and opacity. https://html.spec.whatwg.org/#the-popover-attribute
 */

/** Whether the element is shown in the top layer as a popover. */
export function isTopLayerPopover(el: Element): boolean {
  try {
    return el.matches(':popover-open');
  } catch {
    return false; // a browser without the popover API
  }
}
