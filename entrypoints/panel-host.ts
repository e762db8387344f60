/**
 * The panel's mounting code and its clickjacking guard, loaded by the eager content script
 * at the first toggle rather than on every page (entrypoints/content/panel-host-api.ts).
 * An unlisted script to WXT, so a file of its own (panel-host.js), made web-accessible in
 * wxt.config.ts: `import()` runs it in the content script's isolated world, where it leaves
 * its functions for that script. Loaded again (the same world), it keeps the first copy.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PANEL_HOST, type PanelHost } from './content/panel-host-api';
import { createPanel } from './content/panel-mount';
import { panelObstruction } from './content/panel-visibility';

export default defineUnlistedScript(() => {
  const slot = globalThis as unknown as Record<symbol, PanelHost | undefined>;
  slot[PANEL_HOST] ??= { createPanel, panelObstruction };
});
