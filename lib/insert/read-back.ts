/**
 * What the engine does after an insert, from what it read back through the field: keep it
 * only when the editor accepted it and the note is there exactly once more than before;
 * otherwise put the field back, but only when something changed (a restore of an
 * untouched field, such as an undo, could take away the clinician's own last edit).
 */
import { countOccurrences } from './text-compare';

export interface ReadBack {
  /** The adapter reported the editor took the insert. */
  accepted: boolean;
  /** The field's text before the insert. */
  before: string;
  /** The field's text after it, or null when it could not be read. */
  after: string | null;
  noteText: string;
}

/**
 * The read-back reduced to what the verdict rests on, as the page bridge counts it in the
 * page (lib/insert/page-bridge.ts): the field's text, the whole note with it, then need not
 * come back across the bridge.
 */
export interface ReadBackCopies {
  /** Copies of the note in the field before the insert (countOccurrences). */
  copiesBefore: number;
  /** Copies after it, or null when the field could not be read. */
  copiesAfter: number | null;
  /** The field's text after differs from before, character for character. */
  changed: boolean;
}

export type Verdict = 'inserted' | 'restore' | 'untouched';

export function verdictFromCopies(
  accepted: boolean,
  { copiesBefore, copiesAfter, changed }: ReadBackCopies,
): Verdict {
  if (accepted && copiesAfter !== null && copiesAfter === copiesBefore + 1) return 'inserted';
  return changed ? 'restore' : 'untouched';
}

export function readBackVerdict({ accepted, before, after, noteText }: ReadBack): Verdict {
  return verdictFromCopies(accepted, {
    copiesBefore: countOccurrences(before, noteText),
    copiesAfter: after === null ? null : countOccurrences(after, noteText),
    changed: after !== before,
  });
}
