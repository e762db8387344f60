/** Read-back comparison: white space and list markers do not count, every other character does. */
import { describe, expect, it } from 'vitest';
import { countOccurrences, squash } from '@/lib/insert/text-compare';

const NOTE = 'Goals:\n- Sleep through most nights\n- Name anger before it turns inward\nPlan: weekly.';

describe('squash', () => {
  it('drops white space', () => {
    expect(squash(' Plan:\n\tweekly\u00a0sessions ')).toBe('Plan:weeklysessions');
  });

  it('drops a list marker at the start of a line, not a dash inside one', () => {
    expect(squash('- Self-harm denied\n  • Sleep better')).toBe('Self-harmdeniedSleepbetter');
  });
});

describe('countOccurrences', () => {
  it('finds a note with a list in a rich field, whose list items show no "- "', () => {
    const rich =
      'Existing text.\nGoals:\nSleep through most nights\nName anger before it turns inward\nPlan: weekly.';
    expect(countOccurrences(rich, NOTE)).toBe(1);
  });

  it('finds it in a textarea, which keeps the markers', () => {
    expect(countOccurrences(`Existing text.\n\n${NOTE}\n\n${NOTE}`, NOTE)).toBe(2);
  });

  it('does not find an altered note', () => {
    expect(countOccurrences(NOTE.replace('Sleep', 'Slept'), NOTE)).toBe(0);
  });
});
