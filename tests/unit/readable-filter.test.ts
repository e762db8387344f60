/** Colour-only filters (dark modes) leave the panel readable; hiding or blurring ones do not. */
import { describe, expect, it } from 'vitest';
import { filtersKeepReadable, parseFilter } from '@/lib/readable-filter';

describe('parseFilter', () => {
  it('splits functions, nested parentheses included', () => {
    expect(parseFilter('invert(1) drop-shadow(rgb(0, 0, 0) 1px 1px 2px) hue-rotate(180deg)')).toEqual([
      { name: 'invert', args: '1' },
      { name: 'drop-shadow', args: 'rgb(0, 0, 0) 1px 1px 2px' },
      { name: 'hue-rotate', args: '180deg' },
    ]);
  });

  it.each(['none', '', '  '])('reads %j as no filter', (filter) => {
    expect(parseFilter(filter)).toEqual([]);
  });

  it.each(['invert(1', 'invert 1', '(1)', 'invert(1))'])('refuses malformed %j', (filter) => {
    expect(parseFilter(filter)).toBeNull();
  });
});

describe('filtersKeepReadable', () => {
  it.each([
    ['no filter', ['none']],
    // Dark Reader's filter mode, as Chromium and Firefox serialize it.
    ['a dark mode by inversion', ['invert(1) hue-rotate(180deg)']],
    ['Dark Reader with its contrast and sepia', ['invert(100%) hue-rotate(180deg) contrast(90%) sepia(10%)']],
    ['a dimmed page', ['brightness(0.6)']],
    ['greyscale', ['grayscale(1)']],
    ['saturation and hue', ['saturate(2) hue-rotate(0.5turn)']],
    ['a shadow', ['drop-shadow(rgba(0, 0, 0, 0.3) 2px 2px 6px)']],
    ['a harmless hairline blur', ['blur(0.3px)']],
    ['a filter on the page and one on a dialog', ['contrast(0.9)', 'invert(1) hue-rotate(180deg)']],
    ['inversion twice', ['invert(1)', 'invert(1)']],
  ])('keeps %s readable', (_name, filters) => {
    expect(filtersKeepReadable(filters)).toBe(true);
  });

  it.each([
    ['a blur', ['blur(3px)']],
    ['a fade', ['opacity(0.2)']],
    ['a faint fade', ['opacity(0.95)']],
    ['darkness', ['brightness(0)']],
    ['no contrast', ['contrast(0)']],
    ['half inversion (all grey)', ['invert(0.5)']],
    ['an SVG filter', ['url("#wash-out")']],
    ['an unknown function', ['wobble(2)']],
    ['a negative amount', ['brightness(-1)']],
    ['dimming that adds up over two elements', ['brightness(0.4)', 'contrast(0.4)']],
    ['a malformed value', ['invert(1']],
  ])('refuses %s', (_name, filters) => {
    expect(filtersKeepReadable(filters)).toBe(false);
  });
});
