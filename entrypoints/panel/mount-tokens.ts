/**
 * The mount tokens this panel was told (lib/panel-mount-token.ts): the content script that
 * built this frame posts its own as the frame loads, before which this module has run.
 * A page may post others; all are kept (up to MOUNT_TOKENS, the first) and shown to the
 * guard, which counts only the frame's own. A page's copy of panel.html hears only the
 * page's.
 */
import { MOUNT_TOKENS, mountTokenOf } from '@/lib/panel-mount-token';

const told: string[] = [];
addEventListener('message', (event: MessageEvent) => {
  if (event.source !== parent) return;
  const token = mountTokenOf(event.data);
  if (token !== null && told.length < MOUNT_TOKENS && !told.includes(token)) told.push(token);
});

/** What to show the guard before a note leaves the panel. */
export const mountTokens = (): string[] => [...told];
