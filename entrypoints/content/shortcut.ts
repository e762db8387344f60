/**
 * Alt+Shift+N inside the page. The browser command with the same key covers pages where
 * the content script is not yet injected; where both see one press, the caller
 * de-duplicates.
 */
export function isToggleShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';
}

/**
 * Returns a function that listens for the shortcut in a window. `onToggle` is told whether
 * the key is a repeat of one held down (which the caller does not act on, but still keeps
 * from typing); it returns false when this script is no longer live: then the key goes on
 * (see index.ts). Every window gets the one same listener, so listening in a window again
 * adds nothing, and it comes back where an editor rewriting its frame erased it.
 */
export function shortcutListener(
  signal: AbortSignal,
  onToggle: (repeat: boolean) => unknown,
): (win: Window) => void {
  const onKeydown = (event: KeyboardEvent) => {
    if (!isToggleShortcut(event) || onToggle(event.repeat) === false) return;
    // Keep the key from typing a character into the field or reaching the page's own handlers.
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  return (win) => win.addEventListener('keydown', onKeydown, { capture: true, signal });
}
