/** What a passphrase must be before Reverie encrypts with it; messages a clinician can act on. */

export const MIN_PASSPHRASE_LENGTH = 12;

/** Null when the passphrase is acceptable and both entries agree; otherwise what to fix. */
export function passphraseProblem(passphrase: string, confirmation: string): string | null {
  // Counted in characters a person typed (code points), not UTF-16 units.
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters — a few unrelated words work well.`;
  if (passphrase !== confirmation) return 'The two passphrases differ. Type the same passphrase twice.';
  return null;
}
