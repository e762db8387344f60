// @vitest-environment happy-dom
/**
 * Which element is the note field (lib/insert/editable.ts): in a document in designMode,
 * everything up to <html> is editable, and the field is its body, whose end is inside it.
 */
import { describe, expect, it } from 'vitest';
import { editableRoot } from '@/lib/insert/editable';

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
