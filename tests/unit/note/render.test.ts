import { describe, expect, it } from 'vitest';
import { emptyContent, type NoteContent } from '@/lib/note/model';
import { escapeHtml, NO_RISK_SENTENCE, renderHtml, renderText } from '@/lib/note/render';
import { PSYCHODYNAMIC_PROGRESS as T } from '@/lib/note/templates';
import { validateForInsert } from '@/lib/note/validate';

const content = (sections: NoteContent['sections'], includePrivate: string[] = []): NoteContent => ({
  ...emptyContent(T.id),
  sections,
  includePrivate,
});

describe('renderText', () => {
  it('renders a heading line per section, a blank line between, empty sections left out', () => {
    const text = renderText(
      T,
      content({
        sessionFocus: { text: 'Came in angry; said "nobody keeps a promise".' },
        risk: { fields: { noRiskIndicated: true } },
        defenses: { chips: ['intellectualization', 'devaluation'], text: 'Named the shift; she agreed.' },
        interventions: { chips: ['clarification', 'interpretation'] },
        plan: { text: 'Continue weekly.' },
      }),
    );
    expect(text).toBe(
      [
        'Psychodynamic progress note',
        '',
        'Session focus',
        'Came in angry; said "nobody keeps a promise".',
        '',
        'Risk',
        NO_RISK_SENTENCE,
        '',
        'Defenses',
        'Defenses observed: intellectualization (mental inhibition level), devaluation (minor image-distorting level).',
        'Named the shift; she agreed.',
        '',
        'Interventions',
        'Interventions used: clarification, interpretation.',
        '',
        'Plan',
        'Continue weekly.',
      ].join('\n'),
    );
  });

  it('keeps private sections out unless included for this note', () => {
    const sections = { countertransference: { text: 'Urge to reassure.' }, plan: { text: 'Weekly.' } };
    expect(renderText(T, content(sections))).not.toContain('Urge to reassure.');
    expect(renderText(T, content(sections, ['countertransference']))).toContain(
      'Countertransference\nUrge to reassure.',
    );
  });

  it('never invents content: an untouched note is the heading alone, whitespace-only text is empty', () => {
    expect(renderText(T, content({}))).toBe('Psychodynamic progress note');
    expect(
      renderText(
        T,
        content({ sessionFocus: { text: '  \n ' }, risk: { fields: { noRiskIndicated: false } } }),
      ),
    ).toBe('Psychodynamic progress note');
  });

  it('splits free text into paragraphs at blank lines', () => {
    expect(renderText(T, content({ plan: { text: 'One.\n\n\nTwo.' } }))).toContain('Plan\nOne.\nTwo.');
  });
});

describe('renderHtml', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '"quoted" & \'single\'',
    '<script>alert(1)</script>',
    '</p><p>break out',
  ])('escapes clinician text %s', (hostile) => {
    const html = renderHtml(T, content({ sessionFocus: { text: hostile }, plan: { chips: [hostile] } }));
    expect(html).not.toContain(hostile);
    expect(html).toContain(escapeHtml(hostile));
    expect(html.replace(/<\/?(p|strong|br)>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('validateForInsert', () => {
  it.each([
    ['untouched', {}, ['Risk not documented']],
    ['unticked', { risk: { fields: { noRiskIndicated: false } } }, ['Risk not documented']],
    ['ticked', { risk: { fields: { noRiskIndicated: true } } }, []],
    ['written', { risk: { text: 'Passive SI without plan; safety plan reviewed.' } }, []],
  ] as const)('risk %s', (_name, sections, messages) => {
    expect(
      validateForInsert(T, content(sections as NoteContent['sections'])).blocking.map((p) => p.message),
    ).toEqual(messages);
  });
});
