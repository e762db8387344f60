/**
 * The panel hears "Inserted" before the background has stored that insertion (the store
 * follows the answer, to keep it off the clinician's wait). A failure to store it arrives
 * later, by push, and may overtake the answer: either way the status ends on the failure.
 */
import type { RecordFailure } from './messages';

export const INSERTED = 'Inserted — the note is in the field';

const NOT_RECORDED_WHY: Record<RecordFailure, string> = {
  'storage-full':
    "the browser's storage is full — free disk space, or export and delete old drafts in Reverie's options",
  'write-failed': 'the browser refused to store it — if this goes on, copy your note',
  locked: 'Reverie locked first — unlock it; the note stays in the field',
};

/** What the clinician is told when the note went in but its record could not be stored. */
export function notRecordedMessage(failure: RecordFailure): string {
  return `${INSERTED}, but Reverie could not record that it was inserted: ${NOT_RECORDED_WHY[failure]}. Your draft is kept; before inserting it again, check the field for a copy.`;
}

export class InsertRecording {
  private readonly failed = new Map<string, string>();
  private readonly answered = new Set<string>();

  constructor(private readonly show: (status: string) => void) {}

  /** A push said this insert's record failed: shown now, or when its answer comes. */
  notRecorded(insertId: string, failure: RecordFailure): void {
    const message = notRecordedMessage(failure);
    if (this.answered.has(insertId)) this.show(message);
    else this.failed.set(insertId, message);
  }

  /** The insert's answer said inserted: the status to show for it. */
  inserted(insertId: string): string {
    this.answered.add(insertId);
    const failure = this.failed.get(insertId);
    this.failed.delete(insertId);
    return failure ?? INSERTED;
  }
}
