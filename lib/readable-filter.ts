/**
 * Whether CSS filters leave the panel readable. A page-wide dark mode done with
 * `filter: invert(1) hue-rotate(180deg)` on <html> (Dark Reader's filter mode, many EHRs'
 * own night modes) changes colours only; `blur()`, `opacity()`, `brightness(0)`,
 * `contrast(0)` or an SVG `url()` filter can make the panel unreadable, a clickjacking
 * tool. The filters are run on black and white, the panel's text and background: what
 * comes out must keep a contrast of at least 3:1 (WCAG's floor for large text).
 *
 * The colour matrices are those of the Filter Effects spec:
 * https://drafts.fxtf.org/filter-effects/#supported-filter-functions
 */

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const MIN_CONTRAST = 3;
/** A blur of half a pixel softens text but leaves it readable. */
const MAX_BLUR_PX = 0.5;
const OPAQUE = 0.99;

/** One filter function as written in a computed `filter`: its name and argument text. */
interface FilterFunction {
  name: string;
  args: string;
}

/** Splits `invert(1) drop-shadow(rgb(0, 0, 0) 1px 1px 2px)` into its functions; null if malformed. */
export function parseFilter(filter: string): FilterFunction[] | null {
  const functions: FilterFunction[] = [];
  let rest = filter.trim();
  if (rest === '' || rest === 'none') return functions;
  while (rest) {
    const open = rest.indexOf('(');
    if (open <= 0) return null;
    const name = rest.slice(0, open).trim().toLowerCase();
    let depth = 0;
    let close = -1;
    for (let i = open; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0 || !/^[a-z-]+$/.test(name)) return null;
    functions.push({ name, args: rest.slice(open + 1, close).trim() });
    rest = rest.slice(close + 1).trim();
  }
  return functions;
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

/** An angle in degrees: `180deg`, `3.14159rad`, `0.5turn`, `200grad`, `0`. */
function degrees(args: string): number | null {
  if (args === '' || args === '0') return 0;
  const match = /^(-?[\d.]+(?:e-?\d+)?)(deg|rad|turn|grad)$/i.exec(args);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  const perUnit = { deg: 1, rad: 180 / Math.PI, turn: 360, grad: 0.9 }[unit]!;
  return value * perUnit;
}

const clamp = (c: number) => Math.min(1, Math.max(0, c));

const applyMatrix = (m: Matrix, [r, g, b]: Rgb): Rgb =>
  m.map((row) => clamp(row[0] * r + row[1] * g + row[2] * b)) as Rgb;

function grayscale(a: number): Matrix {
  const s = 1 - Math.min(1, a);
  return [
    [0.2126 + 0.7874 * s, 0.7152 - 0.7152 * s, 0.0722 - 0.0722 * s],
    [0.2126 - 0.2126 * s, 0.7152 + 0.2848 * s, 0.0722 - 0.0722 * s],
    [0.2126 - 0.2126 * s, 0.7152 - 0.7152 * s, 0.0722 + 0.9278 * s],
  ];
}

function sepia(a: number): Matrix {
  const s = 1 - Math.min(1, a);
  return [
    [0.393 + 0.607 * s, 0.769 - 0.769 * s, 0.189 - 0.189 * s],
    [0.349 - 0.349 * s, 0.686 + 0.314 * s, 0.168 - 0.168 * s],
    [0.272 - 0.272 * s, 0.534 - 0.534 * s, 0.131 + 0.869 * s],
  ];
}

function saturate(s: number): Matrix {
  return [
    [0.213 + 0.787 * s, 0.715 - 0.715 * s, 0.072 - 0.072 * s],
    [0.213 - 0.213 * s, 0.715 + 0.285 * s, 0.072 - 0.072 * s],
    [0.213 - 0.213 * s, 0.715 - 0.715 * s, 0.072 + 0.928 * s],
  ];
}

function hueRotate(deg: number): Matrix {
  const cos = Math.cos((deg * Math.PI) / 180);
  const sin = Math.sin((deg * Math.PI) / 180);
  return [
    [0.213 + cos * 0.787 - sin * 0.213, 0.715 - cos * 0.715 - sin * 0.715, 0.072 - cos * 0.072 + sin * 0.928],
    [0.213 - cos * 0.213 + sin * 0.143, 0.715 + cos * 0.285 + sin * 0.14, 0.072 - cos * 0.072 - sin * 0.283],
    [0.213 - cos * 0.213 - sin * 0.787, 0.715 - cos * 0.715 + sin * 0.715, 0.072 + cos * 0.928 + sin * 0.072],
  ];
}

/** One filter function applied to a colour; null when it may hide or blur what it paints. */
function applyFunction({ name, args }: FilterFunction, c: Rgb): Rgb | null {
  const per = (f: (v: number) => number) => c.map((v) => clamp(f(v))) as Rgb;
  if (name === 'hue-rotate') {
    const deg = degrees(args);
    return deg === null ? null : applyMatrix(hueRotate(deg), c);
  }
  // A shadow behind the panel changes none of its own pixels.
  if (name === 'drop-shadow') return c;
  if (name === 'blur') {
    const px = args === '' ? 0 : /^([\d.]+)px$/.exec(args)?.[1];
    return px !== undefined && Number(px) <= MAX_BLUR_PX ? c : null;
  }
  const defaults: Record<string, number> = {
    invert: 1,
    brightness: 1,
    contrast: 1,
    grayscale: 1,
    sepia: 1,
    saturate: 1,
    opacity: 1,
  };
  if (!(name in defaults)) return null; // url(), and any function this list does not know
  const a = amount(args, defaults[name]!);
  if (a === null || a < 0) return null;
  switch (name) {
    case 'invert': {
      const k = Math.min(1, a);
      return per((v) => k + v * (1 - 2 * k));
    }
    case 'brightness':
      return per((v) => v * a);
    case 'contrast':
      return per((v) => (v - 0.5) * a + 0.5);
    case 'grayscale':
      return applyMatrix(grayscale(a), c);
    case 'sepia':
      return applyMatrix(sepia(a), c);
    case 'saturate':
      return applyMatrix(saturate(a), c);
    default: // opacity: any fading counts, as the `opacity` property does
      return a >= OPAQUE ? c : null;
  }
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * True when the computed `filter` values, innermost element first (each applies to what
 * the one before painted), keep black and white at least 3:1 apart and hide nothing.
 */
export function filtersKeepReadable(filters: readonly string[]): boolean {
  let black: Rgb = [0, 0, 0];
  let white: Rgb = [1, 1, 1];
  for (const filter of filters) {
    const functions = parseFilter(filter);
    if (!functions) return false;
    for (const fn of functions) {
      const b = applyFunction(fn, black);
      const w = applyFunction(fn, white);
      if (!b || !w) return false;
      black = b;
      white = w;
    }
  }
  const [a, b] = [luminance(black), luminance(white)];
  const [dark, light] = a < b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05) >= MIN_CONTRAST;
}
