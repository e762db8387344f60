import { describe, expect, it } from 'vitest';
import {
  carryForward,
  findLastNote,
  lastTimeReference,
  nextFrame,
  referenceLines,
} from '@/lib/note/carry-forward';
import type { NoteContent } from '@/lib/note/model';
import { PSYCHODYNAMIC_PROGRESS as T } from '@/lib/note/templates';

const last: NoteContent = {
  templateId: T.id,
  includePrivate: [],
  frame: { date: '2026-02-25', start: '14:00', end: '14:50', sessionNumber: 36, modality: 'individual' },
  sections: {
    sessionFocus: { text: 'Spoke about the reorganisation.' },
    risk: { risk: { noRiskIndicated: true } },
    mentalStatus: { mentalStatus: { withinNormalLimits: true } },
    themes: {
      text: 'Fear of being forgotten by authority.',
      ccrt: { wish: 'to be remembered', responseOfOther: 'overlooks', responseOfSelf: 'withdraws' },
    },
    relationship: { chips: ['idealizing'] },
    response: { insight: 'emotional', text: 'Tearful when linking it to her father.' },
    goals: { goals: [{ goal: 'Speak up at work', status: 'progressing', evidence: 'Asked for a meeting.' }] },
    assessment: { symptoms: 'improved', medicalNecessity: 'Withdrawal still impairs work.' },
    plan: { text: 'Continue weekly.' },
  },
};

const section = (id: string) => T.sections.find((s) => s.id === id)!;

describe('carryForward', () => {
  it.each([
    ['risk', undefined],
    ['mentalStatus', undefined],
    ['unconscious', undefined],
    ['goals', { goals: [{ goal: 'Speak up at work' }] }],
    [
      'themes',
      {
        text: 'Fear of being forgotten by authority.',
        ccrt: { wish: 'to be remembered', responseOfOther: 'overlooks', responseOfSelf: 'withdraws' },
      },
    ],
    ['relationship', { chips: ['idealizing'] }],
    ['response', { text: 'Tearful when linking it to her father.' }],
    ['assessment', undefined],
    ['plan', { text: 'Continue weekly.' }],
  ])('%s → %j', (id, expected) => {
    expect(carryForward(section(id), last)).toEqual(expected);
  });

  it('copies, so editing the new note never changes the last one', () => {
    const carried = carryForward(section('relationship'), last)!;
    carried.chips!.push('negative');
    expect(last.sections.relationship!.chips).toEqual(['idealizing']);
  });
});

describe('last time reference', () => {
  it('gives goals, open themes and plan as reference lines', () => {
    expect(referenceLines(lastTimeReference(last))).toEqual([
      'Last time (session 36, 2026-02-25):',
      'Goals — Speak up at work (progressing)',
      'Open themes — Fear of being forgotten by authority. Core conflictual relationship theme — wish: to be remembered; response of other: overlooks; response of self: withdraws.',
      'Plan — Continue weekly.',
    ]);
  });

  it('says only "Last time:" about an empty note', () => {
    expect(referenceLines(lastTimeReference({ templateId: T.id, sections: {}, includePrivate: [] }))).toEqual(
      ['Last time:'],
    );
  });

  it.each([
    [{ sessionNumber: 36, date: '2026-02-25', modality: 'individual' }, { sessionNumber: 37 }],
    [
      { sessionNumber: 9, courseLength: 16, focus: 'Grief', setting: 'video' },
      { sessionNumber: 10, courseLength: 16, focus: 'Grief' },
    ],
    [undefined, {}],
  ] as const)('next frame after %j is %j', (frame, expected) => {
    expect(nextFrame(frame)).toEqual(expected);
  });
});

describe('findLastNote', () => {
  const notes = [
    { id: 'a', clientLabel: 'M.K.', updatedAt: 1, content: last },
    { id: 'b', clientLabel: ' M.K. ', updatedAt: 3, content: last },
    { id: 'c', clientLabel: 'R.T.', updatedAt: 5, content: last },
    { id: 'd', clientLabel: '', updatedAt: 9, content: last },
  ];
  it.each([
    ['M.K.', 'b'],
    ['R.T.', 'c'],
    ['m.k.', undefined],
    ['', undefined],
    ['  ', undefined],
  ])('label %j → %s', (label, id) => {
    expect(findLastNote(notes, label)?.id).toBe(id);
  });
});
