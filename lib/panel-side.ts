/**
 * Which side of the window the note panel sits on. Right unless the clinician moved it:
 * an EHR whose note field runs to the right edge stays in view with the panel on the left.
 * One choice for every site and tab, kept in the extension's own storage (no page sees it).
 */
export type PanelSide = 'left' | 'right';

/** The storage.local key the panel writes and the content script follows. */
export const PANEL_SIDE_KEY = 'panelSide';

/** A stored value as a side: anything but 'left' (nothing stored, a stray value) is the right. */
export const panelSideOf = (stored: unknown): PanelSide => (stored === 'left' ? 'left' : 'right');

export const otherSide = (side: PanelSide): PanelSide => (side === 'left' ? 'right' : 'left');

/** The panel's box on `side`: flush with that edge, free of the other, its shadow cast inward. */
export function sideDeclarations(side: PanelSide): Record<string, string> {
  return side === 'left'
    ? { left: '0', right: 'auto', 'box-shadow': '2px 0 12px rgba(0,0,0,.18)' }
    : { left: 'auto', right: '0', 'box-shadow': '-2px 0 12px rgba(0,0,0,.18)' };
}
