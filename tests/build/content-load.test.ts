/**
 * What the eager content script does as a page loads, run from the built file in a Node
 * `vm` whose global stands in for a frame: it sets up its listeners and its command
 * handler, and touches no extension API until asked (issue #6: the first touch builds the
 * API's bindings, about 1 ms of every page load in Chromium's traces). The real browsers
 * prove the commands work (tests/e2e: panel-reopen, extension-reload, insert-targets).
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COMMAND_SLOT, runContentCommand } from '@/lib/content-commands';

/** A top frame's global, counting touches of `chrome` and `browser` and the listeners added. */
function frameGlobal() {
  const touched: string[] = [];
  const listeners: string[] = [];
  const eventTarget = () => ({
    addEventListener: (type: string) => listeners.push(type),
    removeEventListener: () => {},
  });
  const api = { runtime: { id: 'reverie', getURL: (path: string) => `chrome-extension://reverie${path}` } };
  const frame: Record<string, unknown> = {
    ...eventTarget(),
    AbortController,
    WeakSet,
    Symbol,
    Promise,
    Date,
    console,
    location: { origin: 'http://ehr.test', href: 'http://ehr.test/note' },
    setTimeout,
  };
  frame.document = { ...eventTarget(), defaultView: frame };
  frame.window = frame;
  frame.top = frame;
  frame.parent = frame;
  Object.defineProperty(frame, 'chrome', {
    get: () => (touched.push('chrome'), api),
  });
  Object.defineProperty(frame, 'browser', {
    get: () => (touched.push('browser'), undefined),
  });
  return { frame: createContext(frame), touched, listeners };
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s eager content script at page load', (build) => {
  const code = readFileSync(`.output/${build}/content-scripts/content.js`, 'utf8');

  it('listens for the shortcut and focus, and publishes its command handler, touching no extension API', () => {
    const { frame, touched, listeners } = frameGlobal();
    runInContext(code, frame);
    expect(listeners).toEqual(expect.arrayContaining(['keydown', 'focusin', 'selectionchange']));
    // Read inside the context: the script's `window` is the context's global, not `frame`.
    const published = runInContext(`typeof window[Symbol.for(${JSON.stringify(COMMAND_SLOT)})]`, frame);
    expect(published).toBe('function');
    expect(touched).toEqual([]);
  });

  it('answers the background’s commands, reaching the extension API only then', () => {
    const { frame, touched } = frameGlobal();
    runInContext(code, frame);
    // As the background's executeScript runs it in the frame.
    const run = runInContext(`(${runContentCommand.toString()})`, frame) as typeof runContentCommand;
    expect(run(COMMAND_SLOT, { type: 'bg:checkPanel' })).toEqual({
      answer: { obstruction: 'The panel is not on the page', moved: null },
    });
    expect(touched.length).toBeGreaterThan(0);
  });
});
