import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/note/model';
import {
  canRemoveSection,
  chipsToText,
  editProblems,
  mergeTemplates,
  moveSectionBy,
  removeSection,
  storedCopies,
  textToLines,
  tidyChips,
  tidyTemplate,
  updateSection,
} from '@/lib/note/template-edit';
import { addSection, parseTemplatesFile, serializeTemplates } from '@/lib/note/template-store';
import { BUILT_IN_TEMPLATES, PSYCHODYNAMIC_PROGRESS, STPP_SESSION } from '@/lib/note/templates';

const ids = (t: Template) => t.sections.map((s) => s.id);
const progress = PSYCHODYNAMIC_PROGRESS;

describe('updateSection', () => {
  it('renames, re-words and marks one section, leaving the others and the built-in untouched', () => {
    const edited = updateSection(progress, 'plan', {
      title: 'Next steps',
      prompt: 'What happens next.',
      visibility: 'private',
      required: true,
    });
    expect(edited.sections.find((s) => s.id === 'plan')).toMatchObject({
      title: 'Next steps',
      prompt: 'What happens next.',
      visibility: 'private',
      required: true,
      role: 'plan',
    });
    expect(edited.sections.filter((s) => s.id !== 'plan')).toEqual(
      progress.sections.filter((s) => s.id !== 'plan'),
    );
    expect(progress.sections.at(-1)!.title).toBe('Plan');
  });

  it('stores "not hidden" and "no chips" as absent, so undoing an edit is no change at all', () => {
    const hidden = updateSection(progress, 'unconscious', { hidden: true });
    expect(hidden.sections.find((s) => s.id === 'unconscious')!.hidden).toBe(true);
    expect(updateSection(hidden, 'unconscious', { hidden: false })).toEqual(progress);
    const chipless = updateSection(progress, 'plan', { chipGroups: [] });
    expect(chipless).toEqual(progress);
    expect(storedCopies([updateSection(hidden, 'unconscious', { hidden: false })])).toEqual([]);
  });
});

describe('moveSectionBy', () => {
  it('moves one place up or down, and stays put at either end', () => {
    expect(ids(moveSectionBy(progress, 'risk', -1)).slice(0, 3)).toEqual([
      'sessionFocus',
      'risk',
      'mentalStatus',
    ]);
    expect(ids(moveSectionBy(progress, 'risk', 1)).slice(2, 4)).toEqual(['themes', 'risk']);
    expect(ids(moveSectionBy(progress, 'sessionFocus', -1))).toEqual(ids(progress));
    expect(ids(moveSectionBy(progress, 'plan', 1))).toEqual(ids(progress));
    expect(moveSectionBy(progress, 'nope', 1)).toBe(progress);
  });
});

describe('removeSection', () => {
  it('removes sections the clinician added, never a built-in one (hide those instead)', () => {
    const added = addSection(progress, 'Dreams');
    expect(canRemoveSection(added, 'custom1')).toBe(true);
    expect(removeSection(added, 'custom1')).toEqual(progress);
    expect(canRemoveSection(added, 'plan')).toBe(false);
    expect(removeSection(added, 'plan')).toBe(added);
    expect(canRemoveSection(added, 'risk')).toBe(false);
  });
});

describe('chips box and tidying', () => {
  it.each([
    ['one per line', 'a\nb', ['a', 'b']],
    ['trimmed, empty lines dropped', '  a \n\n  \nb  ', ['a', 'b']],
    ['each chip once', 'a\nb\na', ['a', 'b']],
    ['empty box', '', []],
  ])('%s', (_name, text, chips) => {
    expect(tidyChips(textToLines(text))).toEqual(chips);
  });

  it('keeps what is being typed as typed (a new line is not swallowed)', () => {
    expect(chipsToText(textToLines('a\n'))).toBe('a\n');
  });

  it('round-trips a built-in chip group', () => {
    const group = progress.sections.find((s) => s.id === 'defenses')!.chipGroups![0]!;
    expect(tidyChips(textToLines(chipsToText(group.chips)))).toEqual(group.chips);
  });

  it('tidies names, titles and chips once, dropping emptied chip groups; the built-ins are already tidy', () => {
    for (const template of BUILT_IN_TEMPLATES) expect(tidyTemplate(template)).toEqual(template);
    const messy = updateSection({ ...progress, name: ' Mine ' }, 'plan', {
      title: ' Next steps ',
      chipGroups: [
        { label: 'Quick picks', chips: ['', ' call GP ', 'call GP'] },
        { label: 'Empty', chips: [' ', ''] },
      ],
    });
    const tidy = tidyTemplate(messy);
    expect(tidy.name).toBe('Mine');
    expect(tidy.sections.at(-1)).toMatchObject({
      title: 'Next steps',
      chipGroups: [{ label: 'Quick picks', chips: ['call GP'] }],
    });
    const emptied = updateSection(progress, 'plan', { chipGroups: [{ label: 'Quick picks', chips: [''] }] });
    expect(tidyTemplate(emptied)).toEqual(progress);
  });
});

describe('editProblems', () => {
  it('has nothing against the built-ins', () => {
    for (const template of BUILT_IN_TEMPLATES) expect(editProblems(template)).toEqual([]);
  });

  it.each<[string, Template, string]>([
    ['empty name', { ...progress, name: '  ' }, 'Give the template a name.'],
    ['empty heading', { ...progress, heading: '' }, 'Give “Psychodynamic progress note” a note heading.'],
    [
      'empty section title',
      updateSection(progress, 'themes', { title: ' ' }),
      'Section 4 of “Psychodynamic progress note” needs a title.',
    ],
    [
      'two sections alike',
      updateSection(progress, 'plan', { title: 'assessment' }),
      'Two sections of “Psychodynamic progress note” are called “assessment”.',
    ],
    [
      'risk hidden',
      updateSection(progress, 'risk', { hidden: true }),
      '“Psychodynamic progress note”: the Risk section cannot be hidden or optional.',
    ],
    [
      'a chip too long',
      updateSection(progress, 'plan', { chipGroups: [{ label: 'Quick picks', chips: ['x'.repeat(81)] }] }),
      `The chip “${'x'.repeat(30)}…” is longer than 80 characters.`,
    ],
  ])('%s', (_name, template, problem) => {
    expect(editProblems(template)).toContain(problem);
  });
});

describe('storedCopies and mergeTemplates', () => {
  const renamed = { ...progress, name: 'My note' };
  const own: Template = { ...STPP_SESSION, id: 'own', name: 'Own' };

  it('stores edited built-ins and own templates, never an untouched built-in', () => {
    expect(storedCopies([...BUILT_IN_TEMPLATES])).toEqual([]);
    expect(storedCopies([renamed, STPP_SESSION, own])).toEqual([renamed, own]);
    // A copy read back from a file has its keys in another order: still the built-in.
    const reread = parseTemplatesFile(serializeTemplates([progress]));
    expect(reread.ok && storedCopies(reread.templates)).toEqual([]);
  });

  it('imported templates replace those with the same id, the others are kept', () => {
    const merged = mergeTemplates([progress, STPP_SESSION], [renamed, own]);
    expect(merged.map((t) => t.name)).toEqual(['My note', 'STPP session', 'Own']);
  });
});
