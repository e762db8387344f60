/**
 * The content script keeps one panel per page and hides it on close; when it shows it
 * again it posts PANEL_SHOWN here, and PAGE_CHANGED when the page's address moved while it
 * is open. Listeners refresh what may have changed elsewhere meanwhile, without
 * re-rendering the panel for the message itself.
 */
import { PAGE_CHANGED, PANEL_SHOWN } from '@/lib/panel-shown';

/** Calls `listener` at each `message` the content script posts here; returns its stop. */
function onParentMessage(message: string, listener: () => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source === parent && event.data === message) listener();
  };
  addEventListener('message', onMessage);
  return () => removeEventListener('message', onMessage);
}

/** Calls `listener` each time the panel is shown again; returns the function that stops it. */
export const onPanelShown = (listener: () => void) => onParentMessage(PANEL_SHOWN, listener);

/** Calls `listener` each time the open panel's page moved to another address. */
export const onPageChanged = (listener: () => void) => onParentMessage(PAGE_CHANGED, listener);
