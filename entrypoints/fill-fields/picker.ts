/**
 * The field picker in one frame's tree: while it runs, the field under the pointer is
 * highlighted and a click picks it (the click does not reach the page). It covers the
 * document it starts in, its same-origin frames and shadow roots (closed ones too); every cross-origin
 * frame of the tab runs a picker of its own (entrypoints/background/fields-tab.ts), so
 * keys pressed on the page go to the background, which steps through the fields of all
 * frames as one list: Tab / Shift+Tab move, Enter picks, Escape cancels. The panel's own
 * frame is never a candidate.
 */
import { editableRoot } from '@/lib/insert/editable';
import { fieldLabel } from '@/lib/insert/field-label';
import { allCandidateFields, childDocument } from '@/lib/insert/selector';
import type { PickKey } from '@/lib/messages';
import { PANEL_TITLE } from '../content/panel-mount';
import { anyShadowRoot, deepElementAt } from '../content/shadow-roots';
import { createOverlay } from './overlay';

export interface Picker {
  /** How many fields this tree shows, and which of them is highlighted (-1: none). */
  fields(): { count: number; at: number };
  /** Highlights this tree's field at `index` (scrolled into view); its label, or null when there is none. */
  highlightAt(index: number): string | null;
  /** Drops the highlight: a field in another frame has it now. */
  clear(): void;
  choose(): boolean;
  cancel(): void;
}

export interface PickerOptions {
  /** Only the top frame sees the panel's frame: it ends picking when the panel closes. */
  watchPanel: boolean;
  /** A key pressed on the page, or the pointer moving onto a field. */
  onKey(key: PickKey): void;
}

/** A field a person can see: laid out, not `type=hidden`, not collapsed to nothing. */
function isShown(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

export const labelOf = (el: Element) => fieldLabel(el) || 'Unlabelled field';

/** The documents whose pointer and keys the picker listens to: the page and its same-origin frames. */
function documentsOf(top: Document): Document[] {
  const docs = [top];
  for (const frame of Array.from(top.querySelectorAll('iframe, frame'))) {
    const doc = childDocument(frame);
    if (doc) docs.push(...documentsOf(doc));
  }
  return docs;
}

/**
 * The field a pointer or click event happened in. composedPath sees through open shadow
 * roots; a closed one shows only its host, so the pointer's place is looked up inside it.
 */
function fieldAt(event: Event): HTMLElement | null {
  const hit = event.composedPath()[0] ?? event.target;
  if (hit instanceof Element && event instanceof MouseEvent && anyShadowRoot(hit))
    return editableRoot(deepElementAt(hit, event.clientX, event.clientY));
  return editableRoot(hit);
}

/** Whether the open panel is on the page: in its own tree, or in a web component's dialog. */
function panelShown(root: Document | ShadowRoot): boolean {
  if (root.querySelector(`iframe[title="${PANEL_TITLE}"]`)) return true;
  return Array.from(root.querySelectorAll('*')).some((el) => {
    const shadow = anyShadowRoot(el);
    return !!shadow && panelShown(shadow);
  });
}

export function startPicker(
  top: Document,
  options: PickerOptions,
  done: (field: Element | null) => void,
): Picker {
  const overlay = createOverlay(top);
  const stop = new AbortController();
  let current: Element | null = null;
  let finished = false;

  const candidates = () => allCandidateFields(top, anyShadowRoot).filter(isShown);
  const highlight = (el: Element) => {
    current = el;
    overlay.show(el, labelOf(el));
  };
  // Picking belongs to the panel: when the clinician closes it, stop highlighting.
  const panelWatch = options.watchPanel
    ? setInterval(() => {
        if (!panelShown(top)) finish(null);
      }, 500)
    : undefined;
  const finish = (field: Element | null) => {
    if (finished) return;
    finished = true;
    clearInterval(panelWatch);
    stop.abort();
    overlay.remove();
    done(field);
  };

  for (const doc of documentsOf(top)) {
    const listen = { capture: true, signal: stop.signal };
    doc.addEventListener(
      'pointermove',
      (event) => {
        const field = fieldAt(event);
        if (!field || field === current) return;
        highlight(field);
        options.onKey('hover');
      },
      listen,
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
        listen,
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
      listen,
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') finish(null);
        else if (event.key === 'Tab') options.onKey(event.shiftKey ? 'previous' : 'next');
        else if (event.key === 'Enter' && current) finish(current);
        // The highlight may be in another frame than the keys.
        else if (event.key === 'Enter') options.onKey('choose');
        else return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      listen,
    );
  }

  return {
    fields: () => {
      const all = candidates();
      return { count: all.length, at: current ? all.indexOf(current) : -1 };
    },
    highlightAt: (index) => {
      const el = candidates()[index];
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      highlight(el);
      return labelOf(el);
    },
    clear: () => {
      current = null;
      overlay.hide();
    },
    choose: () => {
      if (!current) return false;
      finish(current);
      return true;
    },
    cancel: () => finish(null),
  };
}
