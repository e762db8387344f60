// @vitest-environment happy-dom
/**
 * Where the generic contenteditable path inserts the note's HTML (bold headings,
 * paragraphs, lists) and where its lines as text: a field whose paragraphs are <div>s
 * would get the whole note inside the caret's <div>.
 */
import { describe, expect, it } from 'vitest';
import { takesNoteHtml } from '@/lib/insert/adapters/contenteditable';

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

describe('takesNoteHtml', () => {
  it('in a <p> paragraph, a heading, a list item or a table cell: HTML', () => {
    for (const html of [
      '<p>Existing text.</p>',
      '<h2>Existing text.</h2>',
      '<ul><li>Existing text.</li></ul>',
    ]) {
      const { field, caret } = caretIn(html, 'Existing text.');
      expect(takesNoteHtml(field, caret)).toBe(true);
    }
    const { field, caret } = caretIn(
      '<table><tbody><tr><td>Existing text.</td></tr></tbody></table>',
      'Existing text.',
    );
    expect(takesNoteHtml(field, caret)).toBe(true);
  });

  it('in text directly in the field, or in a field with nothing yet: HTML', () => {
    const bare = caretIn('Existing text.', 'Existing text.', 3);
    expect(takesNoteHtml(bare.field, bare.caret)).toBe(true);
    const empty = caretIn('', '');
    expect(takesNoteHtml(empty.field, empty.caret)).toBe(true);
  });

  it('in a <div> paragraph, with text or empty (<div><br></div>): text', () => {
    const lines = caretIn('<div>Existing text.</div><div>Second.</div>', 'Second.', 2);
    expect(takesNoteHtml(lines.field, lines.caret)).toBe(false);
    const blank = caretIn('<div>Existing text.</div><div><br></div>', '');
    expect(takesNoteHtml(blank.field, blank.caret)).toBe(false);
  });

  it('in inline formatting inside a <p>: HTML (the paragraph decides, not the bold)', () => {
    const { field, caret } = caretIn('<p>Before <strong>bold</strong></p>', 'bold', 2);
    expect(takesNoteHtml(field, caret)).toBe(true);
  });
});
