/** When the panel looks up the last note for a client label (lib/last-note-wait.ts). */
import { describe, expect, it } from 'vitest';
import { LABEL_SETTLE_MS, lastNoteWaitMs } from '@/lib/last-note-wait';

describe('lastNoteWaitMs', () => {
  it('looks at once for a note just opened: the first draw, New note, a draft from the list', () => {
    expect(lastNoteWaitMs(null, 'a')).toBe(0);
    expect(lastNoteWaitMs('a', 'b')).toBe(0);
  });

  it('waits for a label being typed into the same note to settle', () => {
    expect(lastNoteWaitMs('a', 'a')).toBe(LABEL_SETTLE_MS);
    expect(LABEL_SETTLE_MS).toBeGreaterThan(0);
  });

  it('settles before the hand can reach the mouse for a click into the sections below', () => {
    // Typing to a click takes a few hundred ms; the reference must be drawn before it.
    expect(LABEL_SETTLE_MS).toBeLessThanOrEqual(150);
  });
});
