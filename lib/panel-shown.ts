/**
 * What the content script posts to the panel's window when it shows the hidden panel
 * again (entrypoints/content/panel-mount.ts). It carries no data, and the page could post
 * the same: the panel only refreshes what may have changed while it was hidden.
 */
export const PANEL_SHOWN = 'reverie:panelShown';

/**
 * What the content script posts to the open panel's window when the page's address moved
 * to another page (entrypoints/content/address-watch.ts). No data either: the panel asks
 * the background where the page is now, as it does when it gets the focus back.
 */
export const PAGE_CHANGED = 'reverie:pageChanged';
