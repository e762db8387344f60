import { describe, expect, it } from 'vitest';
import type { SectionEntry } from '@/lib/note/model';
import { NO_RISK_SENTENCE, riskProblems, riskSentences, type RiskAnswers } from '@/lib/note/risk';

const none: RiskAnswers = {
  suicidalIdeation: 'none',
  selfHarm: 'none',
  homicidalIdeation: 'none',
  level: 'low',
};
const passive: RiskAnswers = {
  ...none,
  suicidalIdeation: 'passive',
  plan: 'none',
  intent: 'none',
  meansAccess: 'no firearms at home',
  protectiveFactors: 'daughter',
  level: 'moderate',
  safetyPlanReviewed: true,
};

describe('riskProblems', () => {
  it.each<[string, SectionEntry | undefined, string[]]>([
    ['untouched', undefined, ['Risk not documented']],
    ['empty entry', {}, ['Risk not documented']],
    ['tick cleared', { risk: { noRiskIndicated: false } }, ['Risk not documented']],
    ['blank text', { text: '  ' }, ['Risk not documented']],
    ['No risk indicated', { risk: { noRiskIndicated: true } }, []],
    ['No risk indicated, first panel shape', { fields: { noRiskIndicated: true } }, []],
    ['written assessment only', { text: 'Assessed; see safety plan.' }, []],
    ['all none, low', { risk: none }, []],
    [
      'partly answered',
      { risk: { suicidalIdeation: 'none' } },
      ['Risk incomplete: self-harm, homicidal ideation, level'],
    ],
    ['passive SI with every follow-up', { risk: passive }, []],
    [
      'passive SI without follow-ups',
      { risk: { ...none, suicidalIdeation: 'passive' } },
      ['Risk follow-up missing: plan, intent, access to means, protective factors, safety plan reviewed'],
    ],
    ['safety plan answered "no" counts as answered', { risk: { ...passive, safetyPlanReviewed: false } }, []],
    [
      'self-harm present',
      { risk: { ...none, selfHarm: 'present' } },
      ['Risk follow-up missing: self-harm details, protective factors, safety plan reviewed'],
    ],
    [
      'homicidal ideation present',
      { risk: { ...none, homicidalIdeation: 'present', homicidalDetail: 'towards neighbour' } },
      ['Risk follow-up missing: access to means, safety plan reviewed'],
    ],
    [
      'moderate level with nothing else',
      { risk: { ...none, level: 'moderate' } },
      ['Risk follow-up missing: protective factors, safety plan reviewed'],
    ],
    [
      'tick contradicted by an answer',
      { risk: { noRiskIndicated: true, suicidalIdeation: 'active' } },
      ['Risk answers contradict "No risk indicated"'],
    ],
    [
      'tick plus protective factors is fine',
      { risk: { noRiskIndicated: true, protectiveFactors: 'sister' } },
      [],
    ],
  ])('%s', (_name, entry, problems) => {
    expect(riskProblems(entry)).toEqual(problems);
  });
});

describe('riskSentences', () => {
  it('says only what was picked, never "denies"', () => {
    const all = [
      riskSentences({ risk: none }),
      riskSentences({ risk: passive }),
      riskSentences({ risk: { noRiskIndicated: true } }),
      riskSentences({ risk: { suicidalIdeation: 'active', safetyPlanReviewed: false } }),
    ].flat();
    expect(all.join(' ')).not.toMatch(/denies/i);
  });

  it.each<[string, SectionEntry | undefined, string[]]>([
    ['untouched', undefined, []],
    ['No risk indicated', { risk: { noRiskIndicated: true } }, [NO_RISK_SENTENCE]],
    [
      'all none, low, one by one',
      { risk: none },
      [
        'No suicidal ideation reported.',
        'No self-harm reported.',
        'No homicidal ideation reported.',
        'Risk assessed as low.',
      ],
    ],
    [
      'passive SI',
      { risk: passive },
      [
        'The client reported passive suicidal ideation.',
        'Plan: none.',
        'Intent: none.',
        'Access to means: no firearms at home.',
        'No self-harm reported.',
        'No homicidal ideation reported.',
        'Protective factors: daughter.',
        'Risk assessed as moderate.',
        'Safety plan reviewed.',
      ],
    ],
    [
      'contradicted tick: the answers, not the no-risk sentence',
      { risk: { noRiskIndicated: true, suicidalIdeation: 'active' } },
      ['The client reported active suicidal ideation.'],
    ],
  ])('%s', (_name, entry, sentences) => {
    expect(riskSentences(entry)).toEqual(sentences);
  });

  it('uses the chosen wording', () => {
    expect(riskSentences({ risk: { suicidalIdeation: 'passive' } }, 'patient')).toEqual([
      'The patient reported passive suicidal ideation.',
    ]);
  });
});
