/** Which elements count as a note field the clinician can type into. */

/** `<input>` types that hold free text; others (date, number, checkbox…) are never targets. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function isTextField(el: Element): el is TextField {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/**
 * A text field that only catches keys for an editor drawn elsewhere (Ace's, Monaco's where
 * the browser has no EditContext): invisible, or a few pixels in size. Its value is not
 * the editor's text: the editor reads each change out of it and empties it again, so an
 * insert there is taken in part, and putting its old value back garbles the editor.
 */
export function isKeyCatcher(field: TextField): boolean {
  const view = field.ownerDocument.defaultView;
  if (!view) return false;
  if (view.getComputedStyle(field).opacity === '0') return true;
  const { width, height } = field.getBoundingClientRect();
  // No box at all: not laid out, nothing to judge by (a DOM without layout, as in unit
  // tests); the catchers seen are a pixel or more each way.
  if (width === 0 && height === 0) return false;
  return width < 4 || height < 4;
}

/**
 * The editing host of a contenteditable element: the outermost editable ancestor, the body
 * at most. A document in designMode (legacy editors' blank frames) is editable up to its
 * <html>, whose end lies after the body, where Firefox puts typing at the body's start.
 */
export function editingHost(el: Element): HTMLElement | null {
  const html = el as HTMLElement;
  if (!html.isContentEditable) return null;
  let host: HTMLElement = html;
  while (host.parentElement?.isContentEditable && host !== host.ownerDocument.body) host = host.parentElement;
  const body = host.ownerDocument.body;
  return host === host.ownerDocument.documentElement && body ? body : host;
}

/**
 * An element the browser hands typing to through an EditContext (Monaco in Chromium): the
 * text goes to the editor's script, which draws it itself, never to the DOM. It is the
 * clinician's note field all the same, so Insert can say why it cannot go there.
 */
export function takesEditContext(el: Element): boolean {
  return Boolean((el as Element & { editContext?: unknown }).editContext);
}

/**
 * The note field an event target belongs to, or null. Text fields are returned as they
 * are; anything inside a contenteditable region resolves to its editing host.
 */
export function editableRoot(target: EventTarget | null): HTMLElement | null {
  if (!target || !(target as Node).nodeType) return null;
  const node = target as Node;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return null;
  if (isTextField(el)) return el as HTMLElement;
  return editingHost(el) ?? (takesEditContext(el) ? (el as HTMLElement) : null);
}

/** Code editors on an EditContext take the clinician's own Ctrl+V as a paste of their own. */
export const EDIT_CONTEXT_REFUSAL =
  "This field takes typing only through the browser's EditContext (a code editor such as Monaco), so the note cannot go in directly";

/**
 * Whether the field's document is still the one its frame shows. A frame that loaded
 * another page leaves its old document without a window: Chromium keeps the old nodes
 * connected to it (a note put there would read back fine, and show nowhere), Firefox cuts
 * them off (a "dead object", which throws at any touch).
 */
export function inShownDocument(el: Element): boolean {
  try {
    return el.ownerDocument.defaultView !== null;
  } catch {
    return false;
  }
}

/** Why a field cannot take text right now, or null when it can. */
export function refusalReason(el: HTMLElement): string | null {
  if (!inShownDocument(el) || !el.isConnected)
    return 'The note field is no longer on the page — click into it and try again';
  if (takesEditContext(el)) return EDIT_CONTEXT_REFUSAL;
  if (isTextField(el) && (el.disabled || el.readOnly)) return 'The note field is read-only';
  return null;
}
