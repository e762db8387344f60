import { describe, expect, it } from 'vitest';
import { LOCKED_REPLY, needsUnlocked, orLocked } from '@/entrypoints/background/encryption-handlers';
import { LockedError } from '@/lib/drafts/codec';
import { isEncryptionAction } from '@/lib/encryption-action';
import { isLockedReply, isMessage } from '@/lib/messages';

describe('encryption messages', () => {
  it.each([
    [{ type: 'panel:unlock', passphrase: 'p' }, 'panel:', true],
    [{ type: 'panel:unlock' }, 'panel:', false],
    [{ type: 'panel:flushed', requestId: 'r' }, 'panel:', true],
    [{ type: 'bg:flushNow', requestId: 'r' }, 'bg:', true],
    [{ type: 'bg:flushNow' }, 'bg:', false],
    [{ type: 'bg:locked' }, 'bg:', true],
    [{ type: 'options:encryption', action: { do: 'lockNow' } }, 'options:', true],
    [{ type: 'options:encryption' }, 'options:', false],
  ])('%j as %s → %s', (value, prefix, expected) => {
    expect(isMessage(value, prefix as 'panel:' | 'bg:' | 'options:')).toBe(expected);
  });

  it.each([
    [{ do: 'turnOn', passphrase: 'p', confirmation: 'p' }, true],
    [{ do: 'turnOn', passphrase: 'p' }, false],
    [{ do: 'change', current: 'a', next: 'b', confirmation: 'b' }, true],
    [{ do: 'setAutoLock', minutes: 5 }, true],
    [{ do: 'setAutoLock', minutes: '5' }, false],
    [{ do: 'turnOff', passphrase: 1 }, false],
    [{ do: 'status' }, true],
    [{ do: 'toString' }, false],
    [{ do: 'wipe' }, false],
    [null, false],
  ])('encryption action %j → %s', (action, expected) => {
    expect(isEncryptionAction(action)).toBe(expected);
  });

  it('answers drafts messages with the locked reply while locked, the rest as usual', async () => {
    expect(needsUnlocked({ type: 'panel:loadDraft', pageKey: 'x' })).toBe(true);
    expect(needsUnlocked({ type: 'panel:unlock', passphrase: 'x' })).toBe(false);
    expect(needsUnlocked({ type: 'panel:close' })).toBe(false);
    expect(
      await orLocked(async () => {
        throw new LockedError();
      }),
    ).toBe(LOCKED_REPLY);
    expect(isLockedReply(LOCKED_REPLY)).toBe(true);
    expect(isLockedReply({ ok: false, message: 'x' })).toBe(false);
    await expect(
      orLocked(async () => {
        throw new Error('other');
      }),
    ).rejects.toThrow('other');
    expect(await orLocked(async () => 7)).toBe(7);
  });
});
