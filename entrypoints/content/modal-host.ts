/**
 * Where the open panel must be while the EHR shows a modal dialog: inside it, since
 * showModal() makes everything else inert. The dialog is found in the page's own tree, and
 * inside web components' shadow roots (Material Web's dialog; closed roots too), which no
 * selector in the page's tree reaches, through the focus the dialog took.
 */
import { focusedWithin } from './shadow-roots';

/**
 * The focused element, down through shadow roots (closed ones too). Not the tracker's deep
 * lookup, which also enters same-origin frames and gives up at others: here a focused frame
 * is the answer (the panel's own, when the clinician is in it, keeps the panel in its dialog).
 */
function deepFocus(doc: Document): Element | null {
  const active = doc.activeElement;
  return active && focusedWithin(active);
}

/** The nearest modal dialog around an element in the flat tree: through slots and shadow hosts. */
export function modalAround(el: Element | null): Element | null {
  for (let node = el; node;) {
    if (node.localName === 'dialog' && node.matches(':modal')) return node;
    node =
      node.assignedSlot ?? node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

/**
 * The modal dialog the panel belongs in, else the root element (outside the body that
 * pages restyle). `current`: where the panel is now, kept while it is still a modal dialog
 * and the focus is elsewhere (the clinician clicked the page's backdrop).
 */
export function panelHost(doc: Document, current: Element | null): Element {
  const modals = doc.querySelectorAll('dialog:modal');
  return (
    modalAround(deepFocus(doc)) ?? modalAround(current) ?? modals[modals.length - 1] ?? doc.documentElement
  );
}
