/** The encryption section's calls to the background (components/EncryptionSettings.tsx). */
import type { EncryptionApi } from '@/components/EncryptionSettings';
import type { EncryptionAction } from '@/lib/messages';
import { callBackground } from './api';

const ask = (action: EncryptionAction) => callBackground('options:encryption', { action });

export const encryptionApi: EncryptionApi = {
  status: async () => (await ask({ do: 'status' })).status,
  turnOn: (passphrase, confirmation) => ask({ do: 'turnOn', passphrase, confirmation }),
  turnOff: (passphrase) => ask({ do: 'turnOff', passphrase }),
  change: (current, next, confirmation) => ask({ do: 'change', current, next, confirmation }),
  unlock: (passphrase) => ask({ do: 'unlock', passphrase }),
  lockNow: () => ask({ do: 'lockNow' }),
  setAutoLock: (minutes) => ask({ do: 'setAutoLock', minutes }),
};
