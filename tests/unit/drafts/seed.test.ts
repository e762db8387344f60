/** The seeded drafts of the 100,000-drafts test: the search finds each by what the test types. */
import { describe, expect, it } from 'vitest';
import { isE2eMessage } from '@/entrypoints/background/e2e-hooks';
import { matchesQuery, summarize } from '@/lib/drafts/listing';
import { seededDay, seededDraft, seededFocus, seededLabel, seededSite } from '@/lib/drafts/seed';

const NOW = Date.UTC(2026, 10, 25, 12);

describe('seeded drafts', () => {
  it.each([0, 7, 73_421, 99_999])('draft %i is found by its label and by its site and day', (i) => {
    const summary = summarize(seededDraft(i, NOW));
    expect(summary.glimpse).toBe(seededFocus(i));
    expect(matchesQuery(summary, seededLabel(i))).toBe(true);
    expect(matchesQuery(summary, `${seededSite(i)} ${seededDay(i, NOW)}`)).toBe(true);
    expect(matchesQuery(summarize(seededDraft(i + 1, NOW)), seededLabel(i))).toBe(false);
  });

  it('is the same draft every time, newest first by index', () => {
    expect(seededDraft(5, NOW)).toEqual(seededDraft(5, NOW));
    expect(seededDraft(5, NOW).updatedAt).toBeGreaterThan(seededDraft(6, NOW).updatedAt);
  });
});

describe('test-only messages', () => {
  it.each([
    [{ type: 'e2e:seedDrafts', from: 0, count: 10, now: NOW }, true],
    [{ type: 'e2e:countDrafts' }, true],
    [{ type: 'e2e:seedDrafts', from: 0, count: -1, now: NOW }, false],
    [{ type: 'e2e:seedDrafts', from: 0, count: 2_000_000, now: NOW }, false],
    [{ type: 'e2e:wipe' }, false],
    ['e2e:countDrafts', false],
  ])('%j is accepted: %s', (msg, ok) => {
    expect(isE2eMessage(msg)).toBe(ok);
  });
});
