/**
 * The background's keyring with WXT's fake browser (storage.session, alarms) and
 * fake-indexeddb: the secret survives a restarted background until the idle time is over,
 * panels save before the key goes, a lock found overdue does not wait for panels.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Keyring, type KeyringHooks } from '@/entrypoints/background/keyring';
import { DraftsDatabase } from '@/lib/drafts/db';
import { getDraft, newDraft, saveDraft } from '@/lib/drafts/repository';

const PASS = 'a long enough passphrase';
const MINUTE = 60_000;
let db: DraftsDatabase;
let hooks: KeyringHooks & { calls: string[] };
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 10, 25, 20));
  n += 1;
  db = new DraftsDatabase(`keyring-${n}`);
  const calls: string[] = [];
  hooks = {
    calls,
    flushPanels: vi.fn(async () => void calls.push('flush')),
    broadcast: vi.fn(async (msg) => void calls.push(msg.type)),
  };
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const draft = () => newDraft('https://ehr.example.org/n', 'M.K.', 'psychodynamic-progress', 1, 'a');

describe('keyring', { timeout: 60_000 }, () => {
  it('checks the passphrase rules and stays off when they fail', async () => {
    const keyring = new Keyring(db, hooks);
    expect(await keyring.turnOn('short', 'short')).toMatchObject({ ok: false, message: /at least 12/ });
    expect(await keyring.turnOn(PASS, `${PASS}!`)).toMatchObject({ ok: false, message: /differ/ });
    expect(keyring.status()).toEqual({ state: 'off', autoLockMinutes: 15 });
  });

  it('a restarted background is still unlocked within the idle time, and locked after it', async () => {
    const first = new Keyring(db, hooks);
    expect(await first.turnOn(PASS, PASS)).toMatchObject({ ok: true });
    await saveDraft(db, draft(), 1);
    expect(await first.setAutoLock(5)).toMatchObject({ ok: true });
    await first.activity();

    later(4 * MINUTE);
    const restarted = new Keyring(db, hooks);
    await restarted.ready();
    expect(restarted.state).toBe('unlocked');
    expect((await getDraft(db, 'a'))?.clientLabel).toBe('M.K.');

    later(6 * MINUTE);
    const late = new Keyring(db, hooks);
    await late.ready();
    expect(late.state).toBe('locked');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('asks panels to save before it drops the key, then tells them it is locked', async () => {
    const keyring = new Keyring(db, hooks);
    await keyring.turnOn(PASS, PASS);
    // A panel answering the flush saves what it had: that save must still be encrypted and kept.
    hooks.flushPanels = vi.fn(async () => {
      hooks.calls.push('flush');
      expect(await saveDraft(db, { ...draft(), clientLabel: 'typed at the last second' }, 2)).toMatchObject({
        ok: true,
      });
    });
    await keyring.lockNow();
    expect(hooks.calls).toEqual(['flush', 'bg:locked']);
    expect(keyring.state).toBe('locked');
    expect(await keyring.unlock('not the passphrase')).toEqual({
      ok: false,
      message: 'Wrong passphrase. Reverie is still locked and nothing was changed.',
    });
    expect(keyring.state).toBe('locked');
    expect(await keyring.unlock(PASS)).toMatchObject({ ok: true });
    expect((await getDraft(db, 'a'))?.clientLabel).toBe('typed at the last second');
  });

  it('locks at once when activity comes after the idle time (the worker slept through it)', async () => {
    const keyring = new Keyring(db, hooks);
    await keyring.turnOn(PASS, PASS);
    await keyring.setAutoLock(1);
    later(30_000);
    await keyring.activity();
    expect(keyring.state).toBe('unlocked');
    later(61_000);
    await keyring.activity();
    expect(keyring.state).toBe('locked');
    expect(hooks.flushPanels).not.toHaveBeenCalled();
  });

  it('the timer check locks only when the idle time is over', async () => {
    const keyring = new Keyring(db, hooks);
    await keyring.turnOn(PASS, PASS);
    await keyring.setAutoLock(2);
    later(MINUTE);
    await keyring.checkIdle();
    expect(keyring.state).toBe('unlocked');
    later(MINUTE + 1);
    await keyring.checkIdle();
    expect(keyring.state).toBe('locked');
    expect(hooks.flushPanels).toHaveBeenCalledOnce();
  });

  it.each([0, 1.5, -3, 100_000])('refuses %s auto-lock minutes', async (minutes) => {
    const keyring = new Keyring(db, hooks);
    expect(await keyring.setAutoLock(minutes)).toMatchObject({ ok: false, message: /whole number/ });
  });

  it('turning off needs the right passphrase and forgets the session secret', async () => {
    const keyring = new Keyring(db, hooks);
    await keyring.turnOn(PASS, PASS);
    expect(await keyring.turnOff('not the passphrase')).toMatchObject({ ok: false, message: /still on/ });
    expect(await keyring.turnOff(PASS)).toMatchObject({ ok: true });
    expect(keyring.state).toBe('off');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
