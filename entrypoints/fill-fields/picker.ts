/**
 * The field picker: while it runs, the field under the pointer is highlighted and a click
 * picks it (the click does not reach the page); from the keyboard, Tab / Shift+Tab (on
 * the page) or the panel's arrow keys move through the page's fields, Enter picks and
 * Escape cancels. Fields in same-origin frames and open shadow roots count; the panel's
 * own frame is never a candidate.
 */
import { editableRoot } from '@/lib/insert/editable';
import { fieldLabel } from '@/lib/insert/field-label';
import { allCandidateFields, childDocument } from '@/lib/insert/selector';
import type { PickHighlight } from '@/lib/messages';
import { PANEL_TITLE } from '../content/panel-mount';
import { createOverlay } from './overlay';

export interface Picker {
  step(delta: 1 | -1): PickHighlight | null;
  choose(): boolean;
  cancel(): void;
}

/** A field a person can see: laid out, not `type=hidden`, not collapsed to nothing. */
function isShown(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

const labelOf = (el: Element) => fieldLabel(el) || 'Unlabelled field';

/** The documents whose pointer and keys the picker listens to: the page and its same-origin frames. */
function documentsOf(top: Document): Document[] {
  const docs = [top];
  for (const frame of Array.from(top.querySelectorAll('iframe, frame'))) {
    const doc = childDocument(frame);
    if (doc) docs.push(...documentsOf(doc));
  }
  return docs;
}

/** The field an event happened in; composedPath sees through open shadow roots. */
const fieldAt = (event: Event) => editableRoot(event.composedPath()[0] ?? event.target);

export function startPicker(top: Document, done: (field: Element | null) => void): Picker {
  const overlay = createOverlay(top);
  const stop = new AbortController();
  let current: Element | null = null;
  let finished = false;

  const candidates = () => allCandidateFields(top).filter(isShown);
  const highlight = (el: Element) => {
    current = el;
    overlay.show(el, labelOf(el));
  };
  // Picking belongs to the panel: when the clinician closes it, stop highlighting.
  const panelWatch = setInterval(() => {
    if (!top.querySelector(`iframe[title="${PANEL_TITLE}"]`)) finish(null);
  }, 500);
  const finish = (field: Element | null) => {
    if (finished) return;
    finished = true;
    clearInterval(panelWatch);
    stop.abort();
    overlay.remove();
    done(field);
  };
  const step = (delta: 1 | -1): PickHighlight | null => {
    const all = candidates();
    if (all.length === 0) return null;
    const at = current ? all.indexOf(current) : -1;
    const next = at === -1 ? (delta === 1 ? 0 : all.length - 1) : (at + delta + all.length) % all.length;
    const el = all[next]!;
    el.scrollIntoView({ block: 'nearest' });
    highlight(el);
    return { label: labelOf(el), index: next + 1, count: all.length };
  };

  for (const doc of documentsOf(top)) {
    const options = { capture: true, signal: stop.signal };
    doc.addEventListener(
      'pointermove',
      (event) => {
        const field = fieldAt(event);
        if (field && field !== current) highlight(field);
      },
      options,
    );
    // The page must not react to the picking click (no focus, no navigation, no menu).
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'])
      doc.addEventListener(
        type,
        (event) => {
          if (!fieldAt(event)) return;
          event.preventDefault();
          event.stopImmediatePropagation();
        },
        options,
      );
    doc.addEventListener(
      'click',
      (event) => {
        const field = fieldAt(event);
        if (!field) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        finish(field);
      },
      options,
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') finish(null);
        else if (event.key === 'Tab') step(event.shiftKey ? -1 : 1);
        else if (event.key === 'Enter' && current) finish(current);
        else return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      options,
    );
  }

  return {
    step,
    choose: () => {
      if (!current) return false;
      finish(current);
      return true;
    },
    cancel: () => finish(null),
  };
}
