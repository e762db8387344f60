/**
 * What the panel's classic head script (entrypoints/panel-early.ts) leaves for the panel's
 * React module: the first two questions to the background, already on their way. The
 * module graph (React and the panel, ~290 KB) takes tens of ms to parse and run; the
 * answers travel meanwhile instead of after it.
 */

/** The property of the panel's own window (extension origin: no page can read it). */
export const EARLY_ASKED = '__reverieEarlyAsked';

export interface EarlyAsked {
  /** The raw `runtime.sendMessage` answers, unvalidated: the panel's api.ts takes them as its own. */
  draft: Promise<unknown>;
  templates: Promise<unknown>;
}

/** Takes what the head script asked, once; undefined when it did not run (or was taken). */
export function takeEarlyAsked(win: object): EarlyAsked | undefined {
  const holder = win as Record<string, EarlyAsked | undefined>;
  const asked = holder[EARLY_ASKED];
  delete holder[EARLY_ASKED];
  return asked;
}

/**
 * How long the panel's first frame waits for the early answers before it says "Opening
 * your draft…" instead. With the background running they are in before the module runs;
 * when it has to start, a few to a few tens of ms after (bench: cold open phases). A panel
 * whose draft takes longer shows that it is coming.
 */
export const ARRIVAL_WAIT_MS = 150;

/**
 * `answers`' value if it comes before `deadline` resolves, else null (a rejection too:
 * whoever takes the answers handles it).
 */
export async function settledBy<T>(answers: Promise<T>, deadline: Promise<void>): Promise<T | null> {
  const late = Symbol('late');
  const first = await Promise.race([answers, deadline.then(() => late)]).catch(() => late);
  return first === late ? null : (first as T);
}
