/**
 * How long the panel waits before it looks up the last note for a client label (the "Last
 * time" reference, drawn above the sections). While the clinician types a label, until it
 * settles: not a look-up per keystroke. For a note just opened (the panel's first draw, New
 * note, a draft from the list), at once: drawn a moment later, the reference would push the
 * sections down under the click that follows, the first click into Session focus.
 */
export const LABEL_SETTLE_MS = 400;

export function lastNoteWaitMs(lookedUpFor: string | null, draftId: string): number {
  return lookedUpFor === draftId ? LABEL_SETTLE_MS : 0;
}
