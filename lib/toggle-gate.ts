/**
 * Which presses of Alt+Shift+N toggle the panel. One press can reach a content script twice,
 * once by each way it listens: its own key listener in the page, and the browser command
 * the background passes on as a message. The second arrival, by the other way and within
 * `windowMs`, is that same press. Two presses by the same way are two presses however close
 * (open, then close at once), and a key held down toggles once: its repeats are not presses.
 */
export type ToggleWay = 'key' | 'message';

export const SAME_PRESS_WINDOW_MS = 300;

export interface TogglePress {
  way: ToggleWay;
  /** When it arrived, in ms. */
  at: number;
  /** A repeat of a key held down (KeyboardEvent.repeat). */
  repeat?: boolean;
}

/** Answers for each arrival whether it is a press of its own, to act on. */
export function toggleGate(windowMs = SAME_PRESS_WINDOW_MS): (press: TogglePress) => boolean {
  let last: TogglePress | null = null;
  return (press) => {
    if (press.repeat) return false;
    if (last && last.way !== press.way && press.at - last.at < windowMs) return false;
    last = press;
    return true;
  };
}
