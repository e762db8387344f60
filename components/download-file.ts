/**
 * Offers `text` as a JSON file download named `name`, as the options page's exports do.
 * The object URL is revoked later, not at once: the browser reads it after click() returns.
 */
export function downloadJson(text: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Today's date for file names, e.g. 2026-11-26. */
export const fileDate = (at: Date | string = new Date()) => new Date(at).toISOString().slice(0, 10);
