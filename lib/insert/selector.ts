/**
 * Stable selectors for "Fill fields" mappings: a path of one selector per tree (the page,
 * each same-origin frame, each shadow root) that finds the clinician's chosen field
 * again on a later visit, after a reload or a single-page-app re-render. Each step prefers
 * what survives re-renders — a hand-written id, the field's name, its accessible label,
 * a test attribute, its placeholder — and falls back to a structural path only when
 * nothing else is unique. Ids that frameworks generate per render (React's `:r3:`,
 * Ember's `ember123`, uuids, hashes) are never used: they change on the next render.
 * Every step must match exactly one element when it is made; it is resolved again, from
 * scratch, each time the mapping is used (never a cached element).
 */
import { fieldLabel } from './field-label';
import { treePath } from './locator';

/** A step that finds a field by its accessible label (see field-label.ts) instead of CSS. */
export const LABEL_PREFIX = '@label ';

const TEST_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-cy',
  'data-field',
  'data-field-name',
];

/** True for ids and names a framework or a build made up, which will not be the same next time. */
export function looksGenerated(value: string): boolean {
  return (
    /^[:«].*[:»]$/.test(value) || // React useId: ":r3:", "«r3»"
    /^(ember|ext-|gwt-|yui_|mui-|rc_|ng-|react-select-|headlessui-|radix-|downshift-)/i.test(value) ||
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i.test(value) || // uuid
    /\d{3,}/.test(value) || // counters and timestamps
    /(^|[-_])(?=(?:[a-z]*\d){2})(?=\d*[a-z])[0-9a-z]{6,}($|[-_])/i.test(value) // hash-like chunks
  );
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

type Root = Document | ShadowRoot;

const isTextFieldEl = (el: Element) =>
  el.localName === 'textarea' ||
  (el.localName === 'input' &&
    ['text', 'search', ''].includes((el.getAttribute('type') ?? '').toLowerCase()));

const editableAttr = (el: Element | null) => {
  const value = el?.getAttribute('contenteditable');
  return value !== null && value !== undefined && value !== 'false';
};

/**
 * Fields the clinician can pick: text fields and the editing hosts of contenteditable
 * regions (attribute-based, so it answers the same in Node tests and in browsers).
 */
export function isCandidateField(el: Element): boolean {
  if (isTextFieldEl(el)) return true;
  if (!editableAttr(el)) return false;
  for (let p = el.parentElement; p; p = p.parentElement) if (editableAttr(p)) return false;
  return true;
}

/** Candidate fields in one tree, in document order. */
export function candidateFieldsIn(root: Root): Element[] {
  return Array.from(root.querySelectorAll('textarea, input, [contenteditable]')).filter(isCandidateField);
}

/**
 * The shadow root to look into for an element: its open one by default. A content script
 * passes one that finds closed roots too (entrypoints/content/shadow-roots.ts), where
 * design systems that close theirs keep their fields.
 */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;
const openShadowRoot: ShadowRootOf = (el) => el.shadowRoot;

/**
 * Candidate fields of a page in document order, down through shadow roots (`shadowOf`)
 * and same-origin frames (cross-origin frames, the panel's among them, are left out).
 */
export function allCandidateFields(root: Root, shadowOf: ShadowRootOf = openShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isCandidateField(el)) found.push(el);
    const shadow = shadowOf(el);
    if (shadow) found.push(...allCandidateFields(shadow, shadowOf));
    const doc = childDocument(el);
    if (doc) found.push(...allCandidateFields(doc, shadowOf));
  }
  return found;
}

/**
 * The document inside a frame element when it shares the page's origin, else null.
 * Compared by origin, not by whether `contentDocument` answers: Firefox lets content
 * scripts into cross-origin frames and into extension pages (the panel itself).
 */
export function childDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    const inner = doc?.defaultView?.origin;
    return doc && inner !== undefined && inner === el.ownerDocument.defaultView?.origin ? doc : null;
  } catch {
    return null;
  }
}

/** Everything one step matches in a tree. A malformed step matches nothing. */
export function matchStep(root: Root, step: string): Element[] {
  if (step.startsWith(LABEL_PREFIX)) {
    const label = step.slice(LABEL_PREFIX.length);
    return candidateFieldsIn(root).filter((el) => fieldLabel(el) === label);
  }
  try {
    return Array.from(root.querySelectorAll(step));
  } catch {
    return [];
  }
}

const idSelector = (id: string) => (/^[A-Za-z_][\w-]*$/.test(id) ? `#${id}` : `[id=${quote(id)}]`);

const stable = (value: string | null): value is string => !!value && !looksGenerated(value);

/** Attribute-based selectors for an element, most stable first, without checking uniqueness. */
function attributeSteps(el: Element, field: boolean): string[] {
  const steps: string[] = [];
  const tag = el.localName;
  if (stable(el.id)) steps.push(idSelector(el.id));
  const name = el.getAttribute('name');
  if (stable(name)) steps.push(`${tag}[name=${quote(name)}]`);
  const aria = el.getAttribute('aria-label');
  if (aria) steps.push(`${tag}[aria-label=${quote(aria)}]`);
  if (field) {
    const label = fieldLabel(el);
    if (stable(label)) steps.push(LABEL_PREFIX + label);
  } else {
    const title = el.getAttribute('title');
    if (title) steps.push(`${tag}[title=${quote(title)}]`);
  }
  for (const attr of TEST_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (stable(value)) steps.push(`${tag}[${attr}=${quote(value)}]`);
  }
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) steps.push(`${tag}[placeholder=${quote(placeholder)}]`);
  return steps;
}

const isUnique = (root: Root, step: string, el: Element) => {
  const found = matchStep(root, step);
  return found.length === 1 && found[0] === el;
};

function nthOfType(el: Element): string {
  const parent = el.parentElement ?? el.parentNode;
  const same = parent ? Array.from(parent.children).filter((c) => c.localName === el.localName) : [el];
  return same.length > 1 ? `${el.localName}:nth-of-type(${same.indexOf(el) + 1})` : el.localName;
}

/**
 * A structural step: child steps up to the nearest ancestor that has a unique stable
 * attribute (a section with a hand-written id, say), or up to the tree's top.
 */
function structuralStep(el: Element, root: Root): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node !== el) {
      const anchor = attributeSteps(node, false).find(
        (s) => !s.startsWith(LABEL_PREFIX) && isUnique(root, s, node!),
      );
      if (anchor) {
        parts.unshift(anchor);
        break;
      }
    }
    parts.unshift(nthOfType(node));
  }
  return parts.join(' > ');
}

/** The most stable step that finds exactly this element in its own tree. */
export function stepFor(el: Element, field: boolean): string {
  const root = el.getRootNode() as Root;
  return attributeSteps(el, field).find((s) => isUnique(root, s, el)) ?? structuralStep(el, root);
}

/** The path to a field from the top document: frame and shadow-host steps, then the field's. */
export const fieldPath = (el: Element, top: Document): string[] => treePath(el, top, stepFor);

export type Resolution =
  | { ok: true; element: HTMLElement }
  /** `matches` is 0 when the field is gone, more than 1 when the step became ambiguous. */
  | { ok: false; matches: number };

/**
 * Finds the field a path names, now; it must be the one element each step matches. Shadow
 * hosts are entered through `shadowOf` (open roots only by default).
 */
export function resolvePath(
  path: string[],
  top: Document,
  shadowOf: ShadowRootOf = openShadowRoot,
): Resolution {
  let root: Root = top;
  for (const [index, step] of path.entries()) {
    const found = matchStep(root, step);
    if (found.length !== 1) return { ok: false, matches: found.length };
    const el = found[0]!;
    if (index === path.length - 1) return { ok: true, element: el as HTMLElement };
    const inner: Root | null = childDocument(el) ?? shadowOf(el);
    if (!inner) return { ok: false, matches: 0 };
    root = inner;
  }
  return { ok: false, matches: 0 };
}
