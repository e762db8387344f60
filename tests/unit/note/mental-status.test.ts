import { describe, expect, it } from 'vitest';
import { mentalStatusSentences, type MentalStatusAnswers } from '@/lib/note/mental-status';

describe('mentalStatusSentences', () => {
  it.each<[string, MentalStatusAnswers | undefined, string[]]>([
    ['untouched: nothing, never "normal" by default', undefined, []],
    ['empty answers', {}, []],
    ['one observation, no WNL', { items: { mood: '"on edge"' } }, ['Mood: "on edge".']],
    [
      'WNL with exceptions: the exceptions are not listed as normal',
      { withinNormalLimits: true, items: { mood: '"flat"', thoughtContent: 'preoccupied with the move' } },
      [
        'Within normal limits: appearance, behaviour, speech, affect, thought process, orientation, insight, judgment.',
        'Mood: "flat".',
        'Thought content: preoccupied with the move.',
      ],
    ],
    [
      'WNL with items not assessed',
      { withinNormalLimits: true, notAssessed: ['orientation', 'judgment'] },
      [
        'Within normal limits: appearance, behaviour, speech, mood, affect, thought process, thought content, insight.',
        'Not assessed: orientation, judgment.',
      ],
    ],
    [
      'not assessed wins over a stale observation',
      { items: { judgment: 'fair' }, notAssessed: ['judgment'] },
      ['Not assessed: judgment.'],
    ],
    ['blank observation is no observation', { items: { mood: '  ' } }, []],
  ])('%s', (_name, answers, sentences) => {
    expect(mentalStatusSentences(answers)).toEqual(sentences);
  });
});
