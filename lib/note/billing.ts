/**
 * Suggested CPT codes from the session frame. A suggestion only: the clinician confirms it
 * (`SessionFrame.cpt`). Rules, as relied on here (CPT time rule, as summarised by APA
 * Services, "Psychotherapy codes", apaservices.org/practice/reimbursement/health-codes/
 * psychotherapy, and by Headway, "How to use CPT codes 90839 and 90840"):
 * - 90832 16–37 min, 90834 38–52 min, 90837 53+ min; under 16 min is not billable as
 *   psychotherapy.
 * - 90846 / 90847 (family without / with the client) need 26 min or more.
 * - 90853 group psychotherapy and 90791 intake evaluation carry no time threshold.
 * - Crisis: 90839 covers 30–74 min; 90840 is added once per further 30 min
 *   (75–104 → 1, 105–134 → 2, …). Under 30 min of crisis work is billed as ordinary
 *   psychotherapy by time.
 * - +90785 interactive complexity is an add-on to 90791, 90832/90834/90837 and 90853
 *   only; never with crisis codes (90839/90840) nor with family codes.
 * - A couple session is billed as family psychotherapy with the identified client present
 *   (90847); many payers do not cover couple work, which the reason says.
 */
import { durationMinutes, parseTime, type SessionFrame } from './frame';

export interface CptOptions {
  /** The note is an intake (initial assessment) rather than a psychotherapy session. */
  intake?: boolean;
}

export interface CptSuggestion {
  /** Codes in claim order, add-ons last; empty when nothing can be suggested. */
  codes: string[];
  /** One line for the panel saying why (or why not). */
  reason: string;
}

const INTERACTIVE_COMPLEXITY = '90785';
const CRISIS_FIRST = '90839';
const CRISIS_ADDED = '90840';

/** 90832 / 90834 / 90837 by the CPT time rule, undefined under 16 minutes. */
export function psychotherapyCode(minutes: number): string | undefined {
  if (minutes < 16) return undefined;
  if (minutes <= 37) return '90832';
  if (minutes <= 52) return '90834';
  return '90837';
}

/** How many 90840 add-ons a crisis session of this length carries. */
export function crisisAddOns(minutes: number): number {
  return minutes < 75 ? 0 : Math.floor((minutes - 75) / 30) + 1;
}

/**
 * Why no session length can be read from the frame: a time missing, or both given and the
 * end before the start (by more than a session crossing midnight could explain, so a typo).
 */
export function noDurationReason(frame: Pick<SessionFrame, 'start' | 'end'>): string {
  return parseTime(frame.start) === undefined || parseTime(frame.end) === undefined
    ? 'Enter start and end time for a suggestion'
    : 'End time is before start time: check the times';
}

export function suggestCpt(frame: SessionFrame, options: CptOptions = {}): CptSuggestion {
  const minutes = durationMinutes(frame);
  const withComplexity = (codes: string[], reason: string): CptSuggestion =>
    frame.interactiveComplexity
      ? { codes: [...codes, INTERACTIVE_COMPLEXITY], reason: `${reason}, with interactive complexity` }
      : { codes, reason };

  if (options.intake && !frame.crisis) return withComplexity(['90791'], 'Intake evaluation');
  if (frame.modality === 'group') return withComplexity(['90853'], 'Group psychotherapy');
  if (minutes === undefined) return { codes: [], reason: noDurationReason(frame) };

  if (frame.crisis && minutes >= 30) {
    const added = crisisAddOns(minutes);
    const codes = [CRISIS_FIRST, ...Array.from({ length: added }, () => CRISIS_ADDED)];
    return { codes, reason: `Crisis psychotherapy, ${minutes} minutes` };
  }
  if (frame.modality === 'family-with-client' || frame.modality === 'family-without-client') {
    const code = frame.modality === 'family-with-client' ? '90847' : '90846';
    return minutes >= 26
      ? { codes: [code], reason: `Family psychotherapy, ${minutes} minutes` }
      : { codes: [], reason: `${minutes} minutes: family psychotherapy needs 26 minutes or more` };
  }
  if (frame.modality === 'couple') {
    return minutes >= 26
      ? { codes: ['90847'], reason: `Couple session as family psychotherapy (check payer coverage)` }
      : { codes: [], reason: `${minutes} minutes: family psychotherapy needs 26 minutes or more` };
  }
  const code = psychotherapyCode(minutes);
  if (!code) return { codes: [], reason: `${minutes} minutes: not billable as psychotherapy (under 16)` };
  return withComplexity([code], `Psychotherapy, ${minutes} minutes`);
}

/** The codes the note states: those the clinician confirmed, else the suggestion. */
export function noteCptCodes(frame: SessionFrame, options: CptOptions = {}): string[] {
  return frame.cpt && frame.cpt.length > 0 ? frame.cpt : suggestCpt(frame, options).codes;
}
