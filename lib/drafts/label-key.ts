/**
 * The value "Find drafts" looks a client label up by (the labelKey index, schema v4).
 * Plain rows hold the lowercased label itself, so a typed prefix is an index range. Sealed
 * rows hold a keyed hash of it (sealing.ts): a label is then found by an exact, case-blind
 * match only — a hash keeps no order, so no prefix range exists over it. (Hashing every
 * prefix of every label would allow prefix look-ups but store each label's length and which
 * clients share their first letters; not done. Prefixes are found by the scan instead.)
 */
import type { Draft } from './model';

export const plainLabelKey = (label: string) => label.trim().toLowerCase();

/** A stored row without its look-up value: the Draft handed out never carries it. */
export function withoutLabelKey(row: Draft): Draft {
  if (!('labelKey' in row)) return row;
  const { labelKey: _key, ...draft } = row as Draft & { labelKey: unknown };
  return draft;
}
