/** The auto-lock rule: locked once the clinician has not used Reverie for the minutes they chose. */

export const DEFAULT_AUTO_LOCK_MINUTES = 15;
export const MAX_AUTO_LOCK_MINUTES = 12 * 60;
export const MINUTE_MS = 60_000;

export function autoLockProblem(minutes: number): string | null {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_AUTO_LOCK_MINUTES
    ? null
    : `Choose a whole number of minutes from 1 to ${MAX_AUTO_LOCK_MINUTES}.`;
}

/** When Reverie locks, given the last activity (`minuteMs` is shortened by the e2e build only). */
export const lockDueAt = (lastActivity: number, minutes: number, minuteMs = MINUTE_MS): number =>
  lastActivity + minutes * minuteMs;
