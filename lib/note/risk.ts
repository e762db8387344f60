/**
 * Risk (NOTE-SPEC.md §3): never defaulted, never "denies" unless the clinician wrote it.
 * "No risk indicated" is an explicit act meaning no suicidal ideation, no self-harm, no
 * homicidal ideation and low risk. Anything but "none" makes its follow-ups required.
 */
import type { SectionEntry } from './model';
import { filled, labelled, sentence, type Wording } from './phrases';

export type Ideation = 'none' | 'passive' | 'active';
export type Presence = 'none' | 'present';
export type RiskLevel = 'low' | 'moderate' | 'high';

export interface RiskAnswers {
  /** The one-click "No risk indicated": none / none / none / low, as an explicit act. */
  noRiskIndicated?: boolean;
  suicidalIdeation?: Ideation;
  plan?: string;
  intent?: string;
  meansAccess?: string;
  selfHarm?: Presence;
  selfHarmDetail?: string;
  homicidalIdeation?: Presence;
  homicidalDetail?: string;
  protectiveFactors?: string;
  level?: RiskLevel;
  /** Asked as yes/no: absent means not answered. */
  safetyPlanReviewed?: boolean;
}

/** Exactly what "No risk indicated" attests (E2E-CONTRACT.md, NOTE-SPEC.md §3). */
export const NO_RISK_SENTENCE =
  'No suicidal or homicidal ideation and no self-harm reported; risk assessed as low.';

/** Labels used in follow-up messages, in the order the panel shows the items. */
export const RISK_ITEM_LABELS: Record<Exclude<keyof RiskAnswers, 'noRiskIndicated'>, string> = {
  suicidalIdeation: 'suicidal ideation',
  plan: 'plan',
  intent: 'intent',
  meansAccess: 'access to means',
  selfHarm: 'self-harm',
  selfHarmDetail: 'self-harm details',
  homicidalIdeation: 'homicidal ideation',
  homicidalDetail: 'homicidal ideation details',
  protectiveFactors: 'protective factors',
  level: 'level',
  safetyPlanReviewed: 'safety plan reviewed',
};

type RiskItem = keyof typeof RISK_ITEM_LABELS;

/** The risk answers of a section entry, including the first panel's `fields.noRiskIndicated`. */
export function readRisk(entry: SectionEntry | undefined): RiskAnswers {
  const legacy = entry?.fields?.noRiskIndicated === true ? { noRiskIndicated: true } : {};
  return { ...legacy, ...entry?.risk };
}

const answered = (risk: RiskAnswers, item: RiskItem): boolean => {
  const value = risk[item];
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined;
};

const hasStructuredAnswer = (risk: RiskAnswers): boolean =>
  (Object.keys(RISK_ITEM_LABELS) as RiskItem[]).some((item) => answered(risk, item));

/** Structured answers that say more than "No risk indicated" allows. */
function contradictsNoRisk(risk: RiskAnswers): boolean {
  return (
    (risk.suicidalIdeation !== undefined && risk.suicidalIdeation !== 'none') ||
    risk.selfHarm === 'present' ||
    risk.homicidalIdeation === 'present' ||
    (risk.level !== undefined && risk.level !== 'low')
  );
}

/** The answers with "No risk indicated" spelled out; explicit answers win. */
export function effectiveRisk(risk: RiskAnswers): RiskAnswers {
  if (!risk.noRiskIndicated || contradictsNoRisk(risk)) return risk;
  return { suicidalIdeation: 'none', selfHarm: 'none', homicidalIdeation: 'none', level: 'low', ...risk };
}

/** True when the clinician documented risk in any way: the tick, an answer, or written text. */
export function riskDocumented(entry: SectionEntry | undefined): boolean {
  const risk = readRisk(entry);
  return risk.noRiskIndicated === true || hasStructuredAnswer(risk) || filled(entry?.text) !== undefined;
}

export const RISK_NOT_DOCUMENTED = 'Risk not documented';
export const RISK_CONTRADICTION = 'Risk answers contradict "No risk indicated"';

/** Blocking problems of the Risk section; empty when it may be inserted. */
export function riskProblems(entry: SectionEntry | undefined): string[] {
  if (!riskDocumented(entry)) return [RISK_NOT_DOCUMENTED];
  const stated = readRisk(entry);
  if (stated.noRiskIndicated && contradictsNoRisk(stated)) return [RISK_CONTRADICTION];
  // Free text alone is a written risk assessment: the structured items are not imposed on it.
  if (!stated.noRiskIndicated && !hasStructuredAnswer(stated)) return [];
  const risk = effectiveRisk(stated);
  const problems: string[] = [];
  const core: RiskItem[] = ['suicidalIdeation', 'selfHarm', 'homicidalIdeation', 'level'];
  const incomplete = core.filter((item) => !answered(risk, item));
  if (incomplete.length > 0) {
    problems.push(`Risk incomplete: ${incomplete.map((i) => RISK_ITEM_LABELS[i]).join(', ')}`);
  }
  const followUps = new Set<RiskItem>();
  if (risk.suicidalIdeation === 'passive' || risk.suicidalIdeation === 'active') {
    for (const item of ['plan', 'intent', 'meansAccess', 'protectiveFactors', 'safetyPlanReviewed'] as const)
      followUps.add(item);
  }
  if (risk.selfHarm === 'present') {
    for (const item of ['selfHarmDetail', 'protectiveFactors', 'safetyPlanReviewed'] as const)
      followUps.add(item);
  }
  if (risk.homicidalIdeation === 'present') {
    for (const item of ['homicidalDetail', 'meansAccess', 'safetyPlanReviewed'] as const) followUps.add(item);
  }
  if (risk.level === 'moderate' || risk.level === 'high') {
    for (const item of ['protectiveFactors', 'safetyPlanReviewed'] as const) followUps.add(item);
  }
  const missing = (Object.keys(RISK_ITEM_LABELS) as RiskItem[]).filter(
    (item) => followUps.has(item) && !answered(risk, item),
  );
  if (missing.length > 0) {
    problems.push(`Risk follow-up missing: ${missing.map((i) => RISK_ITEM_LABELS[i]).join(', ')}`);
  }
  return problems;
}

/** Risk as sentences, each one a reading of something picked or typed. */
export function riskSentences(entry: SectionEntry | undefined, wording: Wording = 'client'): string[] {
  const stated = readRisk(entry);
  const out: string[] = [];
  const noRisk = stated.noRiskIndicated === true && !contradictsNoRisk(stated);
  const risk = stated;
  if (noRisk) out.push(NO_RISK_SENTENCE);
  const si = risk.suicidalIdeation;
  if (si === 'none' && !noRisk) out.push('No suicidal ideation reported.');
  if (si === 'passive' || si === 'active') out.push(`The ${wording} reported ${si} suicidal ideation.`);
  const plan = filled(risk.plan);
  const intent = filled(risk.intent);
  const means = filled(risk.meansAccess);
  if (plan) out.push(labelled('Plan', plan));
  if (intent) out.push(labelled('Intent', intent));
  if (means) out.push(labelled('Access to means', means));
  if (risk.selfHarm === 'none' && !noRisk) out.push('No self-harm reported.');
  if (risk.selfHarm === 'present') out.push('Self-harm reported.');
  const selfHarmDetail = filled(risk.selfHarmDetail);
  if (selfHarmDetail) out.push(labelled('Self-harm', selfHarmDetail));
  if (risk.homicidalIdeation === 'none' && !noRisk) out.push('No homicidal ideation reported.');
  if (risk.homicidalIdeation === 'present') out.push('Homicidal ideation reported.');
  const homicidalDetail = filled(risk.homicidalDetail);
  if (homicidalDetail) out.push(labelled('Homicidal ideation', homicidalDetail));
  const protective = filled(risk.protectiveFactors);
  if (protective) out.push(labelled('Protective factors', protective));
  if (risk.level && !noRisk) out.push(sentence(`Risk assessed as ${risk.level}`));
  if (risk.safetyPlanReviewed === true) out.push('Safety plan reviewed.');
  if (risk.safetyPlanReviewed === false) out.push('Safety plan not reviewed.');
  return out;
}
