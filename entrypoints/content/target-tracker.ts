/**
 * Remembers the note field that had focus last in this frame, and its caret, so Insert
 * still knows both after the panel has taken focus.
 *
 * Fields in same-origin child frames belong to the outermost same-origin frame: editors
 * such as CKEditor 4 write their iframe with `document.open()`, which erases every
 * listener the child frame's own content script had (HTML spec, "document open steps"),
 * and srcdoc frames (TinyMCE) share the parent's origin anyway. When focus leaves this
 * window for such a frame, this frame claims the field inside it; a frame whose parent
 * is same-origin leaves its fields to that parent (`ownFields: false`).
 */
import { editableRoot } from '@/lib/insert/editable';
import { anyShadowRoot, focusedWithin } from './shadow-roots';

export interface TargetTracker {
  readonly element: HTMLElement | null;
  readonly caret: Range | null;
  /**
   * Takes the field that has focus now, if this frame owns it and no focusin told us: an
   * editor that focused itself before this script ran (autofocus), or a page this script
   * was injected into at the shortcut (store build), never fires one we could hear.
   */
  adoptFocused(): void;
}

/** The focused element, down through shadow roots and same-origin frames; null when cross-origin. */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    const inShadow = active && anyShadowRoot(active)?.activeElement;
    if (inShadow) active = inShadow;
    else if (active?.localName === 'iframe' || active?.localName === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        // cross-origin: that frame's own content script adopts its field
      }
      if (!inner || inner.location?.origin !== doc.location.origin) return null;
      active = inner.activeElement;
    } else return active;
  }
}

type ComposedSelection = Selection & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};

/**
 * A copy of the selection's range when it lies in `field`, else null. In a shadow root,
 * Chromium's document selection gives the range moved out to the host: the range inside
 * comes from getComposedRanges, told the field's root (closed roots included).
 */
function selectedRangeIn(field: HTMLElement): Range | null {
  const doc = field.ownerDocument;
  const selection = doc.getSelection() as ComposedSelection | null;
  if (!selection || selection.rangeCount === 0) return null;
  const root = field.getRootNode() as Node & Partial<ShadowRoot>;
  let range: Range = selection.getRangeAt(0);
  if (root.nodeType === 11 && root.host && selection.getComposedRanges) {
    const [inside] = selection.getComposedRanges({ shadowRoots: [root as ShadowRoot] });
    if (inside) {
      range = doc.createRange();
      range.setStart(inside.startContainer, inside.startOffset);
      range.setEnd(inside.endContainer, inside.endOffset);
    }
  }
  return field.contains(range.startContainer) ? range.cloneRange() : null;
}

/**
 * `onFocused`: this frame claimed a new field. `onFocusLeftForFrame`: the focus left this
 * window for a frame of another origin (not an extension's, the panel's among them).
 */
export function trackTarget(
  doc: Document,
  signal: AbortSignal,
  onFocused: () => void,
  ownFields = true,
  onFocusLeftForFrame: () => void = () => {},
): TargetTracker {
  let element: HTMLElement | null = null;
  let caret: Range | null = null;
  /** The claimed field's document while that field is contenteditable, else null. */
  let editableDoc: Document | null = null;
  const watched = new WeakSet<Document>();

  const claim = (field: HTMLElement) => {
    const changed = field !== element;
    element = field;
    // Read once per focus: isContentEditable brings style up to date (Chromium), too dear
    // for selectionchange, which fires on every key typed in the page's own fields.
    editableDoc = field.isContentEditable ? field.ownerDocument : null;
    if (editableDoc) watchSelection(editableDoc);
    if (changed) onFocused();
  };

  // Text fields keep their own selection after blur; contenteditable carets live in the
  // document selection, which the page may clear, so keep a copy while the field has focus.
  const watchSelection = (d: Document) => {
    if (watched.has(d)) return;
    watched.add(d);
    d.addEventListener(
      'selectionchange',
      () => {
        if (editableDoc !== d || !element) return;
        const range = selectedRangeIn(element);
        if (range) caret = range;
      },
      { signal },
    );
  };
  watchSelection(doc);

  doc.addEventListener(
    'focusin',
    (event) => {
      // composedPath()[0] sees through open shadow roots to the real field; a closed one
      // stops it at the host, whose focused element is looked up inside.
      const target = event.composedPath()[0] ?? event.target;
      const field =
        editableRoot(target) ??
        ((target as Node | null)?.nodeType === 1 ? editableRoot(focusedWithin(target as Element)) : null);
      if (field && ownFields) claim(field);
    },
    { capture: true, signal },
  );

  const win = doc.defaultView;
  win?.addEventListener(
    'blur',
    (event) => {
      if (event.target !== win) return;
      // Firefox moves activeElement to the frame only after the blur event.
      win.setTimeout(() => {
        let inner: Element | null = doc.activeElement;
        // Down through nested same-origin frames to the focused element.
        while (inner?.localName === 'iframe' || inner?.localName === 'frame') {
          let inside: Document | null = null;
          try {
            inside = (inner as HTMLIFrameElement).contentDocument;
          } catch {
            // Cross-origin (Firefox throws where Chromium gives null).
          }
          // Same origin only: Firefox lets content scripts into cross-origin frames too.
          if (!inside || inside.location?.origin !== doc.location.origin) {
            // That frame's own content script tracks its fields, unless the focus went on
            // into a frame of its own whose listeners its page erased: it cannot hear that.
            if (!/^(chrome|moz)-extension:/.test((inner as HTMLIFrameElement).src)) onFocusLeftForFrame();
            return;
          }
          inner = inside.activeElement;
        }
        if (!inner || inner.ownerDocument === doc) return;
        const field = editableRoot(inner);
        // Claimed after the click that put the caret there: no selectionchange to come.
        if (field) claimWithCaret(field);
      }, 20);
    },
    { capture: true, signal },
  );

  /** Claims a field whose caret selectionchange has not told us: taken from the selection now. */
  const claimWithCaret = (field: HTMLElement) => {
    claim(field);
    const range = editableDoc ? selectedRangeIn(field) : null;
    if (range) caret = range;
  };

  const adoptFocused = () => {
    if (!ownFields || !doc.hasFocus()) return;
    const field = editableRoot(deepActiveElement(doc));
    if (field && field !== element) claimWithCaret(field);
  };

  return {
    adoptFocused,
    get element() {
      return element;
    },
    get caret() {
      return caret;
    },
  };
}
