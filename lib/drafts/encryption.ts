/**
 * Turning encryption at rest on and off, unlocking, locking and changing the passphrase,
 * on the drafts database. The background keeps the secret between service-worker restarts
 * (entrypoints/background/keyring.ts); everything here takes it or the passphrase as input.
 *
 * Invariant: a vault row exists ⇔ encryption is on, and then every draft row is sealed.
 * Turning on stores the vault first, then seals; turning off opens every row, then
 * deletes the vault. A crash in between leaves plain rows beside sealed ones, which every
 * read accepts and the next unlock seals (so an interrupted "off" is simply still on).
 */
import { createVault, keysFromSecret, rewrapVault, unwrapSecret } from '../crypto/vault';
import { LOCKED_CODEC, PLAIN_CODEC, sealedCodec } from './codec';
import type { DraftsDatabase } from './db';
import { isSealed } from './sealing';

export type EncryptionState = 'off' | 'locked' | 'unlocked';

/** Rows converted per transaction: bounded memory with 100,000 drafts. */
const BATCH = 500;

export async function isEncryptionOn(db: DraftsDatabase): Promise<boolean> {
  return (await db.vault.get('vault')) !== undefined;
}

export function encryptionState(db: DraftsDatabase, on: boolean): EncryptionState {
  if (!on) return 'off';
  return db.codec.mode === 'sealed' ? 'unlocked' : 'locked';
}

/** Rewrites every row that `convert` says needs it, batch by batch, through the current codec. */
async function rewriteAll(
  db: DraftsDatabase,
  needs: (row: object) => boolean,
  plain: boolean,
): Promise<number> {
  let changed = 0;
  const ids = await db.drafts.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = (await db.drafts.bulkGet(ids.slice(i, i + BATCH))).filter(
      (r) => r !== undefined && needs(r),
    );
    const drafts = await Promise.all(rows.map((r) => db.codec.open(r!)));
    const next = await Promise.all(drafts.map((d) => (plain ? PLAIN_CODEC : db.codec).store(d)));
    await db.drafts.bulkPut(next);
    changed += next.length;
  }
  return changed;
}

/** Plain rows, and sealed rows from before schema v4 that lack their label look-up value. */
const sealLeftovers = (db: DraftsDatabase) =>
  rewriteAll(db, (r) => !isSealed(r) || !('labelKey' in r), false);

/** Turns encryption on with this passphrase and seals every draft. Returns the secret. */
export async function turnOn(db: DraftsDatabase, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  return db.exclusive(async () => {
    if (await isEncryptionOn(db)) throw new Error('Encryption is already on.');
    const { vault, secret } = await createVault(passphrase);
    await db.vault.put(vault);
    db.codec = sealedCodec(await keysFromSecret(secret));
    await sealLeftovers(db);
    return secret;
  });
}

/** Uses a secret already unwrapped (kept in session storage across restarts). */
export async function useSecret(db: DraftsDatabase, secret: Uint8Array<ArrayBuffer>): Promise<void> {
  const codec = sealedCodec(await keysFromSecret(secret));
  await db.exclusive(async () => {
    db.codec = codec;
  });
}

/** Checks the passphrase against the vault (WrongPassphraseError) and unlocks. Returns the secret. */
export async function unlock(db: DraftsDatabase, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const vault = await db.vault.get('vault');
  if (!vault) throw new Error('Encryption is off.');
  const secret = await unwrapSecret(vault, passphrase);
  const codec = sealedCodec(await keysFromSecret(secret));
  await db.exclusive(async () => {
    db.codec = codec;
    await sealLeftovers(db);
  });
  return secret;
}

/** Drops the keys once any write in progress is done; nothing sealed can be read until unlock. */
export async function lock(db: DraftsDatabase): Promise<void> {
  await db.exclusive(async () => {
    db.codec = (await isEncryptionOn(db)) ? LOCKED_CODEC : PLAIN_CODEC;
  });
}

/** Puts the codec in line with the database when the background starts: locked when on. */
export async function startLocked(db: DraftsDatabase): Promise<boolean> {
  const on = await isEncryptionOn(db);
  db.codec = on ? LOCKED_CODEC : PLAIN_CODEC;
  return on;
}

/** Checks the passphrase, writes every draft back as it is, then forgets the vault. */
export async function turnOff(db: DraftsDatabase, passphrase: string): Promise<void> {
  const vault = await db.vault.get('vault');
  if (!vault) return;
  const codec = sealedCodec(await keysFromSecret(await unwrapSecret(vault, passphrase)));
  await db.exclusive(async () => {
    db.codec = codec;
    await rewriteAll(db, isSealed, true);
    await db.vault.delete('vault');
    db.codec = PLAIN_CODEC;
  });
}

/** Re-wraps the same secret under a new passphrase: no draft is rewritten. */
export async function changePassphrase(db: DraftsDatabase, current: string, next: string): Promise<void> {
  const vault = await db.vault.get('vault');
  if (!vault) throw new Error('Encryption is off.');
  const rewrapped = await rewrapVault(vault, current, next);
  await db.exclusive(async () => {
    await db.vault.put(rewrapped);
  });
}
