/** Order statistics for the bench's repeated samples. */
export const sorted = (xs: number[]) => xs.toSorted((a, b) => a - b);

/** The value at quantile q (0..1), nearest rank: p95 of 20 samples is the 19th. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export function median(xs: number[]): number {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const p95 = (xs: number[]) => quantile(xs, 0.95);
