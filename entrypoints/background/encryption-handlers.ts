/**
 * Encryption at rest, as the router sees it: the options page's encryption section, the
 * panel's unlock form, what may still be asked while locked, and the auto-lock alarm.
 */
import { browser } from 'wxt/browser';
import { LockedError } from '@/lib/drafts/codec';
import type { LockedReply, OptionsMessage, PanelMessage } from '@/lib/messages';
import { AUTO_LOCK_ALARM, type Keyring } from './keyring';

export const LOCKED_REPLY: LockedReply = {
  ok: false,
  locked: true,
  message: 'Reverie is locked. Unlock it with your passphrase first; nothing was changed.',
};

/** Panel messages that need no draft, so they are answered while locked. */
const WITHOUT_DRAFTS = new Set<PanelMessage['type']>([
  'panel:close',
  'panel:checkVisible',
  'panel:getRetention',
  'panel:setRetention',
  'panel:unlock',
  'panel:flushed',
]);

export const needsUnlocked = (msg: PanelMessage) => !WITHOUT_DRAFTS.has(msg.type);

/** Runs a handler; a locked store answers with LOCKED_REPLY instead of an error. */
export async function orLocked<T>(work: () => Promise<T>): Promise<T | LockedReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LockedError) return LOCKED_REPLY;
    throw error;
  }
}

/** The options page's encryption messages; undefined for any other message. */
export function handleEncryptionMessage(msg: OptionsMessage, keyring: Keyring): Promise<unknown> | undefined {
  switch (msg.type) {
    case 'options:encryptionStatus':
      return keyring.ready().then(() => keyring.status());
    case 'options:turnOnEncryption':
      return keyring.turnOn(msg.passphrase, msg.confirmation);
    case 'options:turnOffEncryption':
      return keyring.turnOff(msg.passphrase);
    case 'options:changePassphrase':
      return keyring.changePassphrase(msg.current, msg.next, msg.confirmation);
    case 'options:unlock':
      return keyring.unlock(msg.passphrase);
    case 'options:lockNow':
      return keyring.lockNow().then(() => ({ ok: true, message: 'Locked.' }));
    case 'options:setAutoLock':
      return keyring.setAutoLock(msg.minutes);
    default:
      return undefined;
  }
}

export function setUpAutoLock(keyring: Keyring): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void keyring.checkIdle();
  });
  // A restarted background finds out at once whether it is locked (and drops a stale secret).
  void keyring.ready().catch((error) => console.error('Reverie: encryption', error));
}
