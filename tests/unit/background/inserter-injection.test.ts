/**
 * The background forgets a tab's injected frames when the tab closes or loads a new page,
 * so the set does not grow for the life of the worker and a new page is injected at once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  injected,
  injectInserter,
  readyInserter,
  setUpInjectedFramesCleanup,
  warmUpInserter,
} from '@/entrypoints/background/inserter-injection';

describe('injected frames cleanup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    injected.forgetTab(1);
    injected.forgetTab(2);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    setUpInjectedFramesCleanup();
  });

  it('forgets a closed tab, and only that tab', async () => {
    await injectInserter(1, 0);
    await injectInserter(1, 5);
    await injectInserter(2, 0);
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    expect(injected.has(1, 0)).toBe(false);
    expect(injected.has(1, 5)).toBe(false);
    expect(injected.has(2, 0)).toBe(true);
  });

  it('forgets a tab that starts loading a new page, not one that finished loading', async () => {
    await injectInserter(1, 0);
    await injectInserter(2, 0);
    const tab = { id: 1 } as Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'complete' }, tab);
    expect(injected.has(2, 0)).toBe(true);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, tab);
    expect(injected.has(1, 0)).toBe(false);
    expect(injected.tabCount).toBe(1);
  });

  it('readies a frame once: no second injection into a frame injected before', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockClear();
    await readyInserter(1, 0);
    await readyInserter(1, 0);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(injected.has(1, 0)).toBe(true);
  });
});

describe('warming up the insertion script after a panel opens', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    injected.forgetTab(3);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    vi.mocked(fakeBrowser.scripting.executeScript).mockClear();
  });

  it('readies the target frame once the delay is past, not during the panel’s open', async () => {
    vi.useFakeTimers();
    try {
      warmUpInserter(3, async () => 7, 1500);
      await vi.advanceTimersByTimeAsync(1400);
      expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(200);
      expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
      expect(injected.has(3, 7)).toBe(true);
      // The insert after it finds the frame ready: no second injection.
      await readyInserter(3, 7);
      expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('injects nowhere when the target frame cannot be told', async () => {
    vi.useFakeTimers();
    try {
      warmUpInserter(3, () => Promise.reject(new Error('tab gone')), 10);
      await vi.advanceTimersByTimeAsync(20);
      expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
