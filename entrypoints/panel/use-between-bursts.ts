/**
 * The note as the preview and the checks show it: caught up after the keystroke's frame is
 * painted, or, while keys come in a burst, once the burst is over (lib/burst-follower.ts).
 * Insert, Copy and Fill always use the note as it is now, never this.
 */
import { startTransition, useEffect, useState } from 'react';
import { BurstFollower, type FollowerTimers } from '@/lib/burst-follower';

/**
 * Keys closer together than this are one burst. Above a fast typist's gap between keys
 * within a word (~100 ms), below the pause a person notices the preview waiting for.
 */
export const BURST_QUIET_MS = 150;

const timers: FollowerTimers = {
  now: () => performance.now(),
  // requestAnimationFrame runs before the paint; the task after it, after the paint.
  afterPaint: (fn) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(fn);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  },
  after: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export function useBetweenBursts<T>(value: T): T {
  const [shown, setShown] = useState(value);
  // As a transition, so a key typed meanwhile interrupts rendering the preview.
  const [follower] = useState(
    () => new BurstFollower<T>(BURST_QUIET_MS, (v) => startTransition(() => setShown(v)), timers),
  );
  useEffect(() => follower.change(value), [follower, value]);
  useEffect(() => () => follower.stop(), [follower]);
  // Until the first value settles (the draft arriving), show it at once.
  return shown ?? value;
}
