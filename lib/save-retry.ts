/**
 * When the panel retries a draft the background could not store, and what it tells the
 * clinician meanwhile. Pure, so the schedule is unit-tested; the panel runs it.
 */
import type { WriteFailure } from './messages';

/** The first retry comes quickly (a passing lock); then doubling, never longer than this apart. */
export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 15_000;

/** How long to wait before the next attempt, after `failures` failed attempts in a row (≥ 1). */
export function retryDelayMs(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

/** Why the last save failed: the store's own reason, or the background did not answer. */
export type SaveFailure = WriteFailure | 'no-answer';

const KEPT = 'Your text is kept in this panel and Reverie keeps retrying';

/** What the panel's status says while saves fail: what happened, that nothing is lost yet, what to do. */
export const SAVE_FAILURE_MESSAGES: Record<SaveFailure, string> = {
  'storage-full': `Not saved: the browser's storage is full. ${KEPT} — free disk space, or export and delete old drafts in Reverie's options. Keep this panel open until it says saved.`,
  'write-failed': `Not saved: the browser refused to store the draft. ${KEPT} — keep this panel open until it says saved; if this goes on, copy your note.`,
  'no-answer': `Not saved yet: Reverie's background did not answer. ${KEPT} — keep this panel open until it says saved.`,
};
