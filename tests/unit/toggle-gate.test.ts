import { describe, expect, it } from 'vitest';
import { SAME_PRESS_WINDOW_MS, toggleGate } from '@/lib/toggle-gate';

describe('toggleGate', () => {
  it('takes a press that reaches it both ways as one', () => {
    const gate = toggleGate();
    expect(gate({ way: 'key', at: 1000 })).toBe(true);
    expect(gate({ way: 'message', at: 1040 })).toBe(false);
    // …in either order.
    expect(gate({ way: 'message', at: 5000 })).toBe(true);
    expect(gate({ way: 'key', at: 5010 })).toBe(false);
  });

  it('takes two quick presses the same way as two (open, then close at once)', () => {
    const gate = toggleGate();
    expect(gate({ way: 'key', at: 1000 })).toBe(true);
    expect(gate({ way: 'key', at: 1080 })).toBe(true);
    // The second press's own arrival the other way is still that press.
    expect(gate({ way: 'message', at: 1100 })).toBe(false);
  });

  it('takes the other way as a press of its own once the window has passed', () => {
    const gate = toggleGate();
    expect(gate({ way: 'key', at: 1000 })).toBe(true);
    expect(gate({ way: 'message', at: 1000 + SAME_PRESS_WINDOW_MS })).toBe(true);
  });

  it('does not toggle again for the repeats of a key held down', () => {
    const gate = toggleGate();
    expect(gate({ way: 'key', at: 1000 })).toBe(true);
    for (let at = 1500; at < 3000; at += 33) expect(gate({ way: 'key', at, repeat: true })).toBe(false);
    expect(gate({ way: 'key', at: 3100 })).toBe(true);
  });
});
