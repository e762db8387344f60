// @vitest-environment happy-dom
/**
 * The field a re-rendering EHR put in place of the remembered one (lib/insert/replacement.ts):
 * found only when exactly one field of the same kind is named as the old one was; the
 * caret carries over when the text is unchanged, else the note goes at the end.
 */
import { describe, expect, it } from 'vitest';
import { refusalReason } from '@/lib/insert/editable';
import { currentField, replacementFor } from '@/lib/insert/replacement';

/** Marks elements editable as a browser does (happy-dom computes no isContentEditable). */
const editable = (...elements: Element[]) => {
  for (const el of elements)
    Object.defineProperty(el, 'isContentEditable', { value: true, configurable: true });
};

/** The test window's own document: a field is in a document its window shows. */
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** Swaps `selector`'s element for a fresh copy, as a re-render does; returns the old one. */
function redraw(doc: Document, selector: string, change?: (fresh: HTMLElement) => void): HTMLElement {
  const old = doc.querySelector<HTMLElement>(selector)!;
  const fresh = old.cloneNode(true) as HTMLElement;
  if ('value' in old) (fresh as HTMLTextAreaElement).value = (old as HTMLTextAreaElement).value;
  change?.(fresh);
  old.replaceWith(fresh);
  return old;
}

describe('replacementFor', () => {
  it.each([
    ['id', '<textarea id="note">Existing text.</textarea>'],
    ['name', '<textarea name="progressNote">Existing text.</textarea>'],
    ['aria-label', '<textarea aria-label="Progress note">Existing text.</textarea>'],
    ['aria-labelledby', '<span id="l">Note</span><textarea aria-labelledby="l">Existing text.</textarea>'],
    ['data-testid', '<textarea data-testid="note-body">Existing text.</textarea>'],
    ['placeholder', '<textarea placeholder="Write the note">Existing text.</textarea>'],
  ])('finds the new field by its %s', (_attr, html) => {
    const doc = page(html);
    const gone = redraw(doc, 'textarea');
    expect(replacementFor(gone, doc)).toBe(doc.querySelector('textarea'));
  });

  it('finds nothing for a field named by nothing', () => {
    const doc = page('<textarea>Existing text.</textarea>');
    const gone = redraw(doc, 'textarea');
    expect(replacementFor(gone, doc)).toBeNull();
  });

  it('finds nothing when two fields are named alike', () => {
    const doc = page('<textarea name="note">A</textarea><textarea name="note">B</textarea>');
    const gone = redraw(doc, 'textarea');
    expect(replacementFor(gone, doc)).toBeNull();
  });

  it('takes no field of another kind: an input for a textarea, a date for a text input', () => {
    const doc = page('<input id="note" type="text" />');
    const gone = redraw(doc, 'input', (fresh) => fresh.setAttribute('type', 'date'));
    expect(replacementFor(gone, doc)).toBeNull();
    const other = page('<input name="note" />');
    const textarea = other.createElement('textarea');
    textarea.setAttribute('name', 'note');
    const old = other.querySelector('input')!;
    old.replaceWith(textarea);
    expect(replacementFor(old, other)).toBeNull();
  });

  it('finds a contenteditable field redrawn, and skips one no longer editable', () => {
    const doc = page('<div aria-label="Progress note" contenteditable="true"><p>Existing text.</p></div>');
    editable(doc.querySelector('div')!);
    const gone = redraw(doc, 'div', (fresh) => editable(fresh));
    expect(replacementFor(gone, doc)).toBe(doc.querySelector('div'));
    const readOnly = page('<div aria-label="Progress note" contenteditable="true"><p>Text</p></div>');
    const old = redraw(readOnly, 'div', (fresh) => fresh.removeAttribute('contenteditable'));
    expect(replacementFor(old, readOnly)).toBeNull();
  });
});

describe('currentField', () => {
  it('leaves a field still on the page as it is, with its caret', () => {
    const doc = page('<div contenteditable="true">Text</div>');
    const caret = doc.createRange();
    const element = doc.querySelector<HTMLElement>('div')!;
    expect(currentField({ element, caret })).toEqual({ element, caret });
    expect(currentField({ element: null, caret: null })).toEqual({ element: null, caret: null });
  });

  it('carries a text field caret over to its replacement when the text is the same', () => {
    const doc = page('<textarea id="note">Existing text.</textarea>');
    const old = doc.querySelector('textarea')!;
    redraw(doc, '#note');
    // Browsers keep a removed field's selection (insert-frameworks.e2e.ts); happy-dom resets it.
    Object.defineProperties(old, { selectionStart: { value: 11 }, selectionEnd: { value: 11 } });
    const { element, caret } = currentField({ element: old, caret: null });
    const fresh = doc.querySelector('textarea')!;
    expect(element).toBe(fresh);
    expect(caret).toBeNull();
    expect([fresh.selectionStart, fresh.selectionEnd]).toEqual([11, 11]);
  });

  it('puts the caret at the end when the text changed meanwhile', () => {
    const doc = page('<textarea id="note">Existing text.</textarea>');
    const old = doc.querySelector('textarea')!;
    old.setSelectionRange(3, 3);
    redraw(doc, '#note', (fresh) => ((fresh as HTMLTextAreaElement).value = 'Existing text. Saved.'));
    currentField({ element: old, caret: null });
    const fresh = doc.querySelector('textarea')!;
    expect([fresh.selectionStart, fresh.selectionEnd]).toEqual([21, 21]);
  });

  it('puts the caret at the end of a redrawn rich field', () => {
    const doc = page('<div id="note" contenteditable="true"><p>Existing text.</p></div>');
    const old = doc.querySelector<HTMLElement>('#note')!;
    editable(old);
    redraw(doc, '#note', (fresh) => editable(fresh));
    const { element, caret } = currentField({ element: old, caret: doc.createRange() });
    const fresh = doc.querySelector<HTMLElement>('#note')!;
    expect(element).toBe(fresh);
    expect(caret?.collapsed).toBe(true);
    expect([caret?.startContainer, caret?.startOffset]).toEqual([fresh, fresh.childNodes.length]);
  });

  it('takes no replacement, and drops the caret, where the field’s frame shows another page', () => {
    // A document no window shows, as a frame's last page is once it loads another.
    const left = document.implementation.createHTMLDocument('Last client');
    left.body.innerHTML = '<textarea id="note">R.T.</textarea>';
    const old = left.querySelector('textarea')!;
    page('<textarea id="note">K.L.</textarea>');
    expect(currentField({ element: old, caret: left.createRange() })).toEqual({ element: old, caret: null });
    expect(refusalReason(old)).toMatch(/no longer on the page/);
  });

  it('keeps the gone field when no replacement is certain: the engine then says so', () => {
    const doc = page('<textarea>Existing text.</textarea>');
    const old = doc.querySelector('textarea')!;
    redraw(doc, 'textarea');
    expect(currentField({ element: old, caret: null }).element).toBe(old);
  });
});
