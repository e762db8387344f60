/** Small helpers that turn picked values into readable phrases without adding meaning. */

export type Wording = 'client' | 'patient';

/** Ends the clinician's phrase with a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Label: value." — the value exactly as entered. */
export const labelled = (label: string, value: string): string => sentence(`${label}: ${value.trim()}`);

/** Upper-cases the first letter (for generated phrases that start a sentence). */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Non-empty trimmed text, or undefined. */
export const filled = (text: string | undefined): string | undefined => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};
