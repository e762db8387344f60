/**
 * Golden tests over the fictional sample sessions: every rendering (each layout, text and
 * HTML) carries each `expect` fact and none of the `mustNot` ones. A blocked note is
 * represented as "blocked: <messages>", which is what the panel's status region says.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '@/lib/note/layouts';
import { renderHtml, renderText } from '@/lib/note/render';
import { findTemplate } from '@/lib/note/templates';
import { validateForInsert } from '@/lib/note/validate';
import { SAMPLE_SESSIONS, sampleContent } from './sample-sessions';

/** The visible text of rendered HTML, entities decoded, so facts can be looked up in it. */
const htmlText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const cases = SAMPLE_SESSIONS.flatMap((session) =>
  LAYOUTS.flatMap((layout) =>
    (['text', 'html'] as const).map((format) => [session.id, layout.id, format, session] as const),
  ),
);

describe('sample sessions', () => {
  it.each(cases)('%s in %s layout as %s', (_id, layout, format, session) => {
    const template = findTemplate(session.template);
    expect(template.id).toBe(session.template);
    const content = sampleContent(session);
    const rendered =
      format === 'text'
        ? renderText(template, content, { layout })
        : htmlText(renderHtml(template, content, { layout }));
    const blocking = validateForInsert(template, content).blocking.map((p) => p.message);
    const outcome = (blocking.length > 0 ? `blocked: ${blocking.join('; ')}\n` : '') + rendered;
    for (const fact of session.expect) expect(outcome.toLowerCase()).toContain(fact.toLowerCase());
    for (const fact of session.mustNot) expect(outcome.toLowerCase()).not.toContain(fact.toLowerCase());
  });

  it('blocks only the session whose risk was left untouched', () => {
    const blocked = SAMPLE_SESSIONS.filter(
      (s) => validateForInsert(findTemplate(s.template), sampleContent(s)).blocking.length > 0,
    ).map((s) => s.id);
    expect(blocked).toEqual(['risk-untouched']);
  });
});

describe('golden full text', () => {
  it.each([
    ['weekly-long-term', 'psychodynamic'],
    ['weekly-long-term', 'soap'],
    ['passive-si-followups', 'birp'],
    ['stpp-session-9', 'dap'],
  ] as const)('%s in %s layout', async (id, layout) => {
    const session = SAMPLE_SESSIONS.find((s) => s.id === id)!;
    const text = renderText(findTemplate(session.template), sampleContent(session), { layout });
    await expect(text).toMatchFileSnapshot(`./fixtures/golden/${id}.${layout}.txt`);
  });
});
