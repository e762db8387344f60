// @vitest-environment happy-dom
/** The note's HTML as Editor.js's paste takes it: a paragraph per line, nothing dropped. */
import { describe, expect, it } from 'vitest';
import { editorJsHtml } from '@/lib/insert/editorjs-html';
import { noteBlocks } from '@/lib/insert/note-blocks';

const shaped = (html: string) => editorJsHtml(noteBlocks(html, document)!);

describe('editorJsHtml', () => {
  it('keeps paragraphs, with bold as <b>, the inline tag Editor.js keeps', () => {
    expect(shaped('<p><strong>Plan</strong></p><p><strong>Goal:</strong> Weekly &amp; on time.</p>')).toBe(
      '<p><b>Plan</b></p><p><b>Goal:</b> Weekly &amp; on time.</p>',
    );
  });

  it('makes each line of a paragraph a paragraph of its own (Editor.js drops <br>)', () => {
    expect(shaped('<p>Date: 3 March<br>Time: 10:00</p>')).toBe('<p>Date: 3 March</p><p>Time: 10:00</p>');
  });

  it('makes each list item a paragraph led by "- ", as in the plain text', () => {
    expect(shaped('<ul><li>Sleep</li><li><b>Work</b> &lt;3 days</li></ul>')).toBe(
      '<p>- Sleep</p><p>- <b>Work</b> &lt;3 days</p>',
    );
  });

  it('leaves out empty paragraphs and lines, which Editor.js would not keep', () => {
    expect(shaped('<p></p><p>One<br><br>Two</p>')).toBe('<p>One</p><p>Two</p>');
  });
});
