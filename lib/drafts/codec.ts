/**
 * How drafts are stored: as they are (encryption off), sealed (on and unlocked), or not at
 * all (on and locked). The database carries its codec (`db.codec`); every read and write
 * of a draft goes through it, so the rest of lib/drafts does not care which it is.
 * Reads accept plain rows in every unlocked mode: a conversion interrupted by a crash
 * leaves some, and they are sealed on the next unlock.
 */
import type { VaultKeys } from '../crypto/vault';
import type { Draft } from './model';
import { indexValue, isSealed, openSealed, sealDraft, type IndexPurpose } from './sealing';

export class LockedError extends Error {
  constructor() {
    super('Reverie is locked: unlock it with your passphrase.');
    this.name = 'LockedError';
  }
}

export interface DraftCodec {
  readonly mode: 'plain' | 'sealed' | 'locked';
  /** A stored row as the draft it holds. */
  open(row: Draft): Promise<Draft>;
  /** The row to store for this draft. (Typed as Draft: the table's declared shape, see db.ts.) */
  store(draft: Draft): Promise<Draft>;
  /** Every value a page key or client label may have in its index. */
  indexValues(purpose: IndexPurpose, value: string): Promise<string[]>;
}

export const PLAIN_CODEC: DraftCodec = {
  mode: 'plain',
  open: async (row) => {
    // Sealed rows without a vault cannot be: never hand ciphertext out as a draft.
    if (isSealed(row)) throw new LockedError();
    return row;
  },
  store: async (draft) => draft,
  indexValues: async (_purpose, value) => [value],
};

export const LOCKED_CODEC: DraftCodec = {
  mode: 'locked',
  open: async () => {
    throw new LockedError();
  },
  store: async () => {
    throw new LockedError();
  },
  indexValues: async () => {
    throw new LockedError();
  },
};

export function sealedCodec(keys: VaultKeys): DraftCodec {
  return {
    mode: 'sealed',
    open: async (row) => (isSealed(row) ? openSealed(keys, row) : row),
    store: async (draft) => (await sealDraft(keys, draft)) as unknown as Draft,
    indexValues: async (purpose, value) => [await indexValue(keys, purpose, value), value],
  };
}
