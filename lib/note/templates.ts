/**
 * Built-in templates (data). Titles are the public names in E2E-CONTRACT.md; prompts are
 * ours, written from NOTE-SPEC.md in the clinician's voice. Section ids are stable: drafts,
 * edited templates and carry-forward refer to them.
 */
import type { SectionDef, Template } from './model';
import {
  DEFENSE_LEVELS,
  DEFENSE_WORK_CHIPS,
  HISTORY_CHIPS,
  INTERVENTION_CHIPS,
  SUITABILITY_CHIPS,
  TERMINATION_CHIPS,
  TRANSFERENCE_CHIPS,
  TREATMENT_FRAME_CHIPS,
} from './vocabulary';

export {
  DEFENSE_LEVELS,
  DEFENSE_WORK_CHIPS,
  INTERVENTION_CHIPS,
  TERMINATION_CHIPS,
  TRANSFERENCE_CHIPS,
} from './vocabulary';

const text = (id: string, title: string, prompt: string, extra: Partial<SectionDef> = {}): SectionDef => ({
  id,
  title,
  prompt,
  kind: 'text',
  visibility: 'record',
  required: false,
  role: 'objective',
  ...extra,
});

const RISK: SectionDef = {
  id: 'risk',
  title: 'Risk',
  prompt: 'Suicidal or homicidal ideation, self-harm, protective factors, level of risk.',
  kind: 'risk',
  visibility: 'record',
  required: true,
  role: 'objective',
};

const MENTAL_STATUS: SectionDef = text(
  'mentalStatus',
  'Mental status',
  'Appearance, mood in their words, affect, thought, insight, judgment.',
  { kind: 'mentalStatus' },
);

/** The ongoing-session sections shared by the progress note and the STPP session. */
const SESSION = {
  sessionFocus: text(
    'sessionFocus',
    'Session focus',
    'What did the client bring today? Keep their own words in quotes.',
    { role: 'subjective' },
  ),
  themes: text(
    'themes',
    'Themes and patterns',
    'Recurring relational patterns; links between past and present relationships.',
    { extras: ['ccrt'] },
  ),
  unconscious: text(
    'unconscious',
    'Unconscious material',
    'Associations, dreams, slips, avoided topics, shifts in affect.',
  ),
  defenses: text(
    'defenses',
    'Defenses',
    'Which defenses showed, how you worked with them, and how the client responded.',
    {
      chipsLead: 'Defenses observed',
      chipGroups: [...DEFENSE_LEVELS, DEFENSE_WORK_CHIPS],
      chipsWithGroup: true,
    },
  ),
  relationship: text(
    'relationship',
    'Relationship and transference',
    'Alliance, ruptures and repair; how the client related to you and whether it was explored.',
    { chipsLead: 'Transference', chipGroups: TRANSFERENCE_CHIPS },
  ),
  countertransference: text(
    'countertransference',
    'Countertransference',
    'Your own reactions and what they may say about the client. Private.',
    { visibility: 'private' },
  ),
  interventions: text('interventions', 'Interventions', 'What you did, from expressive to supportive.', {
    chipsLead: 'Interventions used',
    chipGroups: INTERVENTION_CHIPS,
    role: 'intervention',
  }),
  response: text(
    'response',
    'Response and insight',
    'Affect expressed, insight reached, how the client used the work.',
    { extras: ['insight'], role: 'response' },
  ),
  goals: text('goals', 'Progress toward goals', 'Each treatment goal, its status and the evidence.', {
    kind: 'goals',
    role: 'assessment',
  }),
  assessment: text(
    'assessment',
    'Assessment',
    'Symptoms escalated, maintained or improved; why treatment remains necessary.',
    { extras: ['symptoms', 'medicalNecessity'], role: 'assessment' },
  ),
  plan: text('plan', 'Plan', 'Next session, between-session tasks, referrals, changes to goals.', {
    role: 'plan',
  }),
} satisfies Record<string, SectionDef>;

export const PSYCHODYNAMIC_PROGRESS: Template = {
  id: 'psychodynamic-progress',
  name: 'Psychodynamic progress note',
  heading: 'Psychodynamic progress note',
  sections: [
    SESSION.sessionFocus,
    MENTAL_STATUS,
    RISK,
    SESSION.themes,
    SESSION.unconscious,
    SESSION.defenses,
    SESSION.relationship,
    SESSION.countertransference,
    SESSION.interventions,
    SESSION.response,
    SESSION.goals,
    SESSION.assessment,
    SESSION.plan,
  ],
};

export const STPP_SESSION: Template = {
  id: 'stpp-session',
  name: 'STPP session',
  heading: 'Short-term psychodynamic psychotherapy session',
  stpp: true,
  sections: [
    SESSION.sessionFocus,
    MENTAL_STATUS,
    RISK,
    SESSION.themes,
    SESSION.unconscious,
    SESSION.defenses,
    SESSION.relationship,
    SESSION.countertransference,
    SESSION.interventions,
    SESSION.response,
    text(
      'termination',
      'Termination',
      'Feelings about ending, gains so far, what to do if old patterns return.',
      {
        chipsLead: 'Termination work',
        chipGroups: TERMINATION_CHIPS,
        role: 'response',
        lastQuarterOnly: true,
      },
    ),
    SESSION.goals,
    SESSION.assessment,
    SESSION.plan,
  ],
};

export const INITIAL_ASSESSMENT: Template = {
  id: 'initial-assessment',
  name: 'Initial psychodynamic assessment',
  heading: 'Initial psychodynamic assessment',
  intake: true,
  sections: [
    text('presentingProblem', 'Presenting problem', 'What brings the client now, in their words.', {
      role: 'subjective',
      required: true,
    }),
    text('history', 'History', 'Developmental, relational, trauma, medical and substance history.', {
      chipsLead: 'History covered',
      chipGroups: HISTORY_CHIPS,
      role: 'subjective',
    }),
    text(
      'relationalPatterns',
      'Relational patterns',
      'How the client tends to relate to others, then and now.',
      { role: 'subjective', extras: ['ccrt'] },
    ),
    MENTAL_STATUS,
    RISK,
    text(
      'formulation',
      'Psychodynamic formulation',
      'Your working understanding: conflicts, defenses, how the past lives in the present.',
      { role: 'assessment' },
    ),
    text(
      'suitability',
      'Suitability',
      'Psychological mindedness, ego strength, motivation, capacity for alliance.',
      { chipsLead: 'Suitability for psychodynamic work', chipGroups: SUITABILITY_CHIPS, role: 'assessment' },
    ),
    text('goals', 'Goals', 'Goals you and the client set together.', { kind: 'goals', role: 'plan' }),
    text('treatmentFrame', 'Treatment frame', 'Frequency, length of sessions, open-ended or STPP.', {
      chipsLead: 'Treatment frame',
      chipGroups: TREATMENT_FRAME_CHIPS,
      role: 'plan',
    }),
  ],
};

export const BUILT_IN_TEMPLATES: Template[] = [PSYCHODYNAMIC_PROGRESS, STPP_SESSION, INITIAL_ASSESSMENT];

/** The template a draft names; a draft whose template is gone gets the (possibly edited) progress note. */
export function findTemplate(id: string, templates: Template[] = BUILT_IN_TEMPLATES): Template {
  return (
    templates.find((t) => t.id === id) ??
    templates.find((t) => t.id === PSYCHODYNAMIC_PROGRESS.id) ??
    PSYCHODYNAMIC_PROGRESS
  );
}
