/**
 * A panel act the clickjacking guard refused: the panel covered, faded or blurred, or a
 * copy of the panel the page framed itself (lib/panel-mount-token.ts). Its message is the
 * guard's reason and what was left undone, for the panel's status line as it is.
 */
export class GuardRefusal extends Error {
  constructor(obstruction: string, undone: string) {
    super(`${obstruction} — ${undone}`);
    this.name = 'GuardRefusal';
  }
}

/** What the status line says of an act that failed: the guard's reason, else that nothing changed. */
export function failedActMessage(error: unknown): string {
  return error instanceof GuardRefusal ? error.message : 'That did not work — nothing was changed';
}
