import { describe, expect, it } from 'vitest';
import { EARLY_ASKED, takeEarlyAsked, type EarlyAsked } from '@/lib/panel-early';

describe('takeEarlyAsked', () => {
  it('hands over what the head script asked, once', () => {
    const asked: EarlyAsked = { draft: Promise.resolve('d'), templates: Promise.resolve([]) };
    const win: Record<string, unknown> = { [EARLY_ASKED]: asked };
    expect(takeEarlyAsked(win)).toBe(asked);
    // A second panel render (or a later ask) goes to the background itself.
    expect(takeEarlyAsked(win)).toBeUndefined();
    expect(EARLY_ASKED in win).toBe(false);
  });

  it('is undefined when the head script did not run', () => {
    expect(takeEarlyAsked({})).toBeUndefined();
  });
});
