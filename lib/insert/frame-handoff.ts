/**
 * How the eager content script hands its tracked note field to the insertion script that
 * the background injects on demand into the same frame. Both run in the extension's
 * isolated world of that frame, so an expando on `window` under a registered symbol is
 * shared by them and invisible to the page's own JavaScript.
 */
import type { PageMove } from '../page-move';

export interface TrackedTarget {
  readonly element: HTMLElement | null;
  readonly caret: Range | null;
}

/** The registered symbol's name the tracked field is published under (see targetFramePage). */
export const TARGET_SLOT = 'reverie.target';
const TARGET = Symbol.for(TARGET_SLOT);
const PANEL_CHECK = Symbol.for('reverie.panelCheck');
const INSERTER = Symbol.for('reverie.inserter');

type Slots = Record<symbol, unknown>;
const slots = (win: Window) => win as unknown as Slots;

export function publishTarget(win: Window, target: TrackedTarget): void {
  slots(win)[TARGET] = target;
}

export function publishedTarget(win: Window): TrackedTarget | null {
  return (slots(win)[TARGET] as TrackedTarget | undefined) ?? null;
}

/**
 * What the top frame says of the open panel before a note goes into a field: why it is not
 * safely visible (the clickjacking guard, entrypoints/content/panel-visibility.ts), or null;
 * and whether a single-page EHR has moved to another page since it opened (lib/page-move.ts).
 */
export interface PanelState {
  obstruction: string | null;
  moved: PageMove | null;
}

/**
 * The top frame's check, handed to the insertion script there: an insert into a field of
 * the top frame asks it right before inserting, instead of the background asking the
 * content script in a round trip first. `mounts`: the tokens the asking panel was told
 * (lib/panel-mount-token.ts); a panel without the open frame's is refused.
 */
export type PanelCheck = (mounts: unknown) => PanelState;

/** Why an insert is refused when the guard gives no clear answer: not safe. */
export const PANEL_UNSEEN = 'Reverie cannot see the page right now';

export function publishPanelCheck(win: Window, check: PanelCheck): void {
  slots(win)[PANEL_CHECK] = check;
}

export function publishedPanelCheck(win: Window): PanelCheck | null {
  return (slots(win)[PANEL_CHECK] as PanelCheck | undefined) ?? null;
}

/**
 * Claims the frame for one live insertion script. An injection whose extension context is
 * gone (the extension was reloaded or updated) no longer receives messages, so a new one
 * may take over; two live ones would both answer and insert the note twice.
 */
export function claimInserter(win: Window, isAlive: () => boolean): boolean {
  const previous = slots(win)[INSERTER] as (() => boolean) | undefined;
  if (previous && stillAlive(previous)) return false;
  slots(win)[INSERTER] = isAlive;
  return true;
}

function stillAlive(isAlive: () => boolean): boolean {
  try {
    return isAlive();
  } catch {
    return false; // Firefox: a dead extension's sandbox throws "can't access dead object"
  }
}
