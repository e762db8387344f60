/**
 * The insert's outcome as the page bridge's own answer settles it, without the insertion
 * script's engine: the background answers the panel from it at once instead of waiting for
 * the same answer to come back through the insertion script, which runs on the page's main
 * thread behind the layout and paint of the note just inserted (issue #6: 10–100 ms).
 * Only what the engine would decide from this answer alone: a note there exactly once more
 * (inserted) or a refused second copy (duplicate). Anything else (a refusal, a read-back
 * that failed and must be undone) stays the engine's to handle and report.
 */
import type { InsertOutcome } from '../messages';
import type { BridgeResult } from './bridge-protocol';
import { verdictFromCopies } from './read-back';

export function settledByBridge(result: BridgeResult, fieldKey: string): InsertOutcome | null {
  if (result.duplicate) return { outcome: 'duplicate', fieldKey };
  // As the engine: no text read before means the editor was never reached.
  if (result.before === undefined || !result.readBack) return null;
  return verdictFromCopies(result.ok, result.readBack) === 'inserted'
    ? { outcome: 'inserted', fieldKey }
    : null;
}
