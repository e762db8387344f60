/**
 * The eager part of Reverie, in every frame of an EHR page. It stays small (no React, no
 * Dexie): it remembers the last-focused note field, answers Alt+Shift+N, mounts the panel
 * from the top frame. Inserting is entrypoints/inserter.ts's, injected only when needed.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { publishTarget } from '@/lib/insert/frame-handoff';
import { isMessage, message, type BackgroundToContentMessage, type ContentMessages } from '@/lib/messages';
import { createPanel } from './panel-mount';
import { panelObstruction } from './panel-visibility';
import { listenForShortcut } from './shortcut';
import { trackTarget } from './target-tracker';

/** One press can reach us twice (page key listener and browser command): treat as one. */
const TOGGLE_DEBOUNCE_MS = 300;
const LOADED = Symbol.for('reverie.content');

const send = (type: 'content:targetFocused' | 'content:togglePanel' | 'content:panelOpening') =>
  browser.runtime.sendMessage(message<ContentMessages, typeof type>(type, {}));

/** True in a frame whose parent page can reach into it; that parent tracks its fields. */
function hasSameOriginParent(): boolean {
  // Compare origins: Firefox's content scripts may reach into cross-origin frames of hosts
  // they have access to, and see no `frameElement` even where the origin is the same.
  if (window.parent === window) return false;
  try {
    return window.parent.location.origin === window.location.origin;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // WXT would otherwise announce the script to the page with postMessage(…, '*'): the host
  // page learns nothing from Reverie, not even that it is installed.
  noScriptStartedPostMessage: true,
  // Store build: injected on demand (activeTab) or registered per granted site; the e2e
  // build also lists it in the manifest (wxt.config.ts).
  registration: 'runtime',
  main(ctx) {
    // Injection on demand can run this file again in the same frame.
    const flags = window as unknown as Record<symbol, boolean>;
    if (flags[LOADED]) return;
    flags[LOADED] = true;
    ctx.onInvalidated(() => delete flags[LOADED]);

    const isTop = window === window.top;
    // Same-origin child frames whose own script lost its listeners (see target-tracker.ts)
    // get the shortcut from here, once each.
    const shortcutFrames = new WeakSet<Window>();
    const tracker = trackTarget(
      document,
      ctx.signal,
      () => {
        const frameWin = tracker.element?.ownerDocument.defaultView;
        if (frameWin && frameWin !== window && !shortcutFrames.has(frameWin)) {
          shortcutFrames.add(frameWin);
          listenForShortcut(frameWin, ctx.signal, toggle);
        }
        void send('content:targetFocused').catch(() => {});
      },
      !hasSameOriginParent(),
    );
    publishTarget(window, tracker);
    const panel = isTop
      ? createPanel(
          ctx,
          location,
          () => tracker.element,
          () => void send('content:panelOpening').catch(() => {}),
        )
      : null;

    let lastToggle = 0;
    const toggle = () => {
      // Extension updated or reloaded: this script is an orphan. Invalidating removes its
      // dead panel; the key is left to the script that replaced it and the browser command.
      if (ctx.isInvalid) return false;
      const now = Date.now();
      if (now - lastToggle < TOGGLE_DEBOUNCE_MS) return;
      lastToggle = now;
      if (panel) panel.toggle();
      else void send('content:togglePanel').catch(() => {});
    };
    listenForShortcut(window, ctx.signal, toggle);

    // Answers through sendResponse, synchronously: this script runs without the polyfill
    // (wxt.config.ts), and `bg:insert` is the insertion script's to answer
    // (entrypoints/inserter.ts), so other messages must stay unanswered here.
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if (!isMessage<BackgroundToContentMessage>(raw, 'bg:')) return;
      if (raw.type === 'bg:togglePanel') toggle();
      else if (raw.type === 'bg:closePanel') panel?.close();
      else if (raw.type === 'bg:checkPanel')
        sendResponse({ obstruction: panelObstruction(document, panel?.iframe() ?? null) });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
