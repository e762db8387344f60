import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COMMAND_SLOT,
  publishCommandHandler,
  runContentCommand,
  type CommandHandler,
} from '@/lib/content-commands';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** As executeScript runs it: its source alone, in a scope that holds nothing of its module. */
function serialized(win: object): typeof runContentCommand {
  return new Function('window', `return (${runContentCommand.toString()});`)(win) as typeof runContentCommand;
}

describe('commands from the background to the eager content script', () => {
  it('reach the handler the content script published in its frame, with its answer', () => {
    const win = {};
    const handler = vi.fn<CommandHandler>((command) => ({ answer: { obstruction: null, command } }));
    publishCommandHandler(win, handler, new AbortController().signal);
    const run = serialized(win);
    expect(run(COMMAND_SLOT, { type: 'bg:checkPanel' })).toEqual({
      answer: { obstruction: null, command: { type: 'bg:checkPanel' } },
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('find no one in a frame without a live content script: null, so the background injects one', () => {
    expect(serialized({})(COMMAND_SLOT, { type: 'bg:togglePanel' })).toBeNull();
    const win = {};
    const stopped = new AbortController();
    publishCommandHandler(win, () => ({ answer: undefined }), stopped.signal);
    stopped.abort();
    expect(serialized(win)(COMMAND_SLOT, { type: 'bg:togglePanel' })).toBeNull();
  });

  it('an orphaned copy (its extension reloaded) answers null too', () => {
    const win = {};
    publishCommandHandler(win, () => null, new AbortController().signal);
    expect(serialized(win)(COMMAND_SLOT, { type: 'bg:togglePanel' })).toBeNull();
  });

  it('a stopping copy leaves the handler of the copy that replaced it in place', () => {
    const win = {};
    const old = new AbortController();
    publishCommandHandler(win, () => ({ answer: 'old' }), old.signal);
    publishCommandHandler(win, () => ({ answer: 'new' }), new AbortController().signal);
    old.abort();
    expect(serialized(win)(COMMAND_SLOT, {})).toEqual({ answer: 'new' });
  });

  it('runs in the page’s window when not serialized (the module’s own copy)', () => {
    const win = {};
    vi.stubGlobal('window', win);
    publishCommandHandler(win, () => ({ answer: 1 }), new AbortController().signal);
    expect(runContentCommand(COMMAND_SLOT, {})).toEqual({ answer: 1 });
  });
});
