/**
 * Built-in templates (data). Titles are the public names in E2E-CONTRACT.md; prompts are
 * ours, written from NOTE-SPEC.md in the clinician's voice.
 */
import type { ChipGroup, SectionDef, Template } from './model';

/** DSM-IV Defensive Functioning Scale, by level (NOTE-SPEC.md §6). */
export const DEFENSE_LEVELS: ChipGroup[] = [
  {
    label: 'high adaptive',
    chips: [
      'anticipation',
      'affiliation',
      'altruism',
      'humor',
      'self-assertion',
      'self-observation',
      'sublimation',
      'suppression',
    ],
  },
  {
    label: 'mental inhibition',
    chips: [
      'displacement',
      'dissociation',
      'intellectualization',
      'isolation of affect',
      'reaction formation',
      'repression',
      'undoing',
    ],
  },
  { label: 'minor image-distorting', chips: ['devaluation', 'idealization', 'omnipotence'] },
  { label: 'disavowal', chips: ['denial', 'projection', 'rationalization'] },
  {
    label: 'major image-distorting',
    chips: ['autistic fantasy', 'projective identification', 'splitting'],
  },
  {
    label: 'action',
    chips: ['acting out', 'apathetic withdrawal', 'help-rejecting complaining', 'passive aggression'],
  },
];

export const TRANSFERENCE_CHIPS: ChipGroup[] = [
  {
    label: 'transference',
    chips: ['idealizing', 'mirroring', 'twinship', 'positive', 'negative', 'erotic', 'parental'],
  },
];

/** Gabbard's expressive–supportive continuum, then techniques (NOTE-SPEC.md §9). */
export const INTERVENTION_CHIPS: ChipGroup[] = [
  {
    label: 'expressive–supportive',
    chips: [
      'interpretation',
      'observation',
      'confrontation',
      'clarification',
      'encouragement to elaborate',
      'empathic validation',
      'psychoeducation',
      'advice and praise',
      'affirmation',
    ],
  },
  {
    label: 'technique',
    chips: [
      'free association',
      'dream exploration',
      'exploration of transference',
      'working through',
      'grounding / mindfulness',
      'between-session journaling',
    ],
  },
];

const text = (id: string, title: string, prompt: string, extra: Partial<SectionDef> = {}): SectionDef => ({
  id,
  title,
  prompt,
  kind: 'text',
  visibility: 'record',
  required: false,
  ...extra,
});

export const PSYCHODYNAMIC_PROGRESS: Template = {
  id: 'psychodynamic-progress',
  name: 'Psychodynamic progress note',
  heading: 'Psychodynamic progress note',
  sections: [
    text('sessionFocus', 'Session focus', 'What did the client bring today? Keep their own words in quotes.'),
    text(
      'mentalStatus',
      'Mental status',
      'Appearance, mood in their words, affect, thought, insight, judgment.',
    ),
    {
      id: 'risk',
      title: 'Risk',
      prompt: 'Suicidal or homicidal ideation, self-harm, protective factors, level of risk.',
      kind: 'risk',
      visibility: 'record',
      required: true,
    },
    text(
      'themes',
      'Themes and patterns',
      'Recurring relational patterns; links between past and present relationships.',
    ),
    text(
      'unconscious',
      'Unconscious material',
      'Associations, dreams, slips, avoided topics, shifts in affect.',
    ),
    text(
      'defenses',
      'Defenses',
      'Which defenses showed, how you worked with them, and how the client responded.',
      {
        chipsLead: 'Defenses observed',
        chipGroups: DEFENSE_LEVELS,
        chipsWithGroup: true,
      },
    ),
    text(
      'relationship',
      'Relationship and transference',
      'Alliance, ruptures and repair; how the client related to you and whether it was explored.',
      { chipsLead: 'Transference', chipGroups: TRANSFERENCE_CHIPS },
    ),
    text(
      'countertransference',
      'Countertransference',
      'Your own reactions and what they may say about the client. Private.',
      {
        visibility: 'private',
      },
    ),
    text('interventions', 'Interventions', 'What you did, from expressive to supportive.', {
      chipsLead: 'Interventions used',
      chipGroups: INTERVENTION_CHIPS,
    }),
    text(
      'response',
      'Response and insight',
      'Affect expressed, insight reached, how the client used the work.',
    ),
    text('goals', 'Progress toward goals', 'Each treatment goal, its status and the evidence.'),
    text(
      'assessment',
      'Assessment',
      'Symptoms escalated, maintained or improved; why treatment remains necessary.',
    ),
    text('plan', 'Plan', 'Next session, between-session tasks, referrals, changes to goals.'),
  ],
};

export const BUILT_IN_TEMPLATES: Template[] = [PSYCHODYNAMIC_PROGRESS];

export function findTemplate(id: string, templates: Template[] = BUILT_IN_TEMPLATES): Template {
  return templates.find((t) => t.id === id) ?? PSYCHODYNAMIC_PROGRESS;
}
