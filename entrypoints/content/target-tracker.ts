/**
 * Remembers the note field that had focus last in this frame, and its caret, so Insert
 * still knows both after the panel has taken focus.
 */
import { editableRoot } from '@/lib/insert/editable';

export interface TargetTracker {
  readonly element: HTMLElement | null;
  readonly caret: Range | null;
}

export function trackTarget(doc: Document, signal: AbortSignal, onFocused: () => void): TargetTracker {
  let element: HTMLElement | null = null;
  let caret: Range | null = null;

  doc.addEventListener(
    'focusin',
    (event) => {
      // composedPath()[0] sees through open shadow roots to the real field.
      const field = editableRoot(event.composedPath()[0] ?? event.target);
      if (!field) return;
      const changed = field !== element;
      element = field;
      if (changed) onFocused();
    },
    { capture: true, signal },
  );

  // Text fields keep their own selection after blur; contenteditable carets live in the
  // document selection, which the page may clear, so keep a copy while the field has focus.
  doc.addEventListener(
    'selectionchange',
    () => {
      if (!element?.isContentEditable) return;
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (element.contains(range.startContainer)) caret = range.cloneRange();
    },
    { signal },
  );

  return {
    get element() {
      return element;
    },
    get caret() {
      return caret;
    },
  };
}
