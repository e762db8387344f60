/**
 * Which of a page's main-thread tasks ran the extension's own code, from a Chrome trace
 * (CDP Tracing, devtools.timeline and v8 categories): its content script's evaluation
 * (EvaluateScript, v8.compile, v8.run) and its listeners' calls (FunctionCall) carry the
 * extension's URL. Pure: the bench's page-load measure hands it the events.
 */
import type { TraceEvent } from '../../tests/e2e/harness/browsers';

export interface TaskAttribution {
  /** Main-thread time in the extension's code (its outermost events, nested ones once), ms. */
  extensionMs: number;
  /** Tasks longer than the limit with some of the extension's code in them. */
  longWithExtension: number;
  /** Of those, the tasks that would not be long without the extension's part: caused by it. */
  longCaused: number;
}

const urlOf = (e: TraceEvent): string => {
  const { data, fileName } = (e.args ?? {}) as { data?: { url?: unknown }; fileName?: unknown };
  return typeof data?.url === 'string' ? data.url : typeof fileName === 'string' ? fileName : '';
};

const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

export function attributeTasks(
  events: TraceEvent[],
  isExtension: (url: string) => boolean,
  longMs = 50,
): TaskAttribution {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  // Outermost only: EvaluateScript holds v8.compile and v8.run, which must not count twice.
  const own: TraceEvent[] = [];
  for (const e of complete.filter((c) => isExtension(urlOf(c))).toSorted((a, b) => a.ts - b.ts)) {
    const holder = own.findLast((o) => threadOf(o) === threadOf(e));
    if (holder && e.ts >= holder.ts && end(e) <= end(holder)) continue;
    own.push(e);
  }
  const threads = new Set(own.map(threadOf));
  const long = complete.filter(
    (e) => e.name === 'RunTask' && threads.has(threadOf(e)) && (e.dur ?? 0) > longMs * 1000,
  );
  let longWithExtension = 0;
  let longCaused = 0;
  for (const task of long) {
    const inside = own
      .filter((o) => threadOf(o) === threadOf(task) && o.ts >= task.ts && end(o) <= end(task))
      .reduce((sum, o) => sum + (o.dur ?? 0), 0);
    if (inside === 0) continue;
    longWithExtension += 1;
    if ((task.dur ?? 0) - inside <= longMs * 1000) longCaused += 1;
  }
  return { extensionMs: own.reduce((sum, o) => sum + (o.dur ?? 0), 0) / 1000, longWithExtension, longCaused };
}
