/**
 * Puts a rendered note into a field, once, and proves it. The sequence (after Bitwarden's
 * autofill): refuse fields that cannot take text; refuse a silent second copy; insert
 * through the field's adapter; read back through the same adapter; undo and report when
 * the text is not there exactly once more than before.
 */
import type { InsertOutcome, RenderedNote } from '../messages';
import type { InsertAdapter, InsertAnswer, PageBridge } from './adapter';
import { pickAdapters } from './adapters';
import { refusalReason } from './editable';
import { FieldRefusal } from './field-refusal';
import { fieldKey } from './field-key';
import { readBackVerdict, verdictFromCopies, type Verdict } from './read-back';
import { countOccurrences, squash } from './text-compare';

export interface InsertRequest {
  target: HTMLElement | null;
  caret: Range | null;
  note: RenderedNote;
  /** Field keys this draft already went into. */
  insertedInto: string[];
  /** The clinician confirmed a second copy. */
  force: boolean;
  frameUrl: string;
  /** Reaches editors whose API lives in the page's own JavaScript. */
  bridge: PageBridge;
}

const NOT_ACCEPTED = 'The field did not accept the note';
const LEFT_IN =
  'The field did not take the note whole, and what went in could not be taken out — check the field before pasting';

export async function insertNote(req: InsertRequest): Promise<InsertOutcome> {
  const { target } = req;
  if (!target)
    return { outcome: 'failed', reason: 'No note field selected — click into the note field first' };
  const refusal = refusalReason(target);
  if (refusal) return { outcome: 'failed', reason: refusal };
  const adapters = pickAdapters(target);
  if (adapters.length === 0) return { outcome: 'failed', reason: 'This field does not take text' };

  const key = fieldKey(target, req.frameUrl);
  if (!req.force && req.insertedInto.includes(key)) return { outcome: 'duplicate', fieldKey: key };
  // An editor whose API was not found (a fork under another global, a build that keeps its
  // instances to itself) was never touched: the next adapter that knows the field, at last
  // the browser's own editing, tries instead of the clinician getting the clipboard.
  for (const adapter of adapters) {
    const outcome = await insertThrough(adapter, target, req, key);
    if (outcome !== UNREACHED) return outcome;
  }
  return { outcome: 'failed', reason: NOT_ACCEPTED };
}

/** The adapter never reached the editor, so nothing in the field changed. */
const UNREACHED = Symbol('unreached');

async function insertThrough(
  adapter: InsertAdapter,
  target: HTMLElement,
  req: InsertRequest,
  key: string,
): Promise<InsertOutcome | typeof UNREACHED> {
  const { note } = req;
  const ctx = { bridge: req.bridge };
  const duplicate: InsertOutcome = { outcome: 'duplicate', fieldKey: key };

  let before: string | undefined;
  if (!adapter.readBeforeInsert) {
    try {
      before = await adapter.read(target, ctx);
    } catch {
      return UNREACHED;
    }
    if (!req.force && countOccurrences(before, note.text) > 0) return duplicate;
  }

  let answer: InsertAnswer = false;
  try {
    // An adapter that reads before inserting checks for a copy there in the same call.
    answer = await adapter.insert(target, note, req.caret, ctx, { refuseIfHolding: !req.force });
  } catch (error) {
    // Refused before anything changed, for a reason the clinician can act on.
    if (error instanceof FieldRefusal) return { outcome: 'failed', reason: error.message };
    answer = false;
  }
  if (typeof answer === 'object') {
    if (answer.duplicate) return duplicate;
    before ??= answer.before;
  }
  // Never read: the editor was not reached, so nothing was inserted.
  if (before === undefined) return UNREACHED;
  const accepted = typeof answer === 'boolean' ? answer : answer.accepted;
  let verdict: Verdict;
  // Counted in the page: the field's text, the whole note in it, stayed there.
  if (typeof answer === 'object' && answer.readBack) verdict = verdictFromCopies(accepted, answer.readBack);
  else {
    // A refused insert is read again: its answer may carry no text at all.
    const after =
      typeof answer === 'object' && answer.accepted
        ? answer.text
        : await Promise.resolve(adapter.read(target, ctx)).catch(() => null);
    verdict = readBackVerdict({ accepted, before, after, noteText: note.text });
  }
  if (verdict === 'inserted') return { outcome: 'inserted', fieldKey: key };
  if (verdict === 'restore') {
    await Promise.resolve(adapter.restore(target, before, ctx)).catch(() => {});
    // An editor without an undo of its own (Editor.js), or whose undo failed, keeps what
    // went in: the clinician must know before pasting the copy, or the field gets it twice.
    const now = await Promise.resolve(adapter.read(target, ctx)).catch(() => null);
    if (now === null || squash(now) !== squash(before)) return { outcome: 'failed', reason: LEFT_IN };
  }
  return { outcome: 'failed', reason: NOT_ACCEPTED };
}
