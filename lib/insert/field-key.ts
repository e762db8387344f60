/**
 * A stable name for a note field, so a second Insert into the same field can be noticed
 * even after a reload: the frame's page key plus the most stable selector we can find.
 */
import { stablePageKeyOf } from '../page-key';
import { frameOf, treePath } from './locator';

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** id → name → aria-label → tag with nth-of-type path; the first that is unique wins. */
export function stableSelector(el: Element): string {
  const doc = el.ownerDocument;
  const root = el.getRootNode() as Document | ShadowRoot;
  const unique = (selector: string) => root.querySelectorAll(selector).length === 1;
  if (el.id && unique(`#${CSS.escape(el.id)}`)) return `#${CSS.escape(el.id)}`;
  for (const attr of ['name', 'aria-label', 'data-testid']) {
    const value = el.getAttribute(attr);
    const selector = `${el.localName}[${attr}="${cssEscape(value ?? '')}"]`;
    if (value && unique(selector)) return selector;
  }
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== doc.documentElement; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    const same = parent ? Array.from(parent.children).filter((c) => c.localName === node!.localName) : [];
    parts.unshift(
      same.length > 1 ? `${node.localName}:nth-of-type(${same.indexOf(node) + 1})` : node.localName,
    );
  }
  return parts.join(' > ');
}

/** The outermost document `doc` is inside through same-origin frames (itself when none). */
function outermostDocument(doc: Document): Document {
  for (;;) {
    let frame: Element | null = null;
    try {
      frame = doc.defaultView && doc.defaultView !== doc.defaultView.parent ? frameOf(doc) : null;
    } catch {
      // A parent of another origin: its document is out of reach.
    }
    if (!frame) return doc;
    doc = frame.ownerDocument;
  }
}

/**
 * Where `win` sits among the tab's frames: its index among its parent's frames, the parent's
 * among its own parent's, up to the top ("" for the top). A frame can count its parent's
 * frames even when the parent is of another origin, and the indices stay through a reload.
 */
function framePosition(win: Window): string {
  const steps: number[] = [];
  for (let child = win; child.parent && child.parent !== child; child = child.parent) {
    const siblings = child.parent;
    let index = -1;
    for (let i = 0; i < siblings.length; i++)
      if (siblings[i] === child) {
        index = i;
        break;
      }
    steps.unshift(index);
  }
  return steps.join('.');
}

/**
 * `frameUrl` is the address of `here`, the document of the frame that holds the field or
 * one of its same-origin ancestors. The key names the field from the outermost document it
 * is in through same-origin frames, and through each frame and shadow host on the way:
 * two TinyMCE iframes on one page both edit a `<body id="tinymce">`, and two components
 * may each have a `#note` in their shadow root, yet each is a field of its own. A frame's
 * key also says where the frame sits in the tab.
 */
export function fieldKey(el: Element, frameUrl: string, here: Document = document): string {
  const outer = outermostDocument(here);
  const url = outer === here ? frameUrl : outer.URL;
  // Two note modules of another origin may be the same page at the same address.
  const position = outer.defaultView ? framePosition(outer.defaultView) : '';
  const at = position ? ` (frame ${position})` : '';
  // A page loaded again with a fresh cache-buster is the same page: its field the same field.
  return `${stablePageKeyOf(url)}${at} ${treePath(el, outer, stableSelector).join(' >>> ')}`;
}
