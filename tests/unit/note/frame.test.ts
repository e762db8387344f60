import { describe, expect, it } from 'vitest';
import { durationMinutes, inLastQuarter, nextSessionNumber, parseTime } from '@/lib/note/frame';

describe('durationMinutes', () => {
  it.each<[string | undefined, string | undefined, number | undefined]>([
    ['14:00', '14:50', 50],
    ['9:00', '9:40', 40],
    ['10:00', '10:00', 0],
    ['23:30', '00:20', 50],
    ['22:00', '04:00', 360],
    ['22:00', '04:01', undefined],
    ['14:00', '13:50', undefined],
    ['14:00', undefined, undefined],
    [undefined, '14:50', undefined],
    ['24:00', '24:30', undefined],
    ['14:60', '15:00', undefined],
    ['2pm', '3pm', undefined],
  ])('%s → %s = %s', (start, end, minutes) => {
    expect(durationMinutes({ start, end })).toBe(minutes);
  });

  it('parses only HH:MM', () => {
    expect(parseTime(' 07:05 ')).toBe(425);
    expect(parseTime('7.05')).toBeUndefined();
  });
});

describe('inLastQuarter (STPP ending section)', () => {
  it.each<[number | undefined, number | undefined, boolean]>([
    [9, 16, false],
    [12, 16, false],
    [13, 16, true],
    [16, 16, true],
    [9, 12, false],
    [10, 12, true],
    [10, 14, false],
    [11, 14, true],
    [13, undefined, false],
    [undefined, 16, false],
  ])('session %s of %s → %s', (sessionNumber, courseLength, expected) => {
    expect(inLastQuarter({ sessionNumber, courseLength })).toBe(expected);
  });
});

describe('nextSessionNumber', () => {
  it('advances by one, and knows nothing without a number', () => {
    expect(nextSessionNumber({ sessionNumber: 37 })).toBe(38);
    expect(nextSessionNumber({})).toBeUndefined();
    expect(nextSessionNumber(undefined)).toBeUndefined();
  });
});
