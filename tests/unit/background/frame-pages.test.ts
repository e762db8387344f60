import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// A fresh module per test: its memory is a worker's life.
const load = async () => {
  vi.resetModules();
  return import('@/entrypoints/background/frame-pages');
};

beforeEach(() => fakeBrowser.reset());

describe('frame pages, for every tab', () => {
  it('answers from memory after a record, without reading storage', async () => {
    const { framePagesOf } = await load();
    await framePagesOf(4).record('d', { '2': 'http://ehr/note?client=12' });
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await framePagesOf(4).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    expect(read).not.toHaveBeenCalled();
  });

  it('still knows in a restarted worker, from session storage', async () => {
    await (await load()).framePagesOf(4).record('d', { '2': 'http://ehr/note?client=12' });
    const restarted = await load();
    expect(await restarted.framePagesOf(4).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
  });

  it('has a draft’s frames follow it into another tab, and the first noted kept there', async () => {
    const { framePagesOf } = await load();
    await framePagesOf(4).record('d', { '2': 'http://ehr/note?client=12' });
    await framePagesOf(5).record('e', { '2': 'http://ehr/note?client=47' });
    expect(await framePagesOf(5).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    // Both tabs' records kept, written one after the other or side by side.
    await Promise.all([
      framePagesOf(4).record('f', { '0': 'http://ehr/a' }),
      framePagesOf(5).record('g', { '0': 'http://ehr/b' }),
    ]);
    const restarted = (await load()).framePagesOf(6);
    for (const [draft, page] of [
      ['d', { '2': 'http://ehr/note?client=12' }],
      ['e', { '2': 'http://ehr/note?client=47' }],
      ['f', { '0': 'http://ehr/a' }],
      ['g', { '0': 'http://ehr/b' }],
    ] as const)
      expect(await restarted.ofDraft(draft)).toEqual(page);
  });

  it('keeps what a closed tab’s drafts showed, and forgets its note field', async () => {
    const { framePagesOf, setUpFramePagesCleanup } = await load();
    setUpFramePagesCleanup();
    await framePagesOf(4).record('d', { '2': 'http://ehr/note?client=12' });
    await framePagesOf(4).fieldSeenIn('2');
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(await framePagesOf(7).ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    expect(await framePagesOf(4).fieldSlot()).toBeUndefined();
    const restarted = (await load()).framePagesOf(4);
    expect(await restarted.ofDraft('d')).toEqual({ '2': 'http://ehr/note?client=12' });
    expect(await restarted.fieldSlot()).toBeUndefined();
  });

  it('keeps the frame of the note field last seen, per tab, across a worker restart', async () => {
    const { framePagesOf } = await load();
    expect(await framePagesOf(4).fieldSlot()).toBeUndefined();
    await framePagesOf(4).fieldSeenIn('1.0');
    expect(await framePagesOf(4).fieldSlot()).toBe('1.0');
    expect(await framePagesOf(5).fieldSlot()).toBeUndefined();
    expect(await (await load()).framePagesOf(4).fieldSlot()).toBe('1.0');
  });
});

describe('looking at the field’s frame', () => {
  it('looks once per draft while the tab claims no other field', async () => {
    const { framePagesOf } = await load();
    const { rememberTargetFrame } = await import('@/entrypoints/background/target-frames');
    const tab = framePagesOf(4);
    expect(tab.looked('d')).toBe(false);
    expect(tab.looked('d')).toBe(true);
    // Another draft, or the same one after a field was claimed: look again.
    expect(tab.looked('e')).toBe(false);
    await rememberTargetFrame(4, 2);
    expect(tab.looked('e')).toBe(false);
    expect(tab.looked('e')).toBe(true);
    // Tabs apart.
    expect(framePagesOf(5).looked('e')).toBe(false);
  });
});
