/**
 * Mounts the note panel (an extension page in an iframe) in the top frame. The EHR sees
 * an iframe it cannot read into; host CSS and key listeners cannot reach the panel.
 *
 * The panel is built once per page and then only hidden and shown: reopening it is then
 * a style change, not a new extension page loading React and its draft again. Hidden, it
 * is `display: none` (out of the tab order and the accessibility tree) and untitled: the
 * title is what marks the open panel (E2E-CONTRACT.md, the picker's watch).
 *
 * Open, it is a manual popover in the page's top layer, where browsers have one: above every
 * z-index, and out of reach of its ancestors' transforms, filters and opacity (a dialog
 * centred with `transform` would otherwise be the box the fixed panel sits and clips in).
 */
import { browser } from 'wxt/browser';
import type { ContentContext } from '@/lib/content-context';
import { pageKeyOf } from '@/lib/page-key';
import { pageMoveOf, type PageMove, type PanelPage } from '@/lib/page-move';
import { extensionIdentity } from '@/lib/extension-identity';
import { ownOrigins } from '@/lib/extension-url';
import { holdsMountToken, mountMessage, newMountToken } from '@/lib/panel-mount-token';
import { PAGE_CHANGED, PANEL_SHOWN } from '@/lib/panel-shown';
import { sideDeclarations, type PanelSide } from '@/lib/panel-side';
import { unzoom } from '@/lib/unzoom';
import { watchAddress } from './address-watch';
import { panelHost } from './modal-host';
import { watchPanelSide } from './panel-side-watch';
import { fillQuirksRoot } from './quirks-root';
import { isTopLayerPopover } from './top-layer';

export const PANEL_TITLE = 'Reverie note panel';
const PANEL_WIDTH = 'min(440px, 100vw)';

/** Inline CSS with every declaration important. */
const important = (declarations: Record<string, string>) =>
  Object.entries(declarations)
    .map(([property, value]) => `${property}: ${value} !important;`)
    .join(' ');

/**
 * A popover has a backdrop that page rules reach: a dialog's dimming written for every
 * backdrop (`::backdrop { background: … }`) would tint the whole page while the panel is open.
 * An important rule from the panel's own closed shadow root wins over any page rule.
 */
function hideBackdrop(wrapper: HTMLElement): void {
  const root = wrapper.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent =
    ':host::backdrop { display: none !important; background: none !important; backdrop-filter: none !important; }';
  // The frame stays a child of the wrapper, in the page's DOM (E2E-CONTRACT.md), shown through the slot.
  root.append(style, document.createElement('slot'));
}

export interface PanelHandle {
  toggle(): void;
  close(): void;
  /** The open panel's iframe; null while it is closed. */
  iframe(): HTMLIFrameElement | null;
  /** The page's top-layer elements opened since the panel last went to the top: above it. */
  above(): Element[];
  /** While open: the move of a single-page EHR to another page since the panel was built. */
  moved(): PageMove | null;
  /** While open: the page key now, and the one the panel holds its note for. */
  page(): PanelPage | null;
  /**
   * While open: the panel now holds a note for `page` (a new note for the page a
   * single-page EHR moved to), so its moves count from there, and so does a reopening here.
   */
  follow(page: string): boolean;
  /** Whether `shown`, the tokens a panel was told, holds this frame's (lib/panel-mount-token.ts). */
  isOwn(shown: unknown): boolean;
}

/**
 * `target` is the note field the clinician was last in (target-tracker.ts), if any.
 * `opening` is called as a new panel page starts to load (not when a built one is shown again).
 */
export function createPanel(
  ctx: ContentContext,
  location: Location,
  target: () => HTMLElement | null,
  opening: () => void,
): PanelHandle {
  const panelUrl = browser.runtime.getURL('/panel.html');
  /**
   * Where messages for the panel's window go: to the extension's origins only, never to
   * whatever page the frame might hold. Two in Chromium (lib/extension-url.ts): the frame
   * is sent to the session's address and ends up at the extension's ID.
   */
  const panelOrigins = ownOrigins(extensionIdentity(browser.runtime));
  const postToPanel = (frame: HTMLIFrameElement | null, message: unknown) => {
    for (const origin of panelOrigins) frame?.contentWindow?.postMessage(message, origin);
  };
  let wrapper: HTMLDivElement | null = null;
  let iframe: HTMLIFrameElement | null = null;
  /** The secret posted into the built frame, its proof to the guard that it is this frame. */
  let mount = '';
  /** The page the panel was built for: a single-page EHR may have moved to another since. */
  let builtFor = '';
  /** The side the clinician chose, once read: a few ms after this code first loads. */
  let side: PanelSide | null = null;
  /** Asked to open before the side was read: opened once it is. */
  let openWhenPlaced = false;
  const place = (chosen: PanelSide) => {
    const first = side === null;
    side = chosen;
    if (wrapper)
      for (const [property, value] of Object.entries(sideDeclarations(chosen)))
        wrapper.style.setProperty(property, value, 'important');
    if (first && openWhenPlaced) {
      openWhenPlaced = false;
      open();
    }
  };
  watchPanelSide(ctx, place);

  /** Top-layer elements the page opened after the panel's last raise (popovers, dialogs). */
  const openedSince = new Set<Element>();
  const onToggle = (event: Event) => {
    const shown = event.target;
    if (shown === wrapper || !(shown instanceof Element)) return;
    if ((event as Event & { newState?: string }).newState === 'open') openedSince.add(shown);
    else openedSince.delete(shown);
  };

  /** Stops the open panel's watch on the page's address (address-watch.ts). */
  let stopAddressWatch: (() => void) | null = null;
  const remove = () => {
    stopAddressWatch?.();
    dialogs.disconnect();
    window.removeEventListener('toggle', onToggle, true);
    document.removeEventListener('focusin', follow, true);
    fillQuirksRoot(document, false);
    wrapper?.remove();
    wrapper = iframe = null;
  };
  ctx.onInvalidated(remove);

  const isOpen = () => !!iframe?.isConnected && iframe.title === PANEL_TITLE;
  /** Where the panel belongs now (modal-host.ts). */
  const host = () => panelHost(document, wrapper?.parentElement ?? null);
  const follow = () => {
    if (isOpen() && wrapper?.parentElement !== host()) open();
  };

  /**
   * While the panel is open: a modal dialog the EHR opens or closes (its `open` attribute)
   * would leave the panel inert outside it or hidden inside it, so it follows to the new host.
   * A web component's dialog is in a shadow root this observer does not see into: its
   * opening moves the focus into it (focusin), and the one the panel is in is observed itself.
   */
  const dialogs = new MutationObserver(follow);

  /**
   * Moves the built panel into `into` with its page running (moveBefore keeps an iframe's
   * document, where append would load it again); false where the browser cannot.
   */
  const moveTo = (into: Element): boolean => {
    const move = (into as Element & { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore;
    if (typeof move !== 'function') return false;
    try {
      move.call(into, wrapper!, null);
      return true;
    } catch {
      return false;
    }
  };

  /**
   * To the top of the top layer, above whatever the page showed there before (a dialog the
   * panel just moved into). Showing again is the only way up; hiding would send the focus
   * back to the page, so a focused panel takes it back.
   */
  const raise = () => {
    const el = wrapper!;
    if (typeof el.showPopover !== 'function') return;
    const hadFocus = document.activeElement === iframe;
    try {
      if (isTopLayerPopover(el)) el.hidePopover();
      el.showPopover();
    } catch {
      // Refused (the page removed the popover attribute): the panel stays a fixed box.
    }
    if (hadFocus && document.activeElement !== iframe) iframe!.focus();
    openedSince.clear();
  };

  const show = (open: boolean) => {
    // Inline and important, so no page style shows a closed panel again.
    wrapper!.style.setProperty('display', open ? 'block' : 'none', 'important');
    if (open) unzoom(wrapper!);
    if (open) iframe!.title = PANEL_TITLE;
    else iframe!.removeAttribute('title');
    fillQuirksRoot(document, open);
    if (open) {
      raise();
      dialogs.observe(document.documentElement, { subtree: true, attributeFilter: ['open'] });
      const parent = wrapper!.parentElement;
      if (parent && parent.getRootNode() !== document) dialogs.observe(parent, { attributeFilter: ['open'] });
      // Capture: `toggle` does not bubble. Only while open; it costs a page nothing else.
      window.addEventListener('toggle', onToggle, true);
      document.addEventListener('focusin', follow, true);
      stopAddressWatch?.();
      // Carries no data, to the extension's origin only, as PANEL_SHOWN.
      stopAddressWatch = watchAddress(window, () => postToPanel(iframe, PAGE_CHANGED));
    } else {
      stopAddressWatch?.();
      stopAddressWatch = null;
      dialogs.disconnect();
      window.removeEventListener('toggle', onToggle, true);
      document.removeEventListener('focusin', follow, true);
      openedSince.clear();
      if (isTopLayerPopover(wrapper!)) wrapper!.hidePopover();
    }
  };

  const build = (page: string) => {
    // First: the background (stopped when idle) then starts alongside the frame, not after it.
    opening();
    // A panel its predecessor left (the extension was updated or reloaded; Firefox keeps it,
    // orphaned, its script dead), open or hidden, goes first: it cannot save and says so.
    const dead = panelOrigins.map((origin) => `iframe[src^="${origin}/panel.html"]`).join(', ');
    for (const frame of document.querySelectorAll(dead)) frame.parentElement?.remove();
    builtFor = page;
    wrapper = document.createElement('div');
    iframe = document.createElement('iframe');
    // The page key travels as the frame's name, not in its URL: the panel's URL stays
    // exactly …/panel.html, the address E2E-CONTRACT.md tells tests to find it by.
    iframe.name = page;
    iframe.src = panelUrl;
    // A token new for each frame, which a page's own copy of panel.html cannot know, posted
    // as the frame loads (the panel listens before that) and to the extension's origin only:
    // never to a page the frame was sent to instead.
    const built = iframe;
    const token = (mount = newMountToken());
    built.addEventListener('load', () => postToPanel(built, mountMessage(token)));
    // Every property from scratch and important: an EHR's global rules (`div, iframe {…
    // !important}`) would otherwise shrink, move or fade the panel. Inline important wins.
    wrapper.style.cssText = important({
      all: 'initial',
      position: 'fixed',
      top: '0',
      ...sideDeclarations(side ?? 'right'),
      width: PANEL_WIDTH,
      height: '100vh',
      'z-index': '2147483647',
      // Behind the panel while it loads: the system's own window colour, so a dark-mode
      // clinician sees no white flash before the panel draws its dark theme.
      'color-scheme': 'light dark',
      background: 'Canvas',
    });
    iframe.style.cssText = important({
      all: 'initial',
      width: '100%',
      height: '100%',
      border: '0',
      display: 'block',
    });
    // The clipboard fallback runs inside the panel.
    iframe.allow = 'clipboard-write';
    wrapper.append(iframe);
    if ('popover' in wrapper) {
      wrapper.popover = 'manual';
      hideBackdrop(wrapper);
    }
    host().append(wrapper);
    // After the append: only a connected element goes into the top layer.
    show(true);
  };

  /** Open, and where the clinician can reach it: not left behind in a closed or inert place. */
  const isReachable = () => isOpen() && wrapper?.parentElement === host();

  const open = () => {
    // Built where the clinician put it, not drawn on the right and moved there a moment
    // later: the side is read once, a few ms after this code first loads.
    if (side === null) {
      openWhenPlaced = true;
      return;
    }
    const page = pageKeyOf(location.href);
    // Into or out of a dialog, the built panel moves with its page running; where it cannot,
    // it is built anew there (the draft is the background's).
    const into = host();
    if (!iframe?.isConnected || builtFor !== page || (wrapper?.parentElement !== into && !moveTo(into))) {
      remove();
      return build(page);
    }
    show(true);
    // The panel marks itself usable again (bench/measures/panel-open.ts); carries no data,
    // and goes to the extension's origin only, never to whatever the frame might hold.
    postToPanel(iframe, PANEL_SHOWN);
  };

  const close = () => {
    openWhenPlaced = false;
    if (!isOpen()) return;
    // Focus inside a hidden frame would take keys nobody sees (Firefox leaves it there):
    // it goes back to the note field, or at least out of the panel.
    const hadFocus = document.activeElement === iframe;
    show(false);
    if (hadFocus) {
      iframe!.blur();
      target()?.focus({ preventScroll: true });
    }
  };

  return {
    toggle: () => (isReachable() ? close() : open()),
    close,
    iframe: () => (isOpen() ? iframe : null),
    above: () => [...openedSince].filter((el) => el.isConnected),
    moved: () => (isOpen() ? pageMoveOf(builtFor, location.href) : null),
    page: () => (isOpen() ? { shown: pageKeyOf(location.href), panelFor: builtFor } : null),
    follow: (page) => {
      if (!isOpen()) return false;
      builtFor = page;
      // The name the panel read its page from (main.tsx), so a reload of the frame agrees.
      iframe!.name = page;
      return true;
    },
    isOwn: (shown) => holdsMountToken(shown, mount),
  };
}
