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
