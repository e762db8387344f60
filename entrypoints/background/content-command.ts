/**
 * Sends one of the background's commands to the eager content script of a frame
 * (lib/content-commands.ts): runs the command in the frame's isolated world, where that
 * script published its handler, and gives back the handler's answer. Rejects, as a
 * message with no receiver would, when no live content script is there.
 */
import { browser } from 'wxt/browser';
import { COMMAND_SLOT, runContentCommand, type CommandReply } from '@/lib/content-commands';
import type { ContentCommand } from '@/lib/messages';

const NO_CONTENT_SCRIPT = 'No Reverie content script in this frame';

export async function commandInFrame(
  tabId: number,
  frameId: number,
  command: ContentCommand,
): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: runContentCommand,
    args: [COMMAND_SLOT, command],
    // A command (the toolbar button, Close panel) need not wait for a slow page to finish loading.
    injectImmediately: true,
  });
  const reply = injection?.result as CommandReply | undefined;
  if (!reply) throw new Error(NO_CONTENT_SCRIPT);
  return reply.answer;
}

/**
 * Sends a command to the eager content script of every frame of a tab that has one; their
 * answers are not wanted. Frames the extension may not script are left out.
 */
export async function commandInAllFrames(tabId: number, command: ContentCommand): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: runContentCommand,
    args: [COMMAND_SLOT, command],
    injectImmediately: true,
  });
}
