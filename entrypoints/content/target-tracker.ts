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
   * `tell`: the focus moved between frames (the background asks every frame): a frame that
   * has it tells the background even when it is the field it had before.
   */
  adoptFocused(tell?: boolean): void;
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
 * `onFrameWatched`: a same-origin child frame's window is watched, again after the page
 * wrote the frame anew (its listeners erased); said again for the same window at times.
 */
export function trackTarget(
  doc: Document,
  signal: AbortSignal,
  onFocused: () => void,
  ownFields = true,
  onFocusLeftForFrame: () => void = () => {},
  onFrameWatched: (frameWin: Window) => void = () => {},
): TargetTracker {
  let element: HTMLElement | null = null;
  let caret: Range | null = null;
  /** The claimed field's document while that field is contenteditable, else null. */
  let editableDoc: Document | null = null;
  const selectionListeners = new WeakMap<Document, () => void>();
  /**
   * The focus left this frame's window since the last claim: another frame may have told
   * the background of its field meanwhile, so the next claim tells again, same field or not.
   */
  let away = false;

  /** `tell`: tell the background even of the same field (the focus came back to it). */
  const claim = (field: HTMLElement, tell = false) => {
    const changed = field !== element;
    element = field;
    // Read once per focus: isContentEditable brings style up to date (Chromium), too dear
    // for selectionchange, which fires on every key typed in the page's own fields.
    editableDoc = field.isContentEditable ? field.ownerDocument : null;
    if (editableDoc) watchSelection(editableDoc);
    const fieldWin = field.ownerDocument.defaultView;
    if (fieldWin && fieldWin !== win) {
      watchFocusMoves(fieldWin);
      watchChildFrames();
    }
    if (changed || tell || away) onFocused();
    away = false;
  };

  // Text fields keep their own selection after blur; contenteditable carets live in the
  // document selection, which the page may clear, so keep a copy while the field has focus.
  // One listener per document, added again at each claim, as for focus moves below: an
  // editor that rewrites its frame with document.open() erases it, and the Document stays.
  const watchSelection = (d: Document) => {
    let listener = selectionListeners.get(d);
    if (!listener) {
      listener = () => {
        if (editableDoc !== d || !element) return;
        const range = selectedRangeIn(element);
        if (range) caret = range;
      };
      selectionListeners.set(d, listener);
    }
    d.addEventListener('selectionchange', listener, { signal });
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

  /**
   * Claims the field the focus is in now, in a same-origin frame of this document, after it
   * left `from` or came into it: this frame's own window, or a same-origin child frame of
   * this one. Focus that goes from one such frame straight into another (two CKEditor 4 or
   * TinyMCE iframes on one page), or from another origin's frame or the panel back into
   * one, leaves this window nothing to hear: the child frame's own blur or focus says so.
   */
  const checkFocusAfter = (from: Window) => {
    // A frame of the page's (an EHR's note module) that lost the focus altogether: it went
    // to a frame this one cannot see into, maybe a field in another module whose editor
    // frame has no listeners left either. Every frame is asked to take its focused field.
    if (from !== win && win !== win?.top && !doc.hasFocus()) return onFocusLeftForFrame();
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
    if (field) claimWithCaret(field, true);
  };
  let pendingCheck: (() => void) | null = null;
  const settle = () => {
    const check = pendingCheck;
    pendingCheck = null;
    check?.();
  };
  const followFocusMove = (from: Window) => (event: Event) => {
    if (event.target !== from) {
      // A field of a watched frame took the focus: it is the one, whatever this document's
      // activeElement says yet (the panel's frame, when the focus came from there).
      const field =
        event.type === 'focus' && from !== win ? editableRoot(event.composedPath()[0] ?? null) : null;
      if (field) {
        pendingCheck = null;
        claimWithCaret(field, true);
      }
      return;
    }
    // Coming into a frame, the focus is already there, in both engines: this check stands
    // for any still waiting from the blur before.
    if (event.type === 'focus') {
      pendingCheck = null;
      return checkFocusAfter(from);
    }
    // A check still waiting from an earlier blur runs first, before the focus moves on.
    settle();
    if (from === win) away = true;
    const check = () => checkFocusAfter(from);
    pendingCheck = check;
    // A field in a same-origin frame is claimed as soon as the focus shows there: keys sent
    // right after the click would find no listener in a frame the page rewrote. Chromium
    // has moved activeElement into an editor's frame by the blur, Firefox by the next task.
    // Anything else (another origin's frame, the focus not there yet) is checked after
    // 20 ms, when both engines have settled; an insert asked sooner checks first.
    const left = from.document;
    const claimEarly = () => {
      if (pendingCheck !== check) return true;
      // Not in the document the focus left: the frame's element may not have moved yet.
      const inner = deepActiveElement(doc);
      const field = inner && inner.ownerDocument !== left ? editableRoot(inner) : null;
      if (!field) return false;
      pendingCheck = null;
      claimWithCaret(field, true);
      return true;
    };
    if (!claimEarly()) win?.setTimeout(() => claimEarly() || win?.setTimeout(settle, 20), 0);
  };
  /**
   * One listener per window, added again at each claim: an editor that rewrites its frame
   * erases it (a second add of the same listener does nothing).
   */
  const listeners = new WeakMap<Window, (event: Event) => void>();
  const watchFocusMoves = (from: Window) => {
    let listener = listeners.get(from);
    if (!listener) listeners.set(from, (listener = followFocusMove(from)));
    from.addEventListener('blur', listener, { capture: true, signal });
    if (from === win) return;
    from.addEventListener('focus', listener, { capture: true, signal });
    onFrameWatched(from);
    watchRewrites(from);
    watchLoads(from);
  };
  /**
   * A watched frame that loads another page (a framed EHR's next client's chart) has a new
   * window, without the listeners added to the last one: they go to the new one as it
   * loads, as after a rewrite. Else the focus coming into it from the panel (or from a
   * frame of another origin) would never be heard, and the field clicked there never
   * claimed: Insert would name the field of the page the frame left.
   */
  const loadsWatched = new WeakSet<Element>();
  const watchLoads = (frameWin: Window) => {
    const frame = frameWin.frameElement;
    if (!frame || loadsWatched.has(frame)) return;
    loadsWatched.add(frame);
    frame.addEventListener(
      'load',
      () => {
        // The window the frame holds now: Firefox cuts off the one watched before, with its
        // document. Gone to another origin: that frame's own content script has its fields.
        const now = sameOriginWindow(frame);
        if (now) watchFocusMoves(now);
      },
      { signal },
    );
  };
  /**
   * A watched frame that the page writes anew (a template loaded after the clinician was in
   * it) gets its listeners back at once, not only at the next claim: the focus may come
   * into it from where this frame hears nothing (the top page, around a module of another
   * origin), and a key pressed right then must still be heard. A MutationObserver outlives
   * document.open(), and the Document's children are replaced only by such a rewrite.
   */
  const observed = new WeakSet<Document>();
  const watchRewrites = (frameWin: Window) => {
    let frameDoc: Document;
    try {
      frameDoc = frameWin.document;
    } catch {
      return; // gone to another origin since: that frame's own content script has it
    }
    if (observed.has(frameDoc)) return;
    observed.add(frameDoc);
    const observer = new MutationObserver(() => {
      if (signal.aborted) return;
      watchFocusMoves(frameWin);
      if (selectionListeners.has(frameDoc)) watchSelection(frameDoc);
    });
    observer.observe(frameDoc, { childList: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  };
  const win = doc.defaultView;
  if (win) watchFocusMoves(win);

  /**
   * Once a field of this frame is in a frame of its own, the page's other same-origin frames
   * are watched too: the focus can go from one straight into another never claimed yet.
   * Only then, never as a page loads.
   */
  const watchChildFrames = () => {
    for (const frame of doc.querySelectorAll('iframe, frame')) {
      const inner = sameOriginWindow(frame);
      if (inner) watchFocusMoves(inner);
    }
  };

  /** A frame element's window while its page is of this document's origin, else null. */
  const sameOriginWindow = (frame: Element): Window | null => {
    try {
      return (frame as HTMLIFrameElement).contentDocument?.location?.origin === doc.location.origin
        ? (frame as HTMLIFrameElement).contentWindow
        : null;
    } catch {
      return null; // another origin: that frame's own content script tracks its fields
    }
  };

  /** Claims a field whose caret selectionchange has not told us: taken from the selection now. */
  const claimWithCaret = (field: HTMLElement, tell = false) => {
    claim(field, tell);
    const range = editableDoc ? selectedRangeIn(field) : null;
    if (range) caret = range;
  };

  const adoptFocused = (tell = false) => {
    if (!ownFields || !doc.hasFocus()) return;
    const field = editableRoot(deepActiveElement(doc));
    if (field && (field !== element || tell)) claimWithCaret(field, tell);
  };

  return {
    adoptFocused,
    get element() {
      settle();
      return element;
    },
    get caret() {
      settle();
      return caret;
    },
  };
}
