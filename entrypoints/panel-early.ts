/**
 * The panel's first two questions to the background (its draft, the templates), asked by
 * a small classic script in panel.html's head, before the parser even reaches the React
 * module: the answers come back while that module is fetched, parsed and run. Native
 * `browser`/`chrome` (no polyfill: a few hundred bytes, not 10 KB); the panel's api.ts
 * validates the answers as it does every other (lib/panel-early.ts, entrypoints/panel/early.ts).
 */
import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { message, type PanelMessages } from '@/lib/messages';
import { EARLY_ASKED, type EarlyAsked } from '@/lib/panel-early';
import { PANEL_MARKS } from '@/lib/open-marks';

export default defineUnlistedScript(() => {
  // The content script passes the page key as the frame's name (panel-mount.ts).
  const asked: EarlyAsked = {
    draft: browser.runtime.sendMessage(
      message<PanelMessages, 'panel:loadDraft'>('panel:loadDraft', { pageKey: window.name }),
    ),
    templates: browser.runtime.sendMessage(
      message<PanelMessages, 'panel:getTemplates'>('panel:getTemplates', {}),
    ),
  };
  // Handled where taken (entrypoints/panel/early.ts); never an unhandled rejection here.
  asked.draft.then(
    () => performance.mark(PANEL_MARKS.draftAnswered),
    () => {},
  );
  asked.templates.then(
    () => performance.mark(PANEL_MARKS.templatesAnswered),
    () => {},
  );
  (window as unknown as Record<string, EarlyAsked>)[EARLY_ASKED] = asked;
  performance.mark(PANEL_MARKS.early);
});
