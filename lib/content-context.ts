/**
 * The lifetime of Reverie's eager content script in one frame, in place of WXT's
 * ContentScriptContext. That one announces every start with a CustomEvent on the page's
 * `document` (any page that knows the public extension ID learns Reverie is installed) and
 * stops itself when such an event arrives, from anyone: a hostile page could kill Reverie
 * (Chromium and Firefox alike read the page's `detail`; tests/e2e/hostile-page.e2e.ts).
 *
 * Copies of the script meet here instead, through an expando on `window` under a
 * registered symbol, in the extension's isolated world, which the page never sees:
 * - The file run again while a copy is live (injection on demand) shares that world: the
 *   live copy stays, the new one does nothing (tests/e2e/content-lifetime.e2e.ts).
 * - After a reload or update, Chromium keeps the orphaned copy running, and a copy injected
 *   then gets a new script context of its own (its own `window` expandos and `chrome`),
 *   measured with CDP: it cannot see the orphan, and only the page's DOM is shared. So the
 *   orphan stops itself the first time it checks `isInvalid` (Alt+Shift+N, a message),
 *   before it acts; the new copy removes the orphan's dead panel as it opens its own.
 * - Firefox, on an update in place, injects the new copy into a fresh sandbox too (it
 *   found no expando of the old copy on `window`, checked in the e2e browser) and
 *   destroys the old copy's sandbox itself (touching it throws: the try/catch below).
 */
export interface ContentContext {
  /** Aborted when this copy stops: listeners registered with it go. */
  readonly signal: AbortSignal;
  /** True once the extension was reloaded or updated under this copy, or it was stopped. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): void;
}

/** What a running copy leaves on its window for the next copy to find. */
interface RunningCopy {
  isAlive(): boolean;
  stop(): void;
}

type Slots = Record<symbol, RunningCopy | undefined>;

/**
 * Starts this copy's context, or returns null when a live copy already runs in the frame
 * (it keeps its panel and state; injection on demand can run the file again). A copy whose
 * extension is gone (`extensionAlive` false: the extension was reloaded or updated) is
 * stopped, and this one takes over.
 */
export function startContentContext(
  win: object,
  key: symbol,
  extensionAlive: () => boolean,
): ContentContext | null {
  const slots = win as Slots;
  const previous = slots[key];
  if (previous && attempt(() => previous.isAlive())) return null;
  if (previous) attempt(() => previous.stop());

  const controller = new AbortController();
  const { signal } = controller;
  const isInvalid = () => {
    if (!signal.aborted && !attempt(extensionAlive)) controller.abort();
    return signal.aborted;
  };
  const self: RunningCopy = { isAlive: () => !isInvalid(), stop: () => controller.abort() };
  slots[key] = self;
  signal.addEventListener('abort', () => {
    if (slots[key] === self) delete slots[key];
  });
  return {
    signal,
    get isInvalid() {
      return isInvalid();
    },
    onInvalidated: (callback) => signal.addEventListener('abort', callback),
  };
}

/** Runs `fn`; false if it throws (Firefox: a reloaded extension's old sandbox is a dead object). */
function attempt(fn: () => boolean | void): boolean {
  try {
    return fn() !== false;
  } catch {
    return false;
  }
}
