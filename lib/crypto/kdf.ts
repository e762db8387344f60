/**
 * The passphrase → key-encryption key step: PBKDF2-HMAC-SHA256 through WebCrypto (no
 * dependency), at least OWASP's 2023 figure of 600,000 iterations, a random 128-bit salt
 * per vault. The derived key is non-extractable and can only wrap and unwrap the vault's
 * secret (see vault.ts); it never touches a draft.
 */
import { utf8 } from './bytes';

export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

export class WeakKdfError extends Error {
  constructor(iterations: number) {
    super(`Refusing a key derivation with ${iterations} iterations (at least ${PBKDF2_ITERATIONS}).`);
    this.name = 'WeakKdfError';
  }
}

export async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  // A stored vault claiming fewer iterations was tampered with (a downgrade): refuse it.
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS) throw new WeakKdfError(iterations);
  // NFC: the same passphrase typed on another keyboard or OS gives the same bytes.
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
