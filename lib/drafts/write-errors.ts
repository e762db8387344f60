/**
 * Why a draft could not be written, in the two kinds the clinician can act on: the
 * browser's storage is full (free space, export and delete old drafts), or any other
 * refusal of IndexedDB (usually passing: keep the panel open while Reverie retries).
 */
export type WriteFailure = 'storage-full' | 'write-failed';

/**
 * Dexie reports a full disk as a QuotaExceededError, sometimes wrapped (an aborted
 * transaction carries the cause as `inner`), and browsers differ in which layer says it.
 */
export function classifyWriteError(error: unknown): WriteFailure {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const { name, message, inner } = cause as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message)))
      return 'storage-full';
    cause = inner;
  }
  return 'write-failed';
}
