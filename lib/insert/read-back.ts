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

export type Verdict = 'inserted' | 'restore' | 'untouched';

export function readBackVerdict({ accepted, before, after, noteText }: ReadBack): Verdict {
  const already = countOccurrences(before, noteText);
  if (accepted && after !== null && countOccurrences(after, noteText) === already + 1) return 'inserted';
  return after === before ? 'untouched' : 'restore';
}
