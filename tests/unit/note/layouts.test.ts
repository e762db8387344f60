import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutHeading } from '@/lib/note/layouts';
import type { NoteContent, SectionRole } from '@/lib/note/model';
import { renderHtml, renderText, visibleSections } from '@/lib/note/render';
import { BUILT_IN_TEMPLATES, PSYCHODYNAMIC_PROGRESS, STPP_SESSION } from '@/lib/note/templates';

const ROLES: SectionRole[] = ['subjective', 'objective', 'intervention', 'response', 'assessment', 'plan'];

const note = (sections: NoteContent['sections'], extra: Partial<NoteContent> = {}): NoteContent => ({
  templateId: PSYCHODYNAMIC_PROGRESS.id,
  sections,
  includePrivate: [],
  ...extra,
});

describe('layouts', () => {
  it.each(LAYOUTS.filter((l) => l.headings))('%s maps every role to exactly one heading', (layout) => {
    for (const role of ROLES) {
      expect(layout.headings!.filter((h) => h.roles.includes(role))).toHaveLength(1);
    }
  });

  it.each(BUILT_IN_TEMPLATES)('every section of $id has a role and a one-line prompt', (template) => {
    for (const section of template.sections) {
      expect(section.role).toBeDefined();
      expect(section.prompt).toMatch(/^[^\n]{10,120}$/);
    }
  });

  it.each([
    ['soap', 'sessionFocus', 'Subjective'],
    ['soap', 'risk', 'Objective'],
    ['soap', 'interventions', 'Objective'],
    ['soap', 'goals', 'Assessment'],
    ['dap', 'interventions', 'Data'],
    ['dap', 'assessment', 'Assessment'],
    ['birp', 'sessionFocus', 'Behavior'],
    ['birp', 'interventions', 'Intervention'],
    ['birp', 'response', 'Response'],
    ['birp', 'plan', 'Plan'],
    ['psychodynamic', 'themes', 'Themes and patterns'],
  ] as const)('%s puts %s under %s', (layoutId, sectionId, heading) => {
    const layout = LAYOUTS.find((l) => l.id === layoutId)!;
    const section = PSYCHODYNAMIC_PROGRESS.sections.find((s) => s.id === sectionId)!;
    expect(layoutHeading(layout, section)).toBe(heading);
  });

  it('renders the same content under layout headings, each section labelled', () => {
    const content = note({
      sessionFocus: { text: 'Spoke of the move.' },
      risk: { risk: { noRiskIndicated: true } },
      interventions: { chips: ['clarification'] },
      plan: { text: 'Weekly.' },
    });
    expect(renderText(PSYCHODYNAMIC_PROGRESS, content, { layout: 'soap' })).toBe(
      [
        'Psychodynamic progress note',
        '',
        'Subjective',
        'Session focus: Spoke of the move.',
        '',
        'Objective',
        'Risk: No suicidal or homicidal ideation and no self-harm reported; risk assessed as low.',
        'Interventions used: clarification.',
        '',
        'Plan',
        'Weekly.',
      ].join('\n'),
    );
    expect(renderHtml(PSYCHODYNAMIC_PROGRESS, content, { layout: 'birp' })).toBe(
      '<p><strong>Psychodynamic progress note</strong></p>' +
        '<p><strong>Behavior</strong></p><p><strong>Session focus:</strong> Spoke of the move.</p>' +
        '<p><strong>Risk:</strong> No suicidal or homicidal ideation and no self-harm reported; risk assessed as low.</p>' +
        '<p><strong>Intervention</strong></p><p>Interventions used: clarification.</p>' +
        '<p><strong>Plan</strong></p><p>Weekly.</p>',
    );
  });

  it('labels a section whose own text merely starts with its title', () => {
    const content = note({ sessionFocus: { text: 'Moved.' }, defenses: { text: 'Defenses eased late on.' } });
    expect(renderText(PSYCHODYNAMIC_PROGRESS, content, { layout: 'dap' })).toContain(
      'Data\nSession focus: Moved.\nDefenses: Defenses eased late on.',
    );
  });

  it.each(LAYOUTS)('keeps private sections out of the $id layout unless included', (layout) => {
    const sections = { countertransference: { text: 'Urge to reassure.' }, plan: { text: 'Weekly.' } };
    const options = { layout: layout.id };
    expect(renderText(PSYCHODYNAMIC_PROGRESS, note(sections), options)).not.toContain('Urge to reassure');
    expect(
      renderText(
        PSYCHODYNAMIC_PROGRESS,
        note(sections, { includePrivate: ['countertransference'] }),
        options,
      ),
    ).toContain('Urge to reassure.');
  });
});

describe('rendering details', () => {
  it('lists goals, and in HTML as a list', () => {
    const content = note({
      goals: {
        goals: [
          { goal: 'Sleep through the night', status: 'met', evidence: 'Five nights of seven.' },
          { goal: 'Return to work', status: 'not addressed' },
        ],
      },
    });
    expect(renderText(PSYCHODYNAMIC_PROGRESS, content)).toContain(
      'Progress toward goals\n- Sleep through the night: met. Evidence: Five nights of seven.\n- Return to work: not addressed.',
    );
    expect(renderHtml(PSYCHODYNAMIC_PROGRESS, content)).toContain(
      '<ul><li>Sleep through the night: met. Evidence: Five nights of seven.</li><li>Return to work: not addressed.</li></ul>',
    );
  });

  it.each([
    ['client', 'The client showed emotional insight.'],
    ['patient', 'The patient showed emotional insight.'],
  ] as const)('uses "%s" wording', (wording, expected) => {
    expect(
      renderText(PSYCHODYNAMIC_PROGRESS, note({ response: { insight: 'emotional' } }), { wording }),
    ).toContain(expected);
  });

  it('renders the frame under the heading, duration computed, CPT only once times are known', () => {
    const frame = {
      date: '2026-04-02',
      start: '23:30',
      end: '00:20',
      sessionNumber: 3,
      modality: 'couple',
      setting: 'audio',
      telehealthConsent: true,
      participants: 'client and partner',
    } as const;
    expect(renderText(PSYCHODYNAMIC_PROGRESS, note({}, { frame }))).toBe(
      [
        'Psychodynamic progress note',
        '',
        'Date: 2026-04-02. Time: 23:30–00:20 (50 minutes).',
        'Session 3.',
        'Couple, audio-only telehealth. Consent to telehealth confirmed. Participants: client and partner.',
        'CPT: 90847.',
      ].join('\n'),
    );
    expect(renderText(PSYCHODYNAMIC_PROGRESS, note({}, { frame: { modality: 'group' } }))).not.toContain(
      'CPT',
    );
  });

  it('leaves out hidden sections', () => {
    const template = {
      ...PSYCHODYNAMIC_PROGRESS,
      sections: PSYCHODYNAMIC_PROGRESS.sections.map((s) => (s.id === 'plan' ? { ...s, hidden: true } : s)),
    };
    expect(renderText(template, note({ plan: { text: 'Weekly.' } }))).toBe('Psychodynamic progress note');
  });

  it.each([
    [9, false],
    [12, false],
    [13, true],
  ])('STPP termination section at session %i of 16: shown %s', (sessionNumber, shown) => {
    const content = note(
      { termination: { chips: ['relapse plan'] } },
      { templateId: STPP_SESSION.id, frame: { sessionNumber, courseLength: 16 } },
    );
    expect(visibleSections(STPP_SESSION, content).some((s) => s.id === 'termination')).toBe(shown);
    expect(renderText(STPP_SESSION, content).includes('Termination work: relapse plan.')).toBe(shown);
  });

  it('renders defense work chips as their own phrase', () => {
    expect(
      renderText(PSYCHODYNAMIC_PROGRESS, note({ defenses: { chips: ['splitting', 'interpreted'] } })),
    ).toContain(
      'Defenses\nDefenses observed: splitting (major image-distorting level).\nWorked with: interpreted.',
    );
  });
});
