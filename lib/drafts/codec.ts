/**
 * How drafts are stored: as they are (encryption off), sealed (on and unlocked), or not at
 * all (on and locked). The database carries its codec (`db.codec`); every read and write
 * of a draft goes through it, so the rest of lib/drafts does not care which it is.
 * Reads accept plain rows in every unlocked mode: a conversion interrupted by a crash
 * leaves some, and they are sealed on the next unlock.
 */
import type { VaultKeys } from '../crypto/vault';
import { plainLabelKey, withoutLabelKey } from './label-key';
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
  /**
   * How the labelKey index finds labels for this typed word: every label starting with it
   * (plain), or equal to it, case aside (sealed: a keyed hash has no prefixes; label-key.ts).
   */
  labelLookup(word: string): Promise<LabelLookup>;
}

export type LabelLookup = { prefix: string } | { exact: string[] };

export const PLAIN_CODEC: DraftCodec = {
  mode: 'plain',
  open: async (row) => {
    // Sealed rows without a vault cannot be: never hand ciphertext out as a draft.
    if (isSealed(row)) throw new LockedError();
    return withoutLabelKey(row);
  },
  store: async (draft) => ({ ...withoutLabelKey(draft), labelKey: plainLabelKey(draft.clientLabel) }),
  indexValues: async (_purpose, value) => [value],
  labelLookup: async (word) => ({ prefix: plainLabelKey(word) }),
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
  labelLookup: async () => {
    throw new LockedError();
  },
};

export function sealedCodec(keys: VaultKeys): DraftCodec {
  return {
    mode: 'sealed',
    open: async (row) => (isSealed(row) ? openSealed(keys, row) : withoutLabelKey(row)),
    store: async (draft) => (await sealDraft(keys, withoutLabelKey(draft))) as unknown as Draft,
    indexValues: async (purpose, value) => [await indexValue(keys, purpose, value), value],
    // A plain row left over from a crash holds the lowercased label itself.
    labelLookup: async (word) => ({
      exact: [await indexValue(keys, 'find', word), plainLabelKey(word)],
    }),
  };
}
