// @vitest-environment happy-dom
/**
 * Where the generic contenteditable path inserts the note's HTML (bold headings,
 * paragraphs, lists), where its lines of inline HTML (a list item or table cell, which
 * blocks would leave or split), and where its lines as text: a field whose paragraphs are
 * <div>s would get the whole note inside the caret's <div>.
 */
import { describe, expect, it } from 'vitest';
import { noteShapeAt } from '@/lib/insert/adapters/contenteditable';

function caretIn(html: string, text: string, offset = text.length): { field: HTMLElement; caret: Range } {
  document.body.innerHTML = `<div id="field" contenteditable="true">${html}</div>`;
  const field = document.querySelector<HTMLElement>('#field')!;
  const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && node.nodeValue !== text) node = walker.nextNode();
  const caret = document.createRange();
  if (node) caret.setStart(node, offset);
  else caret.setStart(field.querySelector('br')?.parentNode ?? field, 0);
  caret.collapse(true);
  return { field, caret };
}

describe('noteShapeAt', () => {
  it('in a <p> paragraph or a heading: HTML', () => {
    for (const html of [
      '<p>Existing text.</p>',
      '<h2>Existing text.</h2>',
      '<blockquote>Existing text.</blockquote>',
    ]) {
      const { field, caret } = caretIn(html, 'Existing text.');
      expect(noteShapeAt(field, caret)).toBe('html');
    }
  });

  it('in a list item or a table cell, or a paragraph inside one: lines', () => {
    for (const html of [
      '<ul><li>Existing text.</li><li>Next item.</li></ul>',
      '<ol><li><p>Existing text.</p></li></ol>',
      '<table><tbody><tr><td>Existing text.</td><td>Next cell.</td></tr></tbody></table>',
      '<table><tbody><tr><th><div>Existing text.</div></th></tr></tbody></table>',
      '<dl><dt>Term</dt><dd>Existing text.</dd></dl>',
    ]) {
      const { field, caret } = caretIn(html, 'Existing text.');
      expect(noteShapeAt(field, caret), html).toBe('lines');
    }
    const empty = caretIn('<table><tbody><tr><td><br></td></tr></tbody></table>', '');
    expect(noteShapeAt(empty.field, empty.caret)).toBe('lines');
  });

  it('in a field that may hold phrasing content only (an editable <p>, heading or <span>): lines', () => {
    for (const tag of ['p', 'h3', 'span']) {
      document.body.innerHTML = `<div><${tag} id="field" contenteditable="true">Existing text.</${tag}></div>`;
      const field = document.querySelector<HTMLElement>('#field')!;
      const caret = document.createRange();
      caret.setStart(field.firstChild!, 'Existing text.'.length);
      caret.collapse(true);
      expect(noteShapeAt(field, caret), tag).toBe('lines');
    }
  });

  it('in text directly in the field, or in a field with nothing yet: HTML', () => {
    const bare = caretIn('Existing text.', 'Existing text.', 3);
    expect(noteShapeAt(bare.field, bare.caret)).toBe('html');
    const empty = caretIn('', '');
    expect(noteShapeAt(empty.field, empty.caret)).toBe('html');
  });

  it('in a <div> paragraph, with text or empty (<div><br></div>): text', () => {
    const lines = caretIn('<div>Existing text.</div><div>Second.</div>', 'Second.', 2);
    expect(noteShapeAt(lines.field, lines.caret)).toBe('text');
    const blank = caretIn('<div>Existing text.</div><div><br></div>', '');
    expect(noteShapeAt(blank.field, blank.caret)).toBe('text');
  });

  it('in inline formatting inside a <p>: HTML (the paragraph decides, not the bold)', () => {
    const { field, caret } = caretIn('<p>Before <strong>bold</strong></p>', 'bold', 2);
    expect(noteShapeAt(field, caret)).toBe('html');
  });
});
