/**
 * Ctrl+Enter (⌘+Enter on a Mac) inserts the note from anywhere in the panel, as it sends a
 * message in a mail or chat app: the clinician who has just written the plan need not reach
 * for the mouse. No other modifier: Ctrl+Shift+Enter or Alt+Enter may be the browser's or
 * the system's own, and a key held down repeats nothing (the second insert would ask anyway).
 */
import { isMac } from './paste-hint';

export const INSERT_SHORTCUT_ARIA = 'Control+Enter Meta+Enter';

/** The Insert button's tooltip, in the keys of the clinician's own system (as the paste hint). */
export const insertShortcutHint = (platform: string): string =>
  `Insert note (${isMac(platform) ? 'Cmd' : 'Ctrl'}+Enter)`;

export type ShortcutKey = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat' | 'isComposing'
>;

export function isInsertShortcut(event: ShortcutKey): boolean {
  if (event.key !== 'Enter' || event.altKey || event.shiftKey || event.repeat || event.isComposing)
    return false;
  // One of the two, not both: Ctrl+⌘+Enter is nobody's "send".
  return event.ctrlKey !== event.metaKey;
}
