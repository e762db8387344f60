/**
 * What the content script posts to the panel's window when it shows the hidden panel
 * again (entrypoints/content/panel-mount.ts). It carries no data, and the page could post
 * the same: the panel only refreshes what may have changed while it was hidden.
 */
export const PANEL_SHOWN = 'reverie:panelShown';
