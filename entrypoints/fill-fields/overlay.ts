/**
 * The picker's highlight: a box over the field and its label, drawn in a closed shadow
 * root the page cannot reach or style, ignoring the pointer so the field underneath still
 * gets hovered and clicked. It shows the field's own label and nothing of the note.
 *
 * The host is a manual popover, raised to the top of the page's top layer at each field
 * it shows: an EHR's fields in a modal dialog are in that layer, above any z-index.
 */
import { unzoom } from '@/lib/unzoom';

const STYLE = `
  :host { all: initial !important; position: fixed !important; inset: 0 !important; width: 0 !important;
    height: 0 !important; overflow: visible !important; pointer-events: none !important;
    z-index: 2147483647 !important; display: block !important; }
  :host::backdrop { display: none !important; }
  .box { position: fixed; pointer-events: none; z-index: 2147483647; box-sizing: border-box;
    border: 3px solid #0b57d0; background: rgba(11, 87, 208, 0.12); border-radius: 3px; display: none; }
  .tag { position: absolute; left: -3px; bottom: 100%; margin-bottom: 2px; padding: 2px 6px; white-space: nowrap;
    font: 600 13px/1.4 system-ui, sans-serif; color: #fff; background: #0b57d0; border-radius: 3px; }
`;

export interface Overlay {
  show(el: Element, label: string): void;
  /** Hides the box (another frame's field is highlighted now). */
  hide(): void;
  remove(): void;
}

/**
 * The element's box in the viewport of the window the overlay is drawn in (the topmost
 * same-origin one), through same-origin frames.
 */
function topRect(el: Element): { left: number; top: number; width: number; height: number } {
  const rect = el.getBoundingClientRect();
  let left = rect.left;
  let top = rect.top;
  for (let win: Window | null = el.ownerDocument.defaultView; win && win !== win.top; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const outer = frame.getBoundingClientRect();
    left += outer.left + frame.clientLeft;
    top += outer.top + frame.clientTop;
  }
  return { left, top, width: rect.width, height: rect.height };
}

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('reverie-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const tag = doc.createElement('div');
  tag.className = 'tag';
  box.append(tag);
  root.append(style, box);
  if ('popover' in host) host.popover = 'manual';
  doc.documentElement.append(host);
  /** Above whatever the page showed in the top layer since (showing again is the way up). */
  const raise = () => {
    if (typeof host.showPopover !== 'function') return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // Refused (the page took the popover attribute away): drawn at the top z-index instead.
    }
  };
  return {
    show(el, label) {
      raise();
      // On the box: the host's own styles are the closed root's `all: initial`.
      unzoom(box, host);
      const r = topRect(el);
      Object.assign(box.style, {
        display: 'block',
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
      tag.textContent = label;
    },
    hide: () => {
      box.style.display = 'none';
    },
    remove: () => host.remove(),
  };
}
