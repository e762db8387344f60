/**
 * How many sections the panel draws in its first frame: one, then one more as long as the
 * last one drawn ends inside the window (measured before the frame is painted), so that
 * frame holds what the screen shows and nothing below the fold (issue #6: a cold open
 * draws and lays out only that before the clinician can start). Every section once `all`
 * is true, the task after that frame (App.tsx).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useSectionsInView(form: RefObject<HTMLElement | null>, total: number, all: boolean): number {
  const [count, setCount] = useState(1);
  useLayoutEffect(() => {
    if (all || count >= total) return;
    const last = form.current?.lastElementChild;
    // Measuring the layout is what this effect is for (React's useLayoutEffect pattern): a
    // state update here renders again before the browser paints.
    // oxlint-disable-next-line react-hooks/set-state-in-effect
    if (last && last.getBoundingClientRect().bottom < window.innerHeight) setCount(count + 1);
  }, [form, count, total, all]);
  return all ? total : Math.min(count, total);
}
