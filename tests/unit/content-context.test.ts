import { describe, expect, it, vi } from 'vitest';
import { startContentContext } from '@/lib/content-context';

const KEY = Symbol.for('reverie.test.content');
/** What Firefox does when a reloaded extension's old sandbox is touched. */
const deadSandbox = () => {
  throw new TypeError("can't access dead object");
};

describe('the content script’s own context', () => {
  it('starts once per frame: a second copy of a live script does nothing', () => {
    const win = {};
    const first = startContentContext(win, KEY, () => true);
    expect(first).not.toBeNull();
    expect(startContentContext(win, KEY, () => true)).toBeNull();
    expect(first!.isInvalid).toBe(false);
    expect(first!.signal.aborted).toBe(false);
  });

  it('becomes invalid, once, when the extension is gone, and runs its cleanups', () => {
    let alive = true;
    const ctx = startContentContext({}, KEY, () => alive)!;
    const cleanup = vi.fn();
    ctx.onInvalidated(cleanup);
    expect(ctx.isInvalid).toBe(false);
    alive = false;
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('counts an extension check that throws as gone', () => {
    expect(startContentContext({}, KEY, deadSandbox)!.isInvalid).toBe(true);
  });

  it('stops a copy whose extension was reloaded when a new copy starts beside it', () => {
    const win = {};
    let oldAlive = true;
    const orphan = startContentContext(win, KEY, () => oldAlive)!;
    const cleanup = vi.fn();
    orphan.onInvalidated(cleanup);
    oldAlive = false;
    const next = startContentContext(win, KEY, () => true);
    expect(next).not.toBeNull();
    expect(cleanup).toHaveBeenCalledTimes(1);
    // The orphan's cleanup does not unregister its successor.
    expect(startContentContext(win, KEY, () => true)).toBeNull();
    expect(next!.isInvalid).toBe(false);
  });

  it('takes over from a copy whose sandbox is dead (Firefox)', () => {
    const win = { [KEY]: { isAlive: deadSandbox, stop: deadSandbox } };
    expect(startContentContext(win, KEY, () => true)).not.toBeNull();
  });

  it('frees the frame when it stops, for a later copy', () => {
    const win = {};
    let alive = true;
    const ctx = startContentContext(win, KEY, () => alive)!;
    alive = false;
    expect(ctx.isInvalid).toBe(true);
    expect(Object.getOwnPropertySymbols(win)).toEqual([]);
  });
});
