/**
 * Mental status (NOTE-SPEC.md §2): one explicit "within normal limits" for all items,
 * typed observations (exceptions when WNL is picked), "not assessed" per item. Nothing is
 * ever pre-filled: an item nobody touched is simply not mentioned.
 */
import { capitalize, filled, labelled } from './phrases';

export const MENTAL_STATUS_ITEMS = [
  'appearance',
  'behaviour',
  'speech',
  'mood',
  'affect',
  'thoughtProcess',
  'thoughtContent',
  'orientation',
  'insight',
  'judgment',
] as const;

export type MentalStatusItem = (typeof MENTAL_STATUS_ITEMS)[number];

export const MENTAL_STATUS_LABELS: Record<MentalStatusItem, string> = {
  appearance: 'appearance',
  behaviour: 'behaviour',
  speech: 'speech',
  mood: 'mood',
  affect: 'affect',
  thoughtProcess: 'thought process',
  thoughtContent: 'thought content',
  orientation: 'orientation',
  insight: 'insight',
  judgment: 'judgment',
};

/** One-line hints for the panel, e.g. mood is recorded in the client's own words. */
export const MENTAL_STATUS_HINTS: Partial<Record<MentalStatusItem, string>> = {
  mood: "In the client's own words, in quotes",
  affect: 'Range and congruence',
};

export interface MentalStatusAnswers {
  /** One click: every item not typed below and not marked "not assessed" is within normal limits. */
  withinNormalLimits?: boolean;
  /** Typed observations per item; with `withinNormalLimits` they are the exceptions. */
  items?: Partial<Record<MentalStatusItem, string>>;
  notAssessed?: MentalStatusItem[];
}

/** Items the note reports as within normal limits: only with the explicit choice. */
export function withinNormalLimitsItems(answers: MentalStatusAnswers | undefined): MentalStatusItem[] {
  if (!answers?.withinNormalLimits) return [];
  return MENTAL_STATUS_ITEMS.filter(
    (item) => !filled(answers.items?.[item]) && !answers.notAssessed?.includes(item),
  );
}

export function mentalStatusSentences(answers: MentalStatusAnswers | undefined): string[] {
  if (!answers) return [];
  const out: string[] = [];
  const normal = withinNormalLimitsItems(answers);
  if (normal.length > 0) {
    out.push(labelled('Within normal limits', normal.map((i) => MENTAL_STATUS_LABELS[i]).join(', ')));
  }
  for (const item of MENTAL_STATUS_ITEMS) {
    const observed = filled(answers.items?.[item]);
    if (observed && !answers.notAssessed?.includes(item)) {
      out.push(labelled(capitalize(MENTAL_STATUS_LABELS[item]), observed));
    }
  }
  const notAssessed = MENTAL_STATUS_ITEMS.filter((item) => answers.notAssessed?.includes(item));
  if (notAssessed.length > 0) {
    out.push(labelled('Not assessed', notAssessed.map((i) => MENTAL_STATUS_LABELS[i]).join(', ')));
  }
  return out;
}
