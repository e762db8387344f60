// @vitest-environment happy-dom
/**
 * Where the note needs a paragraph of its own: beside text in the caret's paragraph,
 * before the caret and after it, never in an empty one. Caret positions in the saved DOM
 * of each real editor; plain fields by their value.
 */
import { describe, expect, it } from 'vitest';
import { endOf } from '@/lib/insert/caret';
import {
  blockTextAfterCaret,
  blockTextBeforeCaret,
  breaksAtCaret,
  htmlForBrowserEditing,
  INTERCHANGE_NEWLINE,
  needsParagraphBreak,
  paragraphBreaks,
  plainFieldBreaks,
  withParagraphBreaks,
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
  'wangeditor',
  'trix',
  'prosemirror',
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
  // The editor's own paragraph element: Draft's and Slate's blocks are <div>s with a mark,
  // Trix's plain <div>s.
  const block = existingText(doc).parentElement!.closest<HTMLElement>(
    '[data-block="true"], [data-slate-node="element"], p, trix-editor > div',
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

describe('blockTextAfterCaret and breaksAtCaret', () => {
  it.each(RICH)('%s: from the caret to the end of its paragraph', (name) => {
    const doc = load(name);
    const field = fieldIn(doc);
    const text = existingText(doc);
    expect(blockTextAfterCaret(field, caretAt(text, 0)).trim()).toBe('Existing text.');
    expect(blockTextAfterCaret(field, caretAt(text, 11)).trim()).toBe('xt.');
    expect(blockTextAfterCaret(field, caretAt(text, text.length)).trim()).toBe('');
    expect(blockTextAfterCaret(field, endOf(field)).trim()).toBe('');
  });

  it.each(RICH)('%s: breaks on the sides of the caret that have text', (name) => {
    const doc = load(name);
    const field = fieldIn(doc);
    const text = existingText(doc);
    expect(breaksAtCaret(field, caretAt(text, 0))).toEqual({ before: false, after: true });
    expect(breaksAtCaret(field, caretAt(text, 11))).toEqual({ before: true, after: true });
    expect(breaksAtCaret(field, caretAt(text, text.length))).toEqual({ before: true, after: false });
  });

  it.each(RICH)('%s: none in an empty paragraph', (name) => {
    const doc = load(name);
    const empty = addEmptyParagraph(doc);
    const caret = caretAt(empty.querySelector('br')!.parentNode!, 0);
    expect(breaksAtCaret(fieldIn(doc), caret)).toEqual({ before: false, after: false });
  });
});

/** A plain contenteditable field holding `html`, and its first block. */
const fieldWith = (html: string) => {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  const field = document.body.firstElementChild as HTMLElement;
  return { field, block: field.firstElementChild! };
};

describe("a line break (<br>) ends the caret's line", () => {
  it('on an empty line after text (Trix, Shift+Enter), no break on either side', () => {
    // Trix's block after Enter: the text, the line break, and the empty line's placeholder.
    const { field, block } = fieldWith('<div>Existing text.<br><br></div>');
    const caret = caretAt(block, 2);
    expect(blockTextBeforeCaret(field, caret)).toBe('');
    expect(blockTextAfterCaret(field, caret)).toBe('');
    expect(breaksAtCaret(field, caret)).toEqual({ before: false, after: false });
  });

  it("inside a line between others, only that line's text counts", () => {
    const { field, block } = fieldWith('<div>First line.<br>Existing text.<br>Last line.</div>');
    const caret = caretAt(block.childNodes[2]!, 8);
    expect(blockTextBeforeCaret(field, caret)).toBe('Existing');
    expect(blockTextAfterCaret(field, caret)).toBe(' text.');
    expect(breaksAtCaret(field, caretAt(block.childNodes[2]!, 0))).toEqual({ before: false, after: true });
  });
});

describe('paragraphBreaks', () => {
  it('breaks a side only where it has text', () => {
    expect(paragraphBreaks('Existing bef', 'ore')).toEqual({ before: true, after: true });
    expect(paragraphBreaks('', 'Existing text.')).toEqual({ before: false, after: true });
    expect(paragraphBreaks('Existing text.', '\u200b')).toEqual({ before: true, after: false });
    expect(paragraphBreaks(' ', '')).toEqual({ before: false, after: false });
  });
});

describe('plainFieldBreaks', () => {
  const value = 'Existing text.';
  it('a textarea: a blank line between the note and text on either side', () => {
    expect(plainFieldBreaks(value, 14, 14, true)).toEqual({ lead: '\n\n', trail: '' });
    expect(plainFieldBreaks(value, 11, 11, true)).toEqual({ lead: '\n\n', trail: '\n\n' });
    expect(plainFieldBreaks(value, 0, 0, true)).toEqual({ lead: '', trail: '\n\n' });
    expect(plainFieldBreaks('', 0, 0, true)).toEqual({ lead: '', trail: '' });
  });

  it('a textarea: only the line breaks still missing, and a selection is replaced', () => {
    // The caret at the start of the line after "Existing text.": one more makes a blank line.
    expect(plainFieldBreaks('Existing text.\nSecond', 15, 15, true)).toEqual({ lead: '\n', trail: '\n\n' });
    expect(plainFieldBreaks('Existing text.\n\n', 16, 16, true)).toEqual({ lead: '', trail: '' });
    expect(plainFieldBreaks('A\n \nB', 2, 2, true)).toEqual({ lead: '\n', trail: '\n' });
    // "Existing [text]." with "text" selected: the note replaces it between the halves.
    expect(plainFieldBreaks(value, 9, 13, true)).toEqual({ lead: '\n\n', trail: '\n\n' });
  });

  it('a single-line input: a space where the text on that side has none', () => {
    expect(plainFieldBreaks(value, 11, 11, false)).toEqual({ lead: ' ', trail: ' ' });
    expect(plainFieldBreaks('Existing text', 9, 9, false)).toEqual({ lead: '', trail: ' ' });
    expect(plainFieldBreaks('Existing text', 8, 8, false)).toEqual({ lead: ' ', trail: '' });
    expect(plainFieldBreaks(value, 0, 0, false)).toEqual({ lead: '', trail: ' ' });
    expect(plainFieldBreaks(value, 14, 14, false)).toEqual({ lead: ' ', trail: '' });
  });
});

describe('withParagraphBreaks', () => {
  const note = { text: 'Note\n\nPlan', html: '<p>Note</p><p>Plan</p>' };
  it('leads and follows the HTML with empty blocks and the text with line breaks, nothing else', () => {
    expect(withParagraphBreaks(note, { before: true, after: false })).toEqual({
      text: '\nNote\n\nPlan',
      html: '<p></p><p>Note</p><p>Plan</p>',
    });
    expect(withParagraphBreaks(note, { before: true, after: true }, '<h6></h6>')).toEqual({
      text: '\nNote\n\nPlan\n',
      html: '<h6></h6><p>Note</p><p>Plan</p><h6></h6>',
    });
    expect(withParagraphBreaks(note, { before: false, after: true }, '<p></p>', '<p><br></p>')).toEqual({
      text: 'Note\n\nPlan\n',
      html: '<p>Note</p><p>Plan</p><p><br></p>',
    });
    expect(withParagraphBreaks(note, { before: false, after: false })).toEqual(note);
  });
});

describe('htmlForBrowserEditing', () => {
  const html = '<p>Note</p><p>Plan</p>';
  it("Blink: the clipboard's paragraph-break mark on each side that needs a break, nowhere else", () => {
    expect(htmlForBrowserEditing(html, { before: true, after: false }, false)).toBe(
      `<br class="Apple-interchange-newline">${html}`,
    );
    expect(htmlForBrowserEditing(html, { before: false, after: true }, false)).toBe(
      `${html}${INTERCHANGE_NEWLINE}`,
    );
    expect(htmlForBrowserEditing(html, { before: true, after: true }, false)).toBe(
      `${INTERCHANGE_NEWLINE}${html}${INTERCHANGE_NEWLINE}`,
    );
    expect(htmlForBrowserEditing(html, { before: false, after: false }, false)).toBe(html);
  });
  it('Gecko: the note alone, whatever the breaks (its own editing keeps the blocks apart)', () => {
    expect(htmlForBrowserEditing(html, { before: true, after: true }, true)).toBe(html);
  });
});
