// @vitest-environment happy-dom
/**
 * Which element is the note field (lib/insert/editable.ts): in a document in designMode,
 * everything up to <html> is editable, and the field is its body, whose end is inside it.
 */
import { describe, expect, it } from 'vitest';
import {
  EDIT_CONTEXT_REFUSAL,
  editableRoot,
  isKeyCatcher,
  inShownDocument,
  refusalReason,
  takesEditContext,
} from '@/lib/insert/editable';

/** Marks elements editable as a browser does (happy-dom computes no isContentEditable). */
const editable = (...elements: Element[]) => {
  for (const el of elements)
    Object.defineProperty(el, 'isContentEditable', { value: true, configurable: true });
};

describe('editableRoot', () => {
  it('in a designMode document, a click anywhere finds the body, not <html>', () => {
    const doc = document.implementation.createHTMLDocument('Note');
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'Existing text.';
    doc.body.append(paragraph);
    editable(doc.documentElement, doc.body, paragraph);
    expect(editableRoot(paragraph.firstChild)).toBe(doc.body);
    expect(editableRoot(doc.body)).toBe(doc.body);
    expect(editableRoot(doc.documentElement)).toBe(doc.body);
  });

  it('in a page, the outermost contenteditable ancestor', () => {
    const doc = document.implementation.createHTMLDocument('EHR');
    const host = doc.createElement('div');
    const paragraph = doc.createElement('p');
    host.append(paragraph);
    doc.body.append(host);
    editable(host, paragraph);
    expect(editableRoot(paragraph)).toBe(host);
    expect(editableRoot(doc.body)).toBeNull();
  });
});

/** A textarea laid out at `width` × `height`, as a browser would measure it. */
const laidOut = (width: number, height: number, style = '') => {
  const field = document.createElement('textarea');
  field.setAttribute('style', style);
  document.body.append(field);
  const rect = { width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0 };
  Object.defineProperty(field, 'getBoundingClientRect', { value: () => rect });
  return field;
};

describe('isKeyCatcher', () => {
  it("an EHR's note box is a field of its own", () => {
    expect(isKeyCatcher(laidOut(560, 180))).toBe(false);
    // A one-line input is short, but not a few pixels.
    expect(isKeyCatcher(laidOut(300, 18))).toBe(false);
  });

  it("Ace's textarea (3 × 1 px, invisible) and Monaco's (1 × 1 px) catch keys", () => {
    expect(isKeyCatcher(laidOut(3, 1, 'opacity: 0'))).toBe(true);
    expect(isKeyCatcher(laidOut(1, 1))).toBe(true);
  });

  it('an invisible field of any size catches keys for what is drawn over it', () => {
    expect(isKeyCatcher(laidOut(560, 180, 'opacity: 0'))).toBe(true);
  });

  it('a field not laid out (no box at all) gives nothing to judge by', () => {
    expect(isKeyCatcher(laidOut(0, 0))).toBe(false);
  });
});

/** A <div> the browser would hand typing to through an EditContext, as Monaco makes it. */
const withEditContext = () => {
  const field = document.createElement('div');
  Object.defineProperty(field, 'editContext', { value: {}, configurable: true });
  document.body.append(field);
  return field;
};

describe('a field typed into through an EditContext (Monaco in Chromium)', () => {
  it('is the note field a click into it selects', () => {
    const field = withEditContext();
    expect(takesEditContext(field)).toBe(true);
    expect(editableRoot(field)).toBe(field);
    field.remove();
  });

  it('is refused with the reason, before any adapter is tried', () => {
    const field = withEditContext();
    expect(refusalReason(field)).toBe(EDIT_CONTEXT_REFUSAL);
    field.remove();
  });

  it('a plain element is neither', () => {
    const div = document.createElement('div');
    document.body.append(div);
    expect(takesEditContext(div)).toBe(false);
    expect(editableRoot(div)).toBeNull();
    expect(refusalReason(div)).toBeNull();
    div.remove();
  });
});

describe('inShownDocument', () => {
  it('is true for a field of a document its window shows, false for one no window shows or a dead one', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    expect(inShownDocument(field)).toBe(true);
    field.remove();
    const left = document.implementation.createHTMLDocument('Last page');
    expect(inShownDocument(left.body.appendChild(left.createElement('textarea')))).toBe(false);
    // Firefox: a node of a document its frame replaced throws at any touch.
    const dead = new Proxy(
      {},
      {
        get() {
          throw new TypeError("can't access dead object");
        },
      },
    ) as HTMLElement;
    expect(inShownDocument(dead)).toBe(false);
    expect(refusalReason(dead)).toMatch(/no longer on the page/);
  });
});
