/**
 * Mounts the note panel (an extension page in an iframe) in the top frame. The EHR sees
 * an iframe it cannot read into; host CSS and key listeners cannot reach the panel.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { pageKeyOf } from '@/lib/page-key';

export const PANEL_TITLE = 'Reverie note panel';
const PANEL_WIDTH = 'min(440px, 100vw)';

export interface PanelHandle {
  toggle(): void;
  close(): void;
  iframe(): HTMLIFrameElement | null;
}

export function createPanel(ctx: ContentScriptContext, location: Location): PanelHandle {
  let ui: ReturnType<typeof createIframeUi> | null = null;

  const open = () => {
    // A panel its predecessor left (the extension was updated or reloaded; Firefox keeps it,
    // orphaned, its script dead) goes first: it cannot save and says so.
    for (const dead of document.querySelectorAll(`iframe[title="${PANEL_TITLE}"]`))
      dead.parentElement?.remove();
    const page = `/panel.html?page=${encodeURIComponent(pageKeyOf(location.href))}`;
    ui = createIframeUi(ctx, {
      page: page as '/panel.html',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount(wrapper, iframe) {
        Object.assign(wrapper.style, {
          position: 'fixed',
          top: '0',
          right: '0',
          width: PANEL_WIDTH,
          height: '100vh',
          zIndex: '2147483647',
          boxShadow: '-2px 0 12px rgba(0,0,0,.18)',
          background: '#fff',
        });
        Object.assign(iframe.style, { width: '100%', height: '100%', border: '0', display: 'block' });
        iframe.title = PANEL_TITLE;
        // The clipboard fallback runs inside the panel.
        iframe.allow = 'clipboard-write';
      },
    });
    ui.mount();
  };

  const close = () => {
    ui?.remove();
    ui = null;
  };

  return {
    toggle: () => (ui ? close() : open()),
    close,
    iframe: () => ui?.iframe ?? null,
  };
}
