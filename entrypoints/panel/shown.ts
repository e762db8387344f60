/**
 * The content script keeps one panel per page and hides it on close; when it shows it
 * again it posts PANEL_SHOWN here. Listeners refresh what may have changed elsewhere
 * meanwhile, without re-rendering the panel for the message itself.
 */
import { PANEL_SHOWN } from '@/lib/panel-shown';

/** Calls `listener` each time the panel is shown again; returns the function that stops it. */
export function onPanelShown(listener: () => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source === parent && event.data === PANEL_SHOWN) listener();
  };
  addEventListener('message', onMessage);
  return () => removeEventListener('message', onMessage);
}
