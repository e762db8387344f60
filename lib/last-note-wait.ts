/**
 * How long the panel waits before it looks up the last note for a client label (the "Last
 * time" reference, drawn above the sections, pushing them down). For a note just opened
 * (the panel's first draw, New note, a draft from the list), at once: drawn a moment later,
 * the reference would push the sections down under the click that follows, the first click
 * into Session focus. While the clinician types a label, for a pause between keys (not a
 * look-up per keystroke of a fast typist), but a short one: the reference must come while
 * the clinician is still at the label, before the hand has reached the mouse to click into
 * a section below (a few hundred ms); at 400 ms it came during that reach.
 */
export const LABEL_SETTLE_MS = 120;

export function lastNoteWaitMs(lookedUpFor: string | null, draftId: string): number {
  return lookedUpFor === draftId ? LABEL_SETTLE_MS : 0;
}
