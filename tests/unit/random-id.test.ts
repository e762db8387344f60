import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomHex, randomUuid } from '@/lib/random-id';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A context that is not a secure one: `getRandomValues` only (Firefox's panel on a plain-http EHR). */
const insecureContext = () =>
  vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });

describe('random identifiers', () => {
  it('are version 4 UUIDs and hex strings, each new', () => {
    const ids = new Set(Array.from({ length: 200 }, randomUuid));
    expect(ids.size).toBe(200);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomHex()).toMatch(/^[0-9a-f]{32}$/);
    expect(randomHex(4)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('are made where crypto.randomUUID is missing, outside a secure context', () => {
    insecureContext();
    expect(crypto.randomUUID).toBeUndefined();
    expect(randomUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(randomHex()).toHaveLength(32);
  });
});
