/** What the panel says of an act that failed (lib/guard-refusal.ts). */
import { describe, expect, it } from 'vitest';
import { failedActMessage, GuardRefusal } from '@/lib/guard-refusal';

describe('failedActMessage', () => {
  it("gives the guard's reason and what was left undone, as the guard refused", () => {
    const refusal = new GuardRefusal('Something on the page covers the panel', 'nothing was deleted');
    expect(failedActMessage(refusal)).toBe('Something on the page covers the panel — nothing was deleted');
  });

  it('says nothing changed for any other failure, without its inner message', () => {
    expect(failedActMessage(new Error('IDBDatabase closed'))).toBe('That did not work — nothing was changed');
    expect(failedActMessage(undefined)).toBe('That did not work — nothing was changed');
  });
});
