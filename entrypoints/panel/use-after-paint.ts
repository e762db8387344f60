/**
 * A value that follows `value` once the frame showing the change has been painted: the
 * keystroke's own frame carries only the textarea, the preview and the checks come in
 * the task after it (useDeferredValue alone renders them before that frame, in a task
 * the browser runs first). As a transition, so the next keystroke can interrupt it.
 * `first` is what it gives until then (by default the first value itself).
 */
import { startTransition, useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T, first: T = value): T {
  const [settled, setSettled] = useState(first);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setSettled(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  // Until the first value settles (the draft arriving), show it at once.
  return settled ?? value;
}
