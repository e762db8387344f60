// @vitest-environment happy-dom
/**
 * Where the note needs a paragraph of its own: after text in the caret's paragraph, never
 * in an empty one. Caret positions in the saved DOM of each real editor.
 */
import { describe, expect, it } from 'vitest';
import { endOf } from '@/lib/insert/caret';
import {
  blockTextBeforeCaret,
  lineBeforeCaret,
  needsParagraphBreak,
  withParagraphBreak,
} from '@/lib/insert/paragraph-break';
import { existingText, fieldIn, loadIntoPage as load } from './saved-dom';

const RICH = [
  'ckeditor5',
  'ckeditor4',
  'tinymce',
  'quill',
  'tiptap',
  'lexical',
  'draftjs',
  'slate',
  'contenteditable',
];

const caretAt = (node: Node, offset: number): Range => {
  const range = node.ownerDocument!.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  return range;
};

/** An empty paragraph after the existing one, shaped as the editor's own (a copy emptied). */
function addEmptyParagraph(doc: Document): HTMLElement {
  // The editor's own paragraph element: Draft's and Slate's blocks are <div>s with a mark.
  const block = existingText(doc).parentElement!.closest<HTMLElement>(
    '[data-block="true"], [data-slate-node="element"], p',
  )!;
  const empty = block.cloneNode(true) as HTMLElement;
  const walker = doc.createTreeWalker(empty, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode()!;
  while (text.textContent !== 'Existing text.') text = walker.nextNode()!;
  text.parentNode!.replaceChild(doc.createElement('br'), text);
  block.after(empty);
  return empty;
}

describe('needsParagraphBreak', () => {
  it('after text, yes; in an empty or blank paragraph, no', () => {
    expect(needsParagraphBreak('Existing text.')).toBe(true);
    expect(needsParagraphBreak('')).toBe(false);
    // Editors fill empty paragraphs with these so the caret has somewhere to be.
    expect(needsParagraphBreak(' \u00a0\u200b\n')).toBe(false);
  });
});

describe('blockTextBeforeCaret', () => {
  it.each(RICH)('%s: after the existing text, its paragraph up to the caret', (name) => {
    const doc = load(name);
    const text = existingText(doc);
    // Source formatting around the saved markup is white space, which counts for nothing.
    expect(blockTextBeforeCaret(fieldIn(doc), caretAt(text, text.length)).trim()).toBe('Existing text.');
    expect(blockTextBeforeCaret(fieldIn(doc), caretAt(text, 8)).trim()).toBe('Existing');
    expect(blockTextBeforeCaret(fieldIn(doc), caretAt(text, 0)).trim()).toBe('');
  });

  it.each(RICH)('%s: the end of the field is the end of its last paragraph', (name) => {
    const doc = load(name);
    const field = fieldIn(doc);
    expect(blockTextBeforeCaret(field, endOf(field)).trim()).toBe('Existing text.');
  });

  it.each(RICH)('%s: an empty last paragraph, by caret or at the field end, has nothing before', (name) => {
    const doc = load(name);
    const field = fieldIn(doc);
    const empty = addEmptyParagraph(doc);
    expect(blockTextBeforeCaret(field, caretAt(empty.querySelector('br')!.parentNode!, 0)).trim()).toBe('');
    expect(blockTextBeforeCaret(field, endOf(field)).trim()).toBe('');
  });
});

describe('lineBeforeCaret (plain fields)', () => {
  it('is the current line up to the caret', () => {
    expect(lineBeforeCaret('Existing text.', 14)).toBe('Existing text.');
    expect(lineBeforeCaret('Existing text.\n', 15)).toBe('');
    expect(lineBeforeCaret('First.\nSecond line', 11)).toBe('Seco');
    expect(lineBeforeCaret('', 0)).toBe('');
  });
});

describe('withParagraphBreak', () => {
  it('leads the HTML with an empty paragraph and the text with a line break, nothing else', () => {
    expect(withParagraphBreak({ text: 'Note\n\nPlan', html: '<p>Note</p><p>Plan</p>' })).toEqual({
      text: '\nNote\n\nPlan',
      html: '<p></p><p>Note</p><p>Plan</p>',
    });
  });
});
