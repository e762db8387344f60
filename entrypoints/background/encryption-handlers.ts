/**
 * Encryption at rest, as the router sees it: the options page's encryption section, the
 * panel's unlock form, what may still be asked while locked, and the auto-lock alarm.
 */
import { browser } from 'wxt/browser';
import { LockedError } from '@/lib/drafts/codec';
import type {
  EncryptionAction,
  EncryptionAnswer,
  EncryptionOutcome,
  LockedReply,
  PanelMessage,
} from '@/lib/messages';
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
  // Templates and the site's field map are settings, not drafts.
  'panel:getTemplates',
  'panel:fieldMap',
  'panel:pickField',
  'panel:pickStep',
  'panel:pickChoose',
  'panel:pickCancel',
  'panel:forgetField',
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

async function act(action: EncryptionAction, keyring: Keyring): Promise<EncryptionOutcome> {
  switch (action.do) {
    case 'status':
      return { ok: true, message: '' };
    case 'turnOn':
      return keyring.turnOn(action.passphrase, action.confirmation);
    case 'turnOff':
      return keyring.turnOff(action.passphrase);
    case 'change':
      return keyring.changePassphrase(action.current, action.next, action.confirmation);
    case 'unlock':
      return keyring.unlock(action.passphrase);
    case 'lockNow':
      await keyring.lockNow();
      return { ok: true, message: 'Locked.' };
    case 'setAutoLock':
      return keyring.setAutoLock(action.minutes);
  }
}

/** One action of the options page's Encryption section, answered with the state after it. */
export async function handleEncryptionAction(
  action: EncryptionAction,
  keyring: Keyring,
): Promise<EncryptionAnswer> {
  await keyring.ready();
  const outcome = await act(action, keyring);
  return { ...outcome, status: keyring.status() };
}

export function setUpAutoLock(keyring: Keyring): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void keyring.checkIdle();
  });
  // A restarted background finds out at once whether it is locked (and drops a stale secret).
  void keyring.ready().catch((error) => console.error('Reverie: encryption', error));
}
