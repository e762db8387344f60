import { describe, expect, it } from 'vitest';
import { EARLY_ASKED, settledBy, takeEarlyAsked, type EarlyAsked } from '@/lib/panel-early';

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

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('settledBy', () => {
  it('gives answers already in, chained as the panel chains them', async () => {
    const answers = Promise.all([Promise.resolve('draft').then((d) => d), Promise.resolve(['t'])]);
    expect(await settledBy(answers, after(0))).toEqual(['draft', ['t']]);
  });

  it('waits for answers that come before the deadline', async () => {
    const answers = after(5).then(() => 'draft');
    expect(await settledBy(answers, after(200))).toBe('draft');
  });

  it('is null for answers still on their way at the deadline: the panel draws without them', async () => {
    const answers = after(200).then(() => 'late');
    expect(await settledBy(answers, after(5))).toBeNull();
  });

  it('is null for a refusal, which is left to whoever takes the answers', async () => {
    const refused = Promise.reject(new Error('locked'));
    refused.catch(() => {});
    expect(await settledBy(refused, after(200))).toBeNull();
  });
});
