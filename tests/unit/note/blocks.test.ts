import { describe, expect, it } from 'vitest';
import { ccrtSentence, chipPhrases, goalItem, sectionBlocks } from '@/lib/note/blocks';
import type { Ccrt, GoalEntry, SectionDef } from '@/lib/note/model';
import { PSYCHODYNAMIC_PROGRESS } from '@/lib/note/templates';

const section = (id: string) => PSYCHODYNAMIC_PROGRESS.sections.find((s) => s.id === id)!;

describe('ccrtSentence', () => {
  it.each<[Ccrt | undefined, string | undefined]>([
    [undefined, undefined],
    [{ wish: ' ' }, undefined],
    [{ wish: 'to be seen' }, 'Core conflictual relationship theme — wish: to be seen.'],
    [
      { responseOfOther: 'looks away', responseOfSelf: 'goes quiet' },
      'Core conflictual relationship theme — response of other: looks away; response of self: goes quiet.',
    ],
  ])('%j → %s', (ccrt, expected) => {
    expect(ccrtSentence(ccrt)).toBe(expected);
  });
});

describe('goalItem', () => {
  it.each<[GoalEntry, string | undefined]>([
    [{ goal: 'Sleep better' }, 'Sleep better.'],
    [{ goal: 'Sleep better', status: 'regressed' }, 'Sleep better: regressed.'],
    [{ goal: ' ', status: 'met' }, 'Met.'],
    [{ goal: '', evidence: 'Slept six hours.' }, 'Evidence: Slept six hours.'],
    [{ goal: '  ' }, undefined],
  ])('%j → %s', (goal, expected) => {
    expect(goalItem(goal)).toBe(expected);
  });
});

describe('chipPhrases', () => {
  it.each<[string, string[], string[]]>([
    ['defenses', [], []],
    ['defenses', ['humor'], ['Defenses observed: humor (high adaptive level).']],
    [
      'defenses',
      ['noted', 'denial'],
      ['Defenses observed: denial (disavowal level).', 'Worked with: noted.'],
    ],
    ['relationship', ['idealizing', 'positive'], ['Transference: idealizing, positive.']],
    ['plan', ['typed chip'], ['Plan: typed chip.']],
  ])('%s %j', (id, chips, phrases) => {
    expect(chipPhrases(section(id), chips)).toEqual(phrases);
  });
});

describe('sectionBlocks', () => {
  it('renders only the structured answers the section offers', () => {
    const plain: SectionDef = { ...section('plan') };
    expect(
      sectionBlocks(plain, {
        insight: 'emotional',
        symptoms: 'improved',
        ccrt: { wish: 'x' },
        text: 'Weekly.',
      }),
    ).toEqual([{ kind: 'paragraph', text: 'Weekly.' }]);
  });

  it('orders structured answers, chips, then the clinician’s paragraphs', () => {
    expect(
      sectionBlocks(section('assessment'), {
        text: 'Sleep still poor.',
        symptoms: 'maintained',
        medicalNecessity: 'Impairs work',
      }),
    ).toEqual([
      { kind: 'paragraph', text: 'Symptoms maintained. Medical necessity: Impairs work.' },
      { kind: 'paragraph', text: 'Sleep still poor.' },
    ]);
  });
});
