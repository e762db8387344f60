/**
 * Whether the drafts are locked, and for how long they stay unlocked.
 *
 * Where the key lives. In the background's memory the keys are non-extractable CryptoKeys
 * (lib/crypto/vault.ts). But a Chrome service worker is stopped after ~30 s without events
 * and a Firefox event page is suspended the same way; with the key in memory only, the
 * clinician would be asked for the passphrase again in the middle of a note. So, while
 * unlocked, the vault's 32-byte secret is also kept in `storage.session`, base64. The
 * trade-off: storage.session lives in the browser's memory only (never written to disk,
 * cleared when the browser quits or the extension reloads) and is readable by this
 * extension's own pages and background only (content scripts are denied by default), but
 * unlike a non-extractable CryptoKey it is plain bytes — something running as this
 * extension, or a dump of the browser's memory, could read it while Reverie is unlocked.
 * It is removed on every lock, so the window is the unlocked time the clinician chose.
 * The passphrase and the key derived from it are never kept anywhere.
 */
import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '@/lib/crypto/bytes';
import { passphraseProblem } from '@/lib/crypto/passphrase';
import { WrongPassphraseError } from '@/lib/crypto/vault';
import { autoLockProblem, DEFAULT_AUTO_LOCK_MINUTES, lockDueAt, MINUTE_MS } from '@/lib/drafts/auto-lock';
import type { DraftsDatabase } from '@/lib/drafts/db';
import {
  changePassphrase,
  encryptionState,
  lock,
  startLocked,
  turnOff,
  turnOn,
  unlock,
  useSecret,
  type EncryptionState,
} from '@/lib/drafts/encryption';
import type { BackgroundToPanelMessage, EncryptionOutcome, EncryptionStatus } from '@/lib/messages';

const SECRET_KEY = 'vaultSecret';
const ACTIVITY_KEY = 'vaultActivity';
const MINUTES_KEY = 'autoLockMinutes';
export const AUTO_LOCK_ALARM = 'reverie-autolock';
/**
 * A minute of idle time. The e2e build counts five seconds, so its test of the real timer
 * and alarm does not wait a minute per browser; store builds never see that value.
 */
const IDLE_MINUTE_MS = import.meta.env.MODE === 'e2e' ? 5_000 : MINUTE_MS;
/** How long panels get to save before the key goes. */
const FLUSH_TIMEOUT_MS = 2000;

const WRONG = 'Wrong passphrase. Reverie is still locked and nothing was changed.';

export interface KeyringHooks {
  flushPanels: (timeoutMs: number) => Promise<void>;
  broadcast: (msg: BackgroundToPanelMessage) => Promise<void>;
}

export class Keyring {
  private on = false;
  private minutes = DEFAULT_AUTO_LOCK_MINUTES;
  private lastActivity = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private starting: Promise<void> | null = null;
  private locking: Promise<void> | null = null;

  constructor(
    private readonly db: DraftsDatabase,
    private readonly hooks: KeyringHooks,
  ) {}

  get state(): EncryptionState {
    return encryptionState(this.db, this.on);
  }

  /** True while the panels are being asked to save before a lock: their saves must go through. */
  get isLocking(): boolean {
    return this.locking !== null;
  }

  /** Reads the state once per background start: locked, unless a session secret is still fresh. */
  ready(): Promise<void> {
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<void> {
    // Side by side: a panel's first question (its draft) waits for both.
    const [settings, on] = await Promise.all([browser.storage.local.get(MINUTES_KEY), startLocked(this.db)]);
    const stored = settings[MINUTES_KEY];
    if (typeof stored === 'number') this.minutes = stored;
    this.on = on;
    if (!this.on) return;
    const session = await browser.storage.session.get([SECRET_KEY, ACTIVITY_KEY]);
    const secret = session[SECRET_KEY];
    const activity = session[ACTIVITY_KEY];
    if (typeof secret !== 'string' || typeof activity !== 'number') return;
    if (Date.now() >= lockDueAt(activity, this.minutes, IDLE_MINUTE_MS)) {
      await browser.storage.session.remove([SECRET_KEY, ACTIVITY_KEY]);
      return;
    }
    this.lastActivity = activity;
    await useSecret(this.db, fromBase64(secret));
    this.schedule();
  }

  status(): EncryptionStatus {
    return { state: this.state, autoLockMinutes: this.minutes };
  }

  /**
   * Called before every message from a panel or the options page: locks first if the idle
   * time ran out while nothing was listening (a stopped worker), otherwise counts as use.
   * A lock found overdue here does not wait for panels: the message in hand may be the very
   * save a panel would answer with, and it is kept in that panel until unlock instead.
   */
  async activity(now = Date.now()): Promise<void> {
    await this.ready();
    if (this.state !== 'unlocked' || this.locking) return;
    if (now >= lockDueAt(this.lastActivity, this.minutes, IDLE_MINUTE_MS)) return this.lockNow(false);
    this.lastActivity = now;
    await browser.storage.session.set({ [ACTIVITY_KEY]: now });
  }

  /** The timer or the alarm fired: lock if the idle time is over, otherwise look again later. */
  async checkIdle(): Promise<void> {
    await this.ready();
    if (this.state !== 'unlocked') return;
    if (Date.now() >= lockDueAt(this.lastActivity, this.minutes, IDLE_MINUTE_MS)) await this.lockNow(true);
    else this.schedule();
  }

  /** Both a timer (exact, while the background lives) and an alarm (wakes a stopped one). */
  private schedule(): void {
    clearTimeout(this.timer);
    const due = lockDueAt(this.lastActivity, this.minutes, IDLE_MINUTE_MS);
    this.timer = setTimeout(() => void this.checkIdle(), Math.max(0, due - Date.now()) + 50);
    void browser.alarms.create(AUTO_LOCK_ALARM, { when: due + 50 });
  }

  /** Panels save what they have (encrypted), then the key goes and panels show the unlock form. */
  lockNow(flushFirst = true): Promise<void> {
    if (this.state !== 'unlocked') return Promise.resolve();
    this.locking ??= (async () => {
      if (flushFirst) await this.hooks.flushPanels(FLUSH_TIMEOUT_MS);
      await browser.storage.session.remove([SECRET_KEY, ACTIVITY_KEY]);
      await lock(this.db);
      clearTimeout(this.timer);
      await browser.alarms.clear(AUTO_LOCK_ALARM);
      await this.hooks.broadcast({ type: 'bg:locked' });
    })().finally(() => {
      this.locking = null;
    });
    return this.locking;
  }

  private async remember(secret: Uint8Array): Promise<void> {
    this.lastActivity = Date.now();
    await browser.storage.session.set({ [SECRET_KEY]: toBase64(secret), [ACTIVITY_KEY]: this.lastActivity });
    this.schedule();
  }

  private async forget(): Promise<void> {
    clearTimeout(this.timer);
    await browser.alarms.clear(AUTO_LOCK_ALARM);
    await browser.storage.session.remove([SECRET_KEY, ACTIVITY_KEY]);
  }

  async unlock(passphrase: string): Promise<EncryptionOutcome> {
    await this.ready();
    if (this.state === 'off') return { ok: false, message: 'Encryption is off: there is nothing to unlock.' };
    try {
      await this.remember(await unlock(this.db, passphrase));
    } catch (error) {
      if (error instanceof WrongPassphraseError) return { ok: false, message: WRONG };
      throw error;
    }
    await this.hooks.broadcast({ type: 'bg:unlocked' });
    return { ok: true, message: 'Unlocked.' };
  }

  async turnOn(passphrase: string, confirmation: string): Promise<EncryptionOutcome> {
    await this.ready();
    if (this.on) return { ok: false, message: 'Encryption is already on.' };
    const problem = passphraseProblem(passphrase, confirmation);
    if (problem) return { ok: false, message: problem };
    const secret = await turnOn(this.db, passphrase);
    this.on = true;
    await this.remember(secret);
    return {
      ok: true,
      message:
        'Encryption is on: every draft is now stored encrypted. Without this passphrase they cannot be read — not even by Reverie.',
    };
  }

  async turnOff(passphrase: string): Promise<EncryptionOutcome> {
    await this.ready();
    if (!this.on) return { ok: false, message: 'Encryption is already off.' };
    try {
      await turnOff(this.db, passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError)
        return { ok: false, message: 'Wrong passphrase. Encryption is still on and nothing was changed.' };
      throw error;
    }
    this.on = false;
    await this.forget();
    await this.hooks.broadcast({ type: 'bg:unlocked' });
    return { ok: true, message: 'Encryption is off: drafts are stored unencrypted again.' };
  }

  async changePassphrase(current: string, next: string, confirmation: string): Promise<EncryptionOutcome> {
    await this.ready();
    if (!this.on) return { ok: false, message: 'Encryption is off: turn it on with a passphrase first.' };
    const problem = passphraseProblem(next, confirmation);
    if (problem) return { ok: false, message: problem };
    try {
      await changePassphrase(this.db, current, next);
    } catch (error) {
      if (error instanceof WrongPassphraseError)
        return { ok: false, message: 'The current passphrase is wrong. Nothing was changed.' };
      throw error;
    }
    return { ok: true, message: 'Passphrase changed. Use the new one from now on.' };
  }

  async setAutoLock(minutes: number): Promise<EncryptionOutcome> {
    await this.ready();
    const problem = autoLockProblem(minutes);
    if (problem) return { ok: false, message: problem };
    this.minutes = minutes;
    await browser.storage.local.set({ [MINUTES_KEY]: minutes });
    if (this.state === 'unlocked') this.schedule();
    return {
      ok: true,
      message: `Reverie locks after ${minutes} minute${minutes === 1 ? '' : 's'} without use.`,
    };
  }
}
