/**
 * Alt+Shift+N inside the page. The browser command with the same key covers pages where
 * the content script is not yet injected; where both see one press, the caller
 * de-duplicates.
 */
export function isToggleShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';
}

/** `onToggle` returns false when it did not act: then the key goes on (see index.ts). */
export function listenForShortcut(win: Window, signal: AbortSignal, onToggle: () => unknown): void {
  win.addEventListener(
    'keydown',
    (event) => {
      if (!isToggleShortcut(event) || onToggle() === false) return;
      // Keep the key from typing a character into the field or reaching the page's own handlers.
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
