/**
 * Quick-pick vocabulary (chips) of the built-in templates, from NOTE-SPEC.md. Data only;
 * a clinician's edited template may change them (template-store.ts).
 */
import type { ChipGroup } from './model';

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

/** How a defense was worked with (NOTE-SPEC.md §6). */
export const DEFENSE_WORK_CHIPS: ChipGroup = {
  label: 'worked with',
  lead: 'Worked with',
  chips: ['noted', 'clarified', 'gently challenged', 'interpreted'],
};

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

/** STPP ending work (NOTE-SPEC.md "Other templates"). */
export const TERMINATION_CHIPS: ChipGroup[] = [
  { label: 'ending', chips: ['feelings about ending', 'gains reviewed', 'relapse plan'] },
];

export const HISTORY_CHIPS: ChipGroup[] = [
  { label: 'history', chips: ['developmental', 'relational', 'trauma', 'medical', 'substance'] },
];

export const SUITABILITY_CHIPS: ChipGroup[] = [
  {
    label: 'suitability',
    chips: ['psychological mindedness', 'ego strength', 'motivation', 'capacity for alliance'],
  },
];

export const TREATMENT_FRAME_CHIPS: ChipGroup[] = [
  {
    label: 'frame',
    chips: ['weekly', 'twice weekly', 'open-ended', 'short-term (STPP)'],
  },
];
