/**
 * The vault: one random 256-bit secret, wrapped (AES-GCM) by a key derived from the
 * clinician's passphrase. Every draft is encrypted with keys derived from the secret, never
 * from the passphrase, so changing the passphrase re-wraps 32 bytes instead of rewriting
 * every draft. The wrapped secret is also the verifier: GCM's tag fails under any other
 * passphrase, so a wrong one is detected before any draft is touched.
 */
import { open, OpenFailedError, seal, type Sealed } from './aead';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { deriveWrappingKey, PBKDF2_ITERATIONS, SALT_BYTES } from './kdf';

export const SECRET_BYTES = 32;
const WRAP_CONTEXT = 'reverie-vault-secret-v1';

/** Stored as it is: nothing in it is secret without the passphrase. */
export interface VaultRecord {
  id: 'vault';
  format: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  wrapped: Sealed;
}

/** The keys a vault's secret opens: one encrypts drafts, one computes blind index values. */
export interface VaultKeys {
  /** AES-256-GCM, non-extractable. */
  data: CryptoKey;
  /** HMAC-SHA256, non-extractable. */
  index: CryptoKey;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase is not the right one. Nothing was changed.');
    this.name = 'WrongPassphraseError';
  }
}

async function wrap(secret: Uint8Array<ArrayBuffer>, passphrase: string): Promise<VaultRecord> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveWrappingKey(passphrase, salt, PBKDF2_ITERATIONS);
  return {
    id: 'vault',
    format: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    wrapped: await seal(kek, secret, WRAP_CONTEXT),
  };
}

export async function createVault(
  passphrase: string,
): Promise<{ vault: VaultRecord; secret: Uint8Array<ArrayBuffer> }> {
  const secret = randomBytes(SECRET_BYTES);
  return { vault: await wrap(secret, passphrase), secret };
}

/** The vault's secret, or WrongPassphraseError. */
export async function unwrapSecret(vault: VaultRecord, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const kek = await deriveWrappingKey(passphrase, fromBase64(vault.kdf.salt), vault.kdf.iterations);
  try {
    return await open(kek, vault.wrapped, WRAP_CONTEXT);
  } catch (error) {
    if (error instanceof OpenFailedError) throw new WrongPassphraseError();
    throw error;
  }
}

/** The same secret under a new passphrase (new salt); the drafts stay as they are. */
export async function rewrapVault(vault: VaultRecord, current: string, next: string): Promise<VaultRecord> {
  return wrap(await unwrapSecret(vault, current), next);
}

/** HKDF-SHA256 parameters for one purpose: a key per purpose, independent of the others. */
const hkdf = (info: string) => ({
  name: 'HKDF',
  hash: 'SHA-256',
  salt: new Uint8Array(32),
  info: utf8(info),
});

/** The keys a vault's secret opens, each non-extractable. */
export async function keysFromSecret(secret: Uint8Array<ArrayBuffer>): Promise<VaultKeys> {
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const [data, index] = await Promise.all([
    crypto.subtle.deriveKey(
      hkdf('reverie-drafts-aes-gcm-v1'),
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    ),
    crypto.subtle.deriveKey(
      hkdf('reverie-drafts-blind-index-v1'),
      base,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    ),
  ]);
  return { data, index };
}

/** A keyed hash to store in an index instead of the value itself (see lib/drafts/sealing.ts). */
export async function blindIndex(keys: VaultKeys, purpose: string, value: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.index, utf8(`${purpose}\u0000${value}`));
  return `~${toBase64(new Uint8Array(mac))}`;
}
