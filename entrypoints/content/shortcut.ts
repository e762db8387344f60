/**
 * Alt+Shift+N inside the page. The browser command with the same key covers pages where
 * the content script is not yet injected; where both see one press, the caller
 * de-duplicates.
 */
export function isToggleShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';
}

export function listenForShortcut(win: Window, signal: AbortSignal, onToggle: () => void): void {
  win.addEventListener(
    'keydown',
    (event) => {
      if (!isToggleShortcut(event)) return;
      // Keep the key from typing a character into the field or reaching the page's own handlers.
      event.preventDefault();
      event.stopImmediatePropagation();
      onToggle();
    },
    { capture: true, signal },
  );
}
