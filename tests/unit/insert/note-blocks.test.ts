// @vitest-environment happy-dom
/** The note's HTML as blocks for editors whose model the page bridge builds directly. */
import { describe, expect, it } from 'vitest';
import { noteBlocks } from '@/lib/insert/note-blocks';
import { renderHtml } from '@/lib/note/render';
import { findTemplate } from '@/lib/note/templates';
import { SAMPLE_SESSIONS, sampleContent } from '../note/sample-sessions';

const blocks = (html: string) => noteBlocks(html, document);

describe('noteBlocks', () => {
  it('keeps paragraphs, bold runs and line breaks, in order', () => {
    expect(blocks('<p><strong>Plan:</strong> Weekly &amp; on time.<br>Review</p><p></p>')).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'Plan:', bold: true },
          { text: ' Weekly & on time.', bold: false },
          { lineBreak: true },
          { text: 'Review', bold: false },
        ],
      },
      { kind: 'paragraph', runs: [] },
    ]);
  });

  it('keeps bulleted lists item by item', () => {
    expect(blocks('<p><strong>Goals:</strong></p><ul><li>Sleep</li><li><b>Work</b></li></ul>')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Goals:', bold: true }] },
      {
        kind: 'list',
        items: [[{ text: 'Sleep', bold: false }], [{ text: 'Work', bold: true }]],
      },
    ]);
  });

  it.each([
    '<h6></h6><p>Note</p>',
    '<p><em>Note</em></p>',
    '<p style="color:red">Note</p>',
    '<ol><li>Note</li></ol>',
    '<ul><li><p>Note</p></li></ul>',
    'Loose text',
    '<p><strong class="x">Note</strong></p>',
  ])('gives up on anything else, so the editor parses it: %s', (html) => {
    expect(blocks(html)).toBeNull();
  });

  it.each(SAMPLE_SESSIONS.map((s) => [s.id, s] as const))(
    'takes the note of sample %s whole',
    (_id, session) => {
      const content = sampleContent(session);
      const html = renderHtml(findTemplate(content.templateId), content);
      const result = blocks(html);
      expect(result).not.toBeNull();
      const text = (result ?? [])
        .flatMap((b) => (b.kind === 'paragraph' ? [b.runs] : b.items))
        .flatMap((runs) => runs.map((r) => ('text' in r ? r.text : '')))
        .join('');
      const body = document.createElement('div');
      body.innerHTML = html;
      expect(text).toBe(body.textContent);
    },
  );
});
