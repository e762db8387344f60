/**
 * Puts a rendered note into a field, once, and proves it. The sequence (after Bitwarden's
 * autofill): refuse fields that cannot take text; refuse a silent second copy; insert
 * through the field's adapter; read back through the same adapter; undo and report when
 * the text is not there exactly once more than before.
 */
import type { InsertOutcome, RenderedNote } from '../messages';
import { pickAdapter } from './adapters';
import { refusalReason } from './editable';
import { fieldKey } from './field-key';
import { countOccurrences } from './text-compare';

export interface InsertRequest {
  target: HTMLElement | null;
  caret: Range | null;
  note: RenderedNote;
  /** Field keys this draft already went into. */
  insertedInto: string[];
  /** The clinician confirmed a second copy. */
  force: boolean;
  frameUrl: string;
}

export function insertNote(req: InsertRequest): InsertOutcome {
  const { target, note } = req;
  if (!target)
    return { outcome: 'failed', reason: 'No note field selected — click into the note field first' };
  const refusal = refusalReason(target);
  if (refusal) return { outcome: 'failed', reason: refusal };
  const adapter = pickAdapter(target);
  if (!adapter) return { outcome: 'failed', reason: 'This field does not take text' };

  const key = fieldKey(target, req.frameUrl);
  const before = adapter.read(target);
  const already = countOccurrences(before, note.text);
  if (!req.force && (req.insertedInto.includes(key) || already > 0))
    return { outcome: 'duplicate', fieldKey: key };

  let accepted = false;
  try {
    accepted = adapter.insert(target, note, req.caret);
  } catch {
    accepted = false;
  }
  const after = adapter.read(target);
  if (accepted && countOccurrences(after, note.text) === already + 1)
    return { outcome: 'inserted', fieldKey: key };
  if (after !== before) adapter.restore(target, before);
  return { outcome: 'failed', reason: 'The field did not accept the note' };
}
