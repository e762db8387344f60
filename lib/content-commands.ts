/**
 * How the background reaches the eager content script of a frame (open or close the
 * panel, ask the clickjacking guard): it runs `runContentCommand` in that frame with
 * `scripting.executeScript`, in the extension's isolated world, where the content script
 * published its handler under a registered symbol (as lib/insert/frame-handoff.ts hands
 * the tracked field to the insertion script). The page's own JavaScript never sees it.
 *
 * Not by runtime messages: a script that listens for them must touch the extension API as
 * the page loads, and that first touch builds the API's bindings, about 1 ms of every
 * page load in Chromium's traces (issue #6). This way the eager script touches the API only
 * when the clinician acts.
 */

/** The handler's answer; null from a copy whose extension was reloaded or updated. */
export type CommandReply = { answer: unknown } | null;
export type CommandHandler = (command: unknown) => CommandReply;

/** The registered symbol's name, passed to `runContentCommand` as an argument (see there). */
export const COMMAND_SLOT = 'reverie.contentCommand';

type Slots = Record<symbol, CommandHandler | undefined>;

/** Publishes this copy's handler in its frame, withdrawn when the copy stops. */
export function publishCommandHandler(win: object, handler: CommandHandler, signal: AbortSignal): void {
  const slots = win as Slots;
  const key = Symbol.for(COMMAND_SLOT);
  slots[key] = handler;
  signal.addEventListener('abort', () => {
    if (slots[key] === handler) delete slots[key];
  });
}

/**
 * Runs in the frame, injected by the background: it is serialized without its module, so
 * it names nothing outside itself (the slot's name comes in as an argument). Null when no
 * live content script published a handler there.
 */
export function runContentCommand(slot: string, command: unknown): CommandReply {
  const handler = (window as unknown as Slots)[Symbol.for(slot)];
  return handler ? handler(command) : null;
}
