import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// A fresh module per test: its memory is a worker's life.
const load = async () => {
  vi.resetModules();
  return import('@/entrypoints/background/target-frames');
};

beforeEach(() => fakeBrowser.reset());

describe('target frames', () => {
  it('answers from memory after a remember, without reading storage', async () => {
    const { rememberTargetFrame, targetFrameOf } = await load();
    await rememberTargetFrame(4, 2);
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await targetFrameOf(4)).toBe(2);
    expect(read).not.toHaveBeenCalled();
  });

  it('still knows the frame in a restarted worker, from session storage', async () => {
    await (await load()).rememberTargetFrame(4, 2);
    const restarted = await load();
    expect(await restarted.targetFrameOf(4)).toBe(2);
    // A tab never focused: the top frame.
    expect(await restarted.targetFrameOf(5)).toBe(0);
  });

  it('forgets a closed tab', async () => {
    const { rememberTargetFrame, setUpTargetFrameCleanup, targetFrameOf } = await load();
    setUpTargetFrameCleanup();
    await rememberTargetFrame(4, 2);
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(await targetFrameOf(4)).toBe(0);
  });
});
