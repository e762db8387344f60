/**
 * The session frame (NOTE-SPEC.md "Session frame"): when, how long, which session, in
 * what modality and setting. The duration is computed from start and end, never typed.
 */

export type Modality = 'individual' | 'couple' | 'family-with-client' | 'family-without-client' | 'group';
export type Setting = 'in-person' | 'video' | 'audio';

export interface SessionFrame {
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  /** 24-hour clock, HH:MM. */
  start?: string;
  end?: string;
  sessionNumber?: number;
  /** STPP: the agreed number of sessions N, so `sessionNumber` reads "n of N". */
  courseLength?: number;
  /** STPP: the focus agreed with the client. */
  focus?: string;
  modality?: Modality;
  setting?: Setting;
  /** Telehealth: the client's physical location was confirmed at the start. */
  telehealthLocationConfirmed?: boolean;
  /** Telehealth: the client's consent to telehealth is on file or was given. */
  telehealthConsent?: boolean;
  /** Who took part, as the clinician writes it (e.g. "client and partner"). */
  participants?: string;
  /** Billing modifiers the clinician picks; they change the suggested CPT codes. */
  crisis?: boolean;
  interactiveComplexity?: boolean;
  /** The CPT codes the clinician confirmed; absent = only the suggestion exists. */
  cpt?: string[];
}

/**
 * A session that ends "before" it starts is read as crossing midnight, but only up to this
 * many minutes: 23:30–00:20 is a 50-minute session, 14:00–13:50 is a typo, not 23 h 50.
 */
export const MAX_OVERNIGHT_MINUTES = 6 * 60;

/** Minutes since midnight for "HH:MM" (or "H:MM"), undefined when not a valid time. */
export function parseTime(value: string | undefined): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/**
 * Session length in minutes from start and end, crossing midnight when the end is earlier
 * than the start (see MAX_OVERNIGHT_MINUTES). Undefined when a time is missing or invalid,
 * or the end cannot be a plausible end of this session.
 */
export function durationMinutes(frame: Pick<SessionFrame, 'start' | 'end'>): number | undefined {
  const start = parseTime(frame.start);
  const end = parseTime(frame.end);
  if (start === undefined || end === undefined) return undefined;
  if (end >= start) return end - start;
  const overnight = end + 24 * 60 - start;
  return overnight <= MAX_OVERNIGHT_MINUTES ? overnight : undefined;
}

export const isTelehealth = (frame: SessionFrame): boolean =>
  frame.setting === 'video' || frame.setting === 'audio';

export const MODALITY_LABELS: Record<Modality, string> = {
  individual: 'Individual',
  couple: 'Couple',
  'family-with-client': 'Family (with client)',
  'family-without-client': 'Family (without client)',
  group: 'Group',
};

export const SETTING_LABELS: Record<Setting, string> = {
  'in-person': 'in person',
  video: 'video telehealth',
  audio: 'audio-only telehealth',
};

/** Frame facts of the next session of the same client (see carry-forward.ts). */
export function nextSessionNumber(last: SessionFrame | undefined): number | undefined {
  return last?.sessionNumber === undefined ? undefined : last.sessionNumber + 1;
}

/** STPP: session n of N is in the last quarter of the course (n > 3N/4). */
export function inLastQuarter(frame: SessionFrame | undefined): boolean {
  const n = frame?.sessionNumber;
  const total = frame?.courseLength;
  if (n === undefined || total === undefined || total <= 0) return false;
  return n * 4 > total * 3;
}
