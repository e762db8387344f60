// @vitest-environment happy-dom
/** The note as lines of inline HTML, for a caret in a list item or table cell. */
import { describe, expect, it } from 'vitest';
import { noteLinesHtml, plainTextHtml } from '@/lib/insert/note-lines';
import { renderHtml, renderText } from '@/lib/note/render';
import { findTemplate } from '@/lib/note/templates';
import { SAMPLE_SESSIONS, sampleContent } from '../note/sample-sessions';

/** The text a browser shows for inline HTML: a line for each <br>, entities decoded. */
function shownText(html: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = html.replace(/<br>/g, '\n');
  return holder.textContent ?? '';
}

describe('noteLinesHtml', () => {
  it('keeps bold runs, puts a line for each paragraph and "- " before each list item', () => {
    const html =
      '<p><strong>Progress note</strong></p><p>Session 3.<br>50 min.</p><p><strong>Plan</strong></p>' +
      '<p><strong>Goals:</strong></p><ul><li>Sleep &amp; rest</li><li>Work</li></ul><p>Weekly.</p>';
    expect(noteLinesHtml({ html, text: '' }, document)).toBe(
      '<strong>Progress note</strong><br><br>Session 3.<br>50 min.<br><br><strong>Plan</strong>' +
        '<br><strong>Goals:</strong><br>- Sleep &amp; rest<br>- Work<br>Weekly.',
    );
  });

  it.each(SAMPLE_SESSIONS.map((s) => [s.id, s] as const))(
    'shows the same lines as the plain text of sample %s',
    (_id, session) => {
      const content = sampleContent(session);
      const template = findTemplate(content.templateId);
      const note = { html: renderHtml(template, content), text: renderText(template, content) };
      const lines = noteLinesHtml(note, document);
      expect(lines).not.toMatch(/<(p|ul|li|div)\b/);
      expect(shownText(lines)).toBe(note.text);
    },
  );

  it('falls back to the plain text, escaped, where the HTML holds more than it knows', () => {
    const note = {
      html: '<h2>Progress note</h2><p>Risk <em>low</em></p>',
      text: 'Progress note\n\nRisk <low>',
    };
    expect(noteLinesHtml(note, document)).toBe(plainTextHtml(note.text));
    expect(plainTextHtml(note.text)).toBe('Progress note<br><br>Risk &lt;low&gt;');
  });
});
