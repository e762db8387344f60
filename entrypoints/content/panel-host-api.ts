/**
 * What the panel's own code (entrypoints/panel-host.ts: mounting it, the clickjacking
 * guard) leaves for the eager content script once loaded. It is kept out of that script,
 * which runs on every EHR page: most pages never open the panel, and it was half of the
 * script's bytes and of its start-up time (issue #6). The first toggle loads it with
 * `import()` of its web-accessible file, which both browsers run in the content script's
 * own isolated world: the page can neither see nor reach what it leaves there.
 */
import type { createPanel } from './panel-mount';
import type { panelObstruction } from './panel-visibility';

export const PANEL_HOST = Symbol.for('reverie.panelHost');

/** The file, as the extension serves it (wxt.config.ts makes it web-accessible). */
export const PANEL_HOST_FILE = '/panel-host.js';

export interface PanelHost {
  createPanel: typeof createPanel;
  panelObstruction: typeof panelObstruction;
}

/** What the clickjacking guard answers while no panel was ever built (panel-visibility.ts). */
export const PANEL_NOT_ON_PAGE = 'The panel is not on the page';

/**
 * What the guard answers a panel not told the mount token of the frame Reverie built: a
 * copy of panel.html the page framed itself (lib/panel-mount-token.ts).
 */
export const PANEL_NOT_OURS = 'This panel was not opened by Reverie on this page';
