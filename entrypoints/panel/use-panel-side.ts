/**
 * The side the panel sits on (lib/panel-side.ts), as the panel's own button shows and
 * changes it. The content script that places the panel follows the same stored value.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { otherSide, PANEL_SIDE_KEY, panelSideOf, type PanelSide } from '@/lib/panel-side';

export function usePanelSide(onError: (message: string) => void): [PanelSide, () => void] {
  const [side, setSide] = useState<PanelSide>('right');
  useEffect(() => {
    let live = true;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && PANEL_SIDE_KEY in changes)
        setSide(panelSideOf(changes[PANEL_SIDE_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.storage.local.get(PANEL_SIDE_KEY).then(
      (stored) => live && setSide(panelSideOf(stored[PANEL_SIDE_KEY])),
      () => {},
    );
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const move = useCallback(() => {
    // The panel moves when the stored value changes (here too, through onChanged).
    browser.storage.local
      .set({ [PANEL_SIDE_KEY]: otherSide(side) })
      .catch(() => onError('The panel could not be moved — the browser did not save the choice'));
  }, [side, onError]);
  return [side, move];
}
