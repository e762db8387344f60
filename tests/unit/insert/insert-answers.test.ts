/**
 * The background answers an insert from its page bridge's answer when that settles it
 * (lib/insert/insert-answers.ts, lib/insert/bridge-outcome.ts), with exactly the engine's
 * verdict; anything else waits for the insertion script's answer.
 */
import { describe, expect, it } from 'vitest';
import { settledByBridge } from '@/lib/insert/bridge-outcome';
import type { BridgeResult } from '@/lib/insert/bridge-protocol';
import { InsertAnswers } from '@/lib/insert/insert-answers';

const KEY = 'page#note';
const once: BridgeResult = {
  ok: true,
  text: '',
  before: 'x',
  readBack: { copiesBefore: 0, copiesAfter: 1, changed: true },
};

const copies = (copiesAfter: number | null) => ({ copiesBefore: 0, copiesAfter, changed: true });
const never = () => new Promise<unknown>(() => {});

describe('settledByBridge', () => {
  it('settles a note there exactly once more, and a refused second copy', () => {
    expect(settledByBridge(once, KEY)).toEqual({ outcome: 'inserted', fieldKey: KEY });
    expect(settledByBridge({ ok: false, text: '', before: 'x', duplicate: true }, KEY)).toEqual({
      outcome: 'duplicate',
      fieldKey: KEY,
    });
  });

  it('leaves every failure to the engine (which undoes and reports it)', () => {
    expect(settledByBridge({ ...once, ok: false }, KEY)).toBeNull();
    expect(settledByBridge({ ...once, readBack: copies(2) }, KEY)).toBeNull();
    expect(settledByBridge({ ...once, readBack: copies(null) }, KEY)).toBeNull();
    expect(settledByBridge({ ...once, readBack: undefined, text: 'x' }, KEY)).toBeNull();
    expect(settledByBridge({ ...once, before: undefined }, KEY)).toBeNull();
  });
});

describe('InsertAnswers', () => {
  it('answers from the bridge of the frame the insert went to, before the insertion script', async () => {
    const answers = new InsertAnswers();
    const answer = answers.first('i1', 7, 2, never);
    answers.bridgeAnswered({ insertId: 'i1', fieldKey: KEY }, 7, 2, once);
    await expect(answer).resolves.toEqual({ outcome: 'inserted', fieldKey: KEY });
  });

  it('takes no answer from another frame, another insert, or an unsettled bridge answer', async () => {
    const answers = new InsertAnswers();
    let reply!: (v: unknown) => void;
    const answer = answers.first('i1', 7, 2, () => new Promise((resolve) => (reply = resolve)));
    answers.bridgeAnswered({ insertId: 'i1', fieldKey: KEY }, 7, 3, once);
    answers.bridgeAnswered({ insertId: 'i1', fieldKey: KEY }, 8, 2, once);
    answers.bridgeAnswered({ insertId: 'i2', fieldKey: KEY }, 7, 2, once);
    answers.bridgeAnswered({ insertId: 'i1', fieldKey: KEY }, 7, 2, { ...once, ok: false });
    const failed = { outcome: 'failed', reason: 'The field did not accept the note' };
    reply(failed);
    await expect(answer).resolves.toBe(failed);
  });

  it('forgets an insert once answered', async () => {
    const answers = new InsertAnswers();
    await answers.first('i1', 7, 2, async () => 'script');
    const late = answers.first('i2', 7, 2, async () => 'script again');
    answers.bridgeAnswered({ insertId: 'i1', fieldKey: KEY }, 7, 2, once);
    await expect(late).resolves.toBe('script again');
  });
});
