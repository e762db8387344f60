/**
 * A field that cannot take the note as it is, found before anything in it changed: the
 * adapter throws this and the engine reports its message instead of "did not accept".
 */
export class FieldRefusal extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FieldRefusal';
  }
}

/** What lengthRefusal reads of a text field (a textarea or input's own properties). */
export interface LimitedField {
  value: string;
  /** The field's maxlength, -1 without one. */
  maxLength: number;
  selectionStart: number | null;
  selectionEnd: number | null;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Why a field with a maxlength cannot take `inserted` characters at its selection, or null
 * when they fit. The browser would cut the note off at the limit, and a paste of it too:
 * the clinician needs the numbers to shorten it or split it.
 */
export function lengthRefusal(field: LimitedField, inserted: number): string | null {
  if (field.maxLength < 0) return null;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const room = field.maxLength - (field.value.length - (end - start));
  if (inserted <= room) return null;
  const left = room < field.maxLength ? ` (${count(Math.max(0, room))} left)` : '';
  return `The note is ${count(inserted)} characters; this field takes ${count(field.maxLength)} at most${left}. Shorten the note or paste it in parts`;
}
