import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DraftsDatabase } from '@/lib/drafts/db';
import { setUpRetention } from '@/entrypoints/background/retention';

const db = {} as DraftsDatabase;
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('retention alarm', () => {
  it('is scheduled once: a later wake of the background keeps the schedule it had', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    setUpRetention(db);
    await settle();
    const [first] = await browser.alarms.getAll();
    expect(first?.periodInMinutes).toBe(360);

    vi.setSystemTime(1_000_000 + 10 * 60_000);
    setUpRetention(db);
    await settle();
    const all = await browser.alarms.getAll();
    expect(all).toHaveLength(1);
    expect(all[0]?.scheduledTime).toBe(first?.scheduledTime);
  });
});
