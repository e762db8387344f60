import { describe, expect, it } from 'vitest';
import { LOCKED_REPLY, needsUnlocked, orLocked } from '@/entrypoints/background/encryption-handlers';
import { LockedError } from '@/lib/drafts/codec';
import { isLockedReply, isMessage } from '@/lib/messages';

describe('encryption messages', () => {
  it.each([
    [{ type: 'panel:unlock', passphrase: 'p' }, 'panel:', true],
    [{ type: 'panel:unlock' }, 'panel:', false],
    [{ type: 'panel:flushed', requestId: 'r' }, 'panel:', true],
    [{ type: 'bg:flushNow', requestId: 'r' }, 'bg:', true],
    [{ type: 'bg:flushNow' }, 'bg:', false],
    [{ type: 'bg:locked' }, 'bg:', true],
    [{ type: 'options:turnOnEncryption', passphrase: 'p', confirmation: 'p' }, 'options:', true],
    [{ type: 'options:turnOnEncryption', passphrase: 'p' }, 'options:', false],
    [{ type: 'options:changePassphrase', current: 'a', next: 'b', confirmation: 'b' }, 'options:', true],
    [{ type: 'options:setAutoLock', minutes: 5 }, 'options:', true],
    [{ type: 'options:setAutoLock', minutes: '5' }, 'options:', false],
    [{ type: 'options:turnOffEncryption', passphrase: 1 }, 'options:', false],
  ])('%j as %s → %s', (value, prefix, expected) => {
    expect(isMessage(value, prefix as 'panel:' | 'bg:' | 'options:')).toBe(expected);
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
