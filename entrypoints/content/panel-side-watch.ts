/**
 * Follows the clinician's choice of side for the panel (lib/panel-side.ts): read once when
 * the panel's code loads, at the first toggle, and followed live after, so a move made in
 * one tab's panel moves every open panel. Nothing of it runs at page load.
 */
import { browser } from 'wxt/browser';
import type { ContentContext } from '@/lib/content-context';
import { PANEL_SIDE_KEY, panelSideOf, type PanelSide } from '@/lib/panel-side';

export function watchPanelSide(ctx: ContentContext, onSide: (side: PanelSide) => void): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PANEL_SIDE_KEY in changes) onSide(panelSideOf(changes[PANEL_SIDE_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension was reloaded under the page: its events are gone with it.
    }
  });
  browser.storage.local.get(PANEL_SIDE_KEY).then(
    (stored) => onSide(panelSideOf(stored[PANEL_SIDE_KEY])),
    // Unreadable: the right, where it is unless moved.
    () => onSide('right'),
  );
}
