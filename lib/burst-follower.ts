/**
 * When a view that follows the note (the panel's preview and checks) catches up with it:
 * the first change after a pause is handed on as soon as its own frame is painted; changes
 * that come in a burst (each within `quietMs` of the one before, as keys do while someone
 * types) are handed on once, when the burst is over. A fast typist's keys then each get a
 * frame of their own, not one shared with rendering the preview of the key before.
 * The scheduling is handed in, so the rule is unit-tested without a browser.
 */

/** Runs `fn` later; returns what cancels it. */
export type Schedule = (fn: () => void) => () => void;

export interface FollowerTimers {
  /** Time in ms (performance.now in the panel). */
  now: () => number;
  /** After the frame showing the change is painted. */
  afterPaint: Schedule;
  /** After `ms` without another change. */
  after: (ms: number, fn: () => void) => () => void;
}

export class BurstFollower<T> {
  private lastChange = Number.NEGATIVE_INFINITY;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly quietMs: number,
    private readonly handOn: (value: T) => void,
    private readonly timers: FollowerTimers,
  ) {}

  /** The followed value changed. */
  change(value: T): void {
    const now = this.timers.now();
    const inBurst = now - this.lastChange < this.quietMs;
    this.lastChange = now;
    this.stop();
    const run = () => {
      this.cancel = undefined;
      this.handOn(value);
    };
    this.cancel = inBurst ? this.timers.after(this.quietMs, run) : this.timers.afterPaint(run);
  }

  /** Nothing pending is handed on any more (the view went away). */
  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
