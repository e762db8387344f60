import { describe, expect, it } from 'vitest';
import { fulfilledWithin } from '@/lib/fulfilled-within';

const after = <T>(ms: number, value: T) => new Promise<T>((done) => setTimeout(() => done(value), ms));

describe('fulfilledWithin', () => {
  it('gives the value of a promise already fulfilled', async () => {
    expect(await fulfilledWithin(Promise.resolve('draft'), 0)).toBe('draft');
  });

  it('gives the value of a promise fulfilled in time', async () => {
    expect(await fulfilledWithin(after(5, 'draft'), 200)).toBe('draft');
  });

  it('gives undefined when the time runs out first', async () => {
    expect(await fulfilledWithin(after(200, 'draft'), 5)).toBeUndefined();
  });

  it('gives undefined for a rejection, leaving it to whoever holds the promise', async () => {
    const failed = Promise.reject(new Error('locked'));
    expect(await fulfilledWithin(failed, 50)).toBeUndefined();
    await expect(failed).rejects.toThrow('locked');
  });
});
