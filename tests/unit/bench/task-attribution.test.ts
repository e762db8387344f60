import { describe, expect, it } from 'vitest';
import { attributeTasks } from '../../../bench/lib/task-attribution';
import type { TraceEvent } from '../../../tests/e2e/harness/browsers';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
const isExtension = (url: string) => url.startsWith('chrome-extension://');
/** A complete event on the page's main thread (1:1), times in ms. */
const x = (name: string, ts: number, dur: number, url?: string, thread = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  pid: 1,
  tid: thread,
  args: url ? { data: { url } } : {},
});

describe('attributeTasks', () => {
  it('counts the extension’s own time once, however its events nest', () => {
    const events = [
      x('RunTask', 100, 5),
      x('EvaluateScript', 100.5, 4, EXT),
      x('v8.compile', 100.6, 1, EXT),
      x('v8.run', 101.7, 2.5, EXT),
      x('RunTask', 200, 2),
      x('FunctionCall', 200.2, 1, EXT),
      x('RunTask', 300, 80),
      x('FunctionCall', 300.5, 70, 'http://127.0.0.1/page.js'),
    ];
    expect(attributeTasks(events, isExtension)).toEqual({
      extensionMs: 5,
      longWithExtension: 0,
      longCaused: 0,
    });
  });

  it('says a long task with the extension in it was caused by it only if it would not be long without it', () => {
    const events = [
      // The page's own 70 ms, with 3 ms of the extension's: long either way.
      x('RunTask', 0, 73),
      x('FunctionCall', 10, 3, EXT),
      // 45 ms of the page's and 10 of the extension's: long because of it.
      x('RunTask', 100, 55),
      x('FunctionCall', 140, 10, EXT),
      // Long, on another thread, without the extension: not its.
      x('RunTask', 0, 90, undefined, 2),
    ];
    expect(attributeTasks(events, isExtension)).toEqual({
      extensionMs: 13,
      longWithExtension: 2,
      longCaused: 1,
    });
  });

  it('finds nothing where the extension ran nothing', () => {
    expect(attributeTasks([x('RunTask', 0, 90)], isExtension)).toEqual({
      extensionMs: 0,
      longWithExtension: 0,
      longCaused: 0,
    });
  });
});
