/**
 * Random identifiers for code that may run outside a secure context. `crypto.randomUUID`
 * exists only in secure contexts, and Reverie runs in two that may not be one when the EHR
 * is served over plain http (a clinic's own network): the page's frames, where the
 * insertion script runs, and, in Firefox, the panel itself, an extension frame inside that
 * page. `crypto.getRandomValues` is in every context.
 */

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** `bytes` random bytes in hex (128 bits by default). */
export function randomHex(bytes = 16): string {
  return hex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A version 4 UUID, as `crypto.randomUUID` makes them. */
export function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
