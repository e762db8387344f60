/**
 * AES-256-GCM through WebCrypto, a fresh random 96-bit IV for every write (never reused
 * under one key: 2^-32 collision odds only after billions of writes). The additional
 * data binds a ciphertext to where it belongs, so one record's ciphertext moved into
 * another record fails to open instead of showing the wrong note.
 */
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';

export const IV_BYTES = 12;

/** What is stored: the IV and the ciphertext with its 128-bit tag, base64. */
export interface Sealed {
  iv: string;
  data: string;
}

/** The ciphertext does not open under this key: wrong key, or changed by someone. */
export class OpenFailedError extends Error {
  constructor() {
    super('The encrypted data does not open with this key, or it was changed.');
    this.name = 'OpenFailedError';
  }
}

export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  context: string,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(context), tagLength: 128 },
    key,
    plaintext,
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

export async function open(
  key: CryptoKey,
  sealed: Sealed,
  context: string,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: utf8(context), tagLength: 128 },
      key,
      fromBase64(sealed.data),
    );
    return new Uint8Array(plain);
  } catch {
    throw new OpenFailedError();
  }
}
