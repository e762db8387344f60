/** The field checks of an `options:encryption` action (lib/messages.ts), run by the router before acting. */
import type { EncryptionAction } from './messages';

const FIELDS: Record<EncryptionAction['do'], string[]> = {
  status: [],
  turnOn: ['passphrase', 'confirmation'],
  turnOff: ['passphrase'],
  change: ['current', 'next', 'confirmation'],
  unlock: ['passphrase'],
  lockNow: [],
  setAutoLock: [],
};

export function isEncryptionAction(value: unknown): value is EncryptionAction {
  if (typeof value !== 'object' || value === null) return false;
  const action = value as Record<string, unknown>;
  const fields = typeof action.do === 'string' ? FIELDS[action.do as EncryptionAction['do']] : undefined;
  if (!fields || !Object.hasOwn(FIELDS, action.do as string)) return false;
  if (action.do === 'setAutoLock' && !Number.isInteger(action.minutes)) return false;
  return fields.every((field) => typeof action[field] === 'string');
}
