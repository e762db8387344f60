/**
 * What "Fill all fields" tells the clinician in the panel's one status region: which
 * parts went in, and for every part that did not, which field and why — never silence.
 */

export type FieldFillOutcome =
  | { outcome: 'inserted'; fieldKey: string }
  /** The field already holds this part's text: not filled a second time. */
  | { outcome: 'duplicate' }
  /** The mapping matched no element (0) or more than one (n): the page changed. */
  | { outcome: 'missing'; matches: number }
  | { outcome: 'failed'; reason: string };

export type FillResult = { key: string; label: string } & (FieldFillOutcome | { outcome: 'unmapped' });

const list = (items: string[]) => items.join(', ');

export function fillReport(results: FillResult[]): string {
  const sentences: string[] = [];
  const filled = results.filter((r) => r.outcome === 'inserted').map((r) => r.key);
  if (filled.length > 0) sentences.push(`Filled ${list(filled)}.`);
  for (const r of results) {
    if (r.outcome === 'missing')
      sentences.push(
        r.matches === 0
          ? `Field '${r.label}' not found on this page — ${r.key} was not filled.`
          : `Field '${r.label}' matches ${r.matches} fields on this page — ${r.key} was not filled; pick it again.`,
      );
    if (r.outcome === 'duplicate') sentences.push(`'${r.label}' already has ${r.key} — not filled again.`);
    if (r.outcome === 'failed') sentences.push(`${r.key} did not go into '${r.label}': ${r.reason}.`);
  }
  const unmapped = results.filter((r) => r.outcome === 'unmapped').map((r) => r.key);
  if (unmapped.length > 0) sentences.push(`No field picked for ${list(unmapped)} — not filled.`);
  return sentences.join(' ') || 'Nothing to fill — the note is empty.';
}

const inFrame = (frame: string | undefined) => (frame ? ` (in frame ${frame})` : '');
const nameOf = (label: string) => label || 'Unlabelled field';

/**
 * What the panel says when a key (in the panel or on the page) moves the picker's
 * highlight: the same sentence whichever key moved it. Pointer hovers say nothing.
 */
export function pickAnnouncement(at: {
  label: string;
  index: number;
  count: number;
  frame?: string;
}): string {
  return `Field ${at.index} of ${at.count}: ${nameOf(at.label)}${inFrame(at.frame)}`;
}

/** What the panel says once a field is picked for a part. */
export function pickedAnnouncement(key: string, target: { label: string }, frame?: string): string {
  return `${key} goes into '${nameOf(target.label)}'${inFrame(frame)}`;
}
