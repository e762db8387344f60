import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyWriteError } from '@/lib/drafts/write-errors';

describe('classifyWriteError', () => {
  it.each([
    ['a DOMException QuotaExceededError', new DOMException('full', 'QuotaExceededError'), 'storage-full'],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), 'storage-full'],
    [
      'an aborted transaction caused by the quota',
      new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')),
      'storage-full',
    ],
    [
      "Chromium's wording on commit",
      new DOMException('Quota exceeded for this origin.', 'UnknownError'),
      'storage-full',
    ],
    ['any other IndexedDB error', new DOMException('disk I/O', 'UnknownError'), 'write-failed'],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'write-failed'],
    ['something thrown that is not an error', 'oops', 'write-failed'],
    ['nothing at all', undefined, 'write-failed'],
  ])('%s → %s', (_, error, kind) => {
    expect(classifyWriteError(error)).toBe(kind);
  });
});
