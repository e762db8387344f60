/** The encryption section's calls to the background (components/EncryptionSettings.tsx). */
import type { EncryptionApi } from '@/components/EncryptionSettings';
import { callBackground } from './api';

export const encryptionApi: EncryptionApi = {
  status: () => callBackground('options:encryptionStatus', {}),
  turnOn: (passphrase, confirmation) =>
    callBackground('options:turnOnEncryption', { passphrase, confirmation }),
  turnOff: (passphrase) => callBackground('options:turnOffEncryption', { passphrase }),
  change: (current, next, confirmation) =>
    callBackground('options:changePassphrase', { current, next, confirmation }),
  unlock: (passphrase) => callBackground('options:unlock', { passphrase }),
  lockNow: () => callBackground('options:lockNow', {}),
  setAutoLock: (minutes) => callBackground('options:setAutoLock', { minutes }),
};
