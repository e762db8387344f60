/**
 * The open panel's watch on the page's address (entrypoints/content/address-watch.ts), on
 * a stand-in window: a router's pushState is seen at the next look, back/forward and hash
 * routes at once; an anchor jump is no move; stopped, it looks no more.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_LOOK_MS, watchAddress } from '@/entrypoints/content/address-watch';

/** A window with an address to change and the events and timers the watch uses. */
function fakeWindow(href: string) {
  const events = new EventTarget();
  return Object.assign(events, {
    location: { href },
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  }) as unknown as Window & { location: { href: string } };
}

describe('watchAddress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sees a router’s pushState at its next look, once', () => {
    const win = fakeWindow('https://ehr.test/chart?client=12');
    const onMove = vi.fn();
    watchAddress(win, onMove);
    win.location.href = 'https://ehr.test/chart?client=47';
    expect(onMove).not.toHaveBeenCalled();
    vi.advanceTimersByTime(ADDRESS_LOOK_MS);
    expect(onMove).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(ADDRESS_LOOK_MS * 4);
    expect(onMove).toHaveBeenCalledTimes(1);
  });

  it('hears back, forward and a hash route at once', () => {
    const win = fakeWindow('https://ehr.test/#/chart/12');
    const onMove = vi.fn();
    watchAddress(win, onMove);
    win.location.href = 'https://ehr.test/#/chart/47';
    win.dispatchEvent(new Event('hashchange'));
    expect(onMove).toHaveBeenCalledTimes(1);
    win.location.href = 'https://ehr.test/#/chart/12';
    win.dispatchEvent(new Event('popstate'));
    expect(onMove).toHaveBeenCalledTimes(2);
  });

  it('takes an anchor jump for no move', () => {
    const win = fakeWindow('https://ehr.test/chart?client=12');
    const onMove = vi.fn();
    watchAddress(win, onMove);
    win.location.href = 'https://ehr.test/chart?client=12#plan';
    win.dispatchEvent(new Event('hashchange'));
    vi.advanceTimersByTime(ADDRESS_LOOK_MS * 2);
    expect(onMove).not.toHaveBeenCalled();
  });

  it('looks no more once stopped', () => {
    const win = fakeWindow('https://ehr.test/chart?client=12');
    const onMove = vi.fn();
    const stop = watchAddress(win, onMove);
    stop();
    win.location.href = 'https://ehr.test/chart?client=47';
    win.dispatchEvent(new Event('popstate'));
    vi.advanceTimersByTime(ADDRESS_LOOK_MS * 2);
    expect(onMove).not.toHaveBeenCalled();
  });
});
