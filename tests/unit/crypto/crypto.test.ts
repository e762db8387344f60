import { afterEach, describe, expect, it, vi } from 'vitest';
import { IV_BYTES, open, OpenFailedError, seal } from '@/lib/crypto/aead';
import { fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from '@/lib/crypto/bytes';
import { deriveWrappingKey, PBKDF2_ITERATIONS, WeakKdfError } from '@/lib/crypto/kdf';
import { passphraseProblem } from '@/lib/crypto/passphrase';
import {
  createVault,
  keysFromSecret,
  rewrapVault,
  unwrapSecret,
  WrongPassphraseError,
} from '@/lib/crypto/vault';

const PASS = 'correct horse battery staple';

afterEach(() => vi.restoreAllMocks());

const aesKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('key derivation', { timeout: 30_000 }, () => {
  it('is PBKDF2-SHA256 with at least 600,000 iterations, into a non-extractable AES-256-GCM key', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const { vault } = await createVault(PASS);
    expect(vault.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(fromBase64(vault.kdf.salt)).toHaveLength(16);
    const [params, , derived, extractable] = derive.mock.calls[0]!;
    expect(params).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect((params as Pbkdf2Params).iterations).toBeGreaterThanOrEqual(600_000);
    expect(derived).toEqual({ name: 'AES-GCM', length: 256 });
    expect(extractable).toBe(false);
  });

  it('refuses a vault that claims fewer iterations (a downgrade)', async () => {
    await expect(deriveWrappingKey(PASS, randomBytes(16), 1000)).rejects.toBeInstanceOf(WeakKdfError);
    const { vault } = await createVault(PASS);
    await expect(
      unwrapSecret({ ...vault, kdf: { ...vault.kdf, iterations: 100_000 } }, PASS),
    ).rejects.toBeInstanceOf(WeakKdfError);
  });
});

describe('AES-GCM sealing', () => {
  it('round-trips exactly, including huge, emoji and right-to-left text', async () => {
    const key = await aesKey();
    const text = `${'x'.repeat(200_000)} 😔 שלום <img src=x>`;
    const sealed = await seal(key, utf8(text), 'ctx');
    expect(fromUtf8(await open(key, sealed, 'ctx'))).toBe(text);
    expect(atob(sealed.data)).not.toContain('שלום');
  });

  it('uses a fresh 96-bit IV for every write', async () => {
    const key = await aesKey();
    const ivs = new Set<string>();
    const datas = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const sealed = await seal(key, utf8('the same note'), 'ctx');
      expect(fromBase64(sealed.iv)).toHaveLength(IV_BYTES);
      ivs.add(sealed.iv);
      datas.add(sealed.data);
    }
    expect(ivs.size).toBe(200);
    expect(datas.size).toBe(200);
  });

  it('detects tampering with the ciphertext, the IV or the context it is bound to', async () => {
    const key = await aesKey();
    const sealed = await seal(key, utf8('Plan: weekly'), 'reverie-draft-v1:a');
    const flipped = fromBase64(sealed.data);
    flipped[0]! ^= 1;
    await expect(
      open(key, { ...sealed, data: toBase64(flipped) }, 'reverie-draft-v1:a'),
    ).rejects.toBeInstanceOf(OpenFailedError);
    const iv = fromBase64(sealed.iv);
    iv[0]! ^= 1;
    await expect(open(key, { ...sealed, iv: toBase64(iv) }, 'reverie-draft-v1:a')).rejects.toBeInstanceOf(
      OpenFailedError,
    );
    await expect(open(key, sealed, 'reverie-draft-v1:b')).rejects.toBeInstanceOf(OpenFailedError);
    await expect(open(await aesKey(), sealed, 'reverie-draft-v1:a')).rejects.toBeInstanceOf(OpenFailedError);
  });
});

// 600,000 PBKDF2 iterations take a while on a busy machine; that is the point.
describe('vault', { timeout: 30_000 }, () => {
  it('gives the secret back for the right passphrase and detects a wrong one', async () => {
    const { vault, secret } = await createVault(PASS);
    expect(await unwrapSecret(vault, PASS)).toEqual(secret);
    await expect(unwrapSecret(vault, 'correct horse battery stapler')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('re-wraps the same secret under a new passphrase and a new salt', async () => {
    const { vault, secret } = await createVault(PASS);
    const next = await rewrapVault(vault, PASS, 'a completely new passphrase');
    expect(next.kdf.salt).not.toBe(vault.kdf.salt);
    expect(await unwrapSecret(next, 'a completely new passphrase')).toEqual(secret);
    await expect(unwrapSecret(next, PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(rewrapVault(vault, 'not it at all, sorry', 'x'.repeat(12))).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('derives non-extractable keys from the secret', async () => {
    const { secret } = await createVault(PASS);
    const keys = await keysFromSecret(secret);
    expect(keys.data.extractable).toBe(false);
    expect(keys.index.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys.data)).rejects.toThrow();
  });
});

describe('passphrase rules', () => {
  it.each([
    ['short', 'short', /at least 12 characters/],
    ['twelve chars', 'twelve chars!', /differ/],
    ['😔😔😔😔😔😔😔😔😔😔😔', '😔😔😔😔😔😔😔😔😔😔😔', /at least 12/],
    ['twelve chars', 'twelve chars', null],
  ])('%j / %j → %s', (passphrase, confirmation, expected) => {
    const problem = passphraseProblem(passphrase, confirmation);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
