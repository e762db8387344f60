/**
 * Whether CSS filters leave the panel readable. A page-wide dark mode done with
 * `filter: invert(1) hue-rotate(180deg)` on <html> (Dark Reader's filter mode, many EHRs'
 * own night modes) changes colours only; `blur()`, `opacity()`, `brightness(0)`,
 * `contrast(0)` or an SVG `url()` filter can make the panel unreadable, a clickjacking
 * tool. The filters are run on black and white, the panel's text and background: what
 * comes out must keep a contrast of at least 3:1 (WCAG's floor for large text). Small, as
 * it runs in the eager content script. Functions as the Filter Effects spec defines them:
 * https://drafts.fxtf.org/filter-effects/#supported-filter-functions
 */

const MIN_CONTRAST = 3;
/** A blur of half a pixel softens text but leaves it readable. */
const MAX_BLUR_PX = 0.5;
const OPAQUE = 0.99;

/** One filter function as written in a computed `filter`: its name and argument text. */
interface FilterFunction {
  name: string;
  args: string;
}

/** One function and the space after it; its argument may hold one level of parentheses. */
const FUNCTION = /([a-z-]+)\(((?:[^()]|\([^()]*\))*)\)\s*/iy;

/** Splits `invert(1) drop-shadow(rgb(0, 0, 0) 1px 1px 2px)` into its functions; null if malformed. */
export function parseFilter(filter: string): FilterFunction[] | null {
  const text = filter.trim();
  if (text === 'none') return [];
  const functions: FilterFunction[] = [];
  let end = 0;
  FUNCTION.lastIndex = 0;
  for (let match; (match = FUNCTION.exec(text)); end = FUNCTION.lastIndex) {
    functions.push({ name: match[1]!.toLowerCase(), args: match[2]!.trim() });
  }
  return end === text.length ? functions : null;
}

/** `0.9`, `90%` → 0.9; an empty argument is the function's default. */
function amount(args: string, fallback: number): number | null {
  if (args === '') return fallback;
  const match = /^(-?[\d.]+(?:e-?\d+)?)(%?)$/i.exec(args);
  if (!match) return null;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return null;
  return match[2] ? value / 100 : value;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Functions that change hue or saturation only: black and white stay black and white (sepia
 * tints white to a cream whose luminance is within 1 % of it), and a shadow behind the
 * panel changes none of its own pixels.
 */
const KEEPS_BLACK_AND_WHITE = new Set(['hue-rotate', 'grayscale', 'sepia', 'saturate', 'drop-shadow']);

/** A grey level after one filter function; null when the function may hide or blur the panel. */
function applyFunction({ name, args }: FilterFunction, grey: number): number | null {
  if (KEEPS_BLACK_AND_WHITE.has(name)) return grey;
  if (name === 'blur') {
    const px = args === '' ? '0' : /^([\d.]+)px$/.exec(args)?.[1];
    return px !== undefined && Number(px) <= MAX_BLUR_PX ? grey : null;
  }
  const a = amount(args, 1);
  if (a === null || a < 0) return null;
  switch (name) {
    case 'invert': {
      const k = Math.min(1, a);
      return clamp(k + grey * (1 - 2 * k));
    }
    case 'brightness':
      return clamp(grey * a);
    case 'contrast':
      return clamp((grey - 0.5) * a + 0.5);
    case 'opacity': // any fading counts, as the `opacity` property does
      return a >= OPAQUE ? grey : null;
    default: // url(), and any function this list does not know
      return null;
  }
}

/** WCAG relative luminance of a grey level. */
const luminance = (grey: number) => (grey <= 0.04045 ? grey / 12.92 : ((grey + 0.055) / 1.055) ** 2.4);

/**
 * True when the computed `filter` values, innermost element first (each applies to what
 * the one before painted), keep black and white at least 3:1 apart and hide nothing.
 */
export function filtersKeepReadable(filters: readonly string[]): boolean {
  let black = 0;
  let white = 1;
  for (const filter of filters) {
    const functions = parseFilter(filter);
    if (!functions) return false;
    for (const fn of functions) {
      const b = applyFunction(fn, black);
      const w = applyFunction(fn, white);
      if (b === null || w === null) return false;
      black = b;
      white = w;
    }
  }
  const [a, b] = [luminance(black), luminance(white)];
  const [dark, light] = a < b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05) >= MIN_CONTRAST;
}
