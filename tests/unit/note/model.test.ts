import { describe, expect, it } from 'vitest';
import { emptyContent, migrateContent, type NoteContent } from '@/lib/note/model';
import { renderText } from '@/lib/note/render';
import { BUILT_IN_TEMPLATES, findTemplate, PSYCHODYNAMIC_PROGRESS } from '@/lib/note/templates';

/** A draft as the walking skeleton stored it: no frame, Risk tick in `fields`. */
const skeletonDraft = {
  templateId: 'psychodynamic-progress',
  includePrivate: [],
  sections: { risk: { fields: { noRiskIndicated: true } }, plan: { text: 'Weekly.' } },
} as NoteContent;

describe('note content', () => {
  it('starts empty, with an empty frame', () => {
    expect(emptyContent('stpp-session')).toEqual({
      templateId: 'stpp-session',
      sections: {},
      includePrivate: [],
      frame: {},
    });
  });

  it('migrates an old draft by treating the absent frame as empty, keeping everything else', () => {
    expect(migrateContent(skeletonDraft)).toEqual({ ...skeletonDraft, frame: {} });
    expect(renderText(PSYCHODYNAMIC_PROGRESS, skeletonDraft)).toBe(
      renderText(PSYCHODYNAMIC_PROGRESS, migrateContent(skeletonDraft)),
    );
  });

  it('keeps the public template ids and the default template titles (E2E-CONTRACT.md)', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      'psychodynamic-progress',
      'stpp-session',
      'initial-assessment',
    ]);
    expect(PSYCHODYNAMIC_PROGRESS.sections.map((s) => s.title)).toEqual([
      'Session focus',
      'Mental status',
      'Risk',
      'Themes and patterns',
      'Unconscious material',
      'Defenses',
      'Relationship and transference',
      'Countertransference',
      'Interventions',
      'Response and insight',
      'Progress toward goals',
      'Assessment',
      'Plan',
    ]);
    expect(findTemplate('unknown').id).toBe('psychodynamic-progress');
    // A draft whose own template was removed gets the clinician's edited progress note.
    const edited = { ...PSYCHODYNAMIC_PROGRESS, name: 'Mine' };
    expect(findTemplate('gone', [BUILT_IN_TEMPLATES[1]!, edited]).name).toBe('Mine');
  });

  it.each(BUILT_IN_TEMPLATES)('$id: Risk is required, Countertransference (if any) private', (template) => {
    expect(template.sections.filter((s) => s.kind === 'risk').map((s) => s.required)).toEqual([true]);
    for (const section of template.sections.filter((s) => s.id === 'countertransference')) {
      expect(section.visibility).toBe('private');
    }
  });
});
