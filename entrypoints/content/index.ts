/**
 * The eager part of Reverie, in every frame of an EHR page. It stays small (no React, no
 * Dexie): it remembers the last-focused note field, answers Alt+Shift+N, mounts the panel
 * from the top frame. Inserting is entrypoints/inserter.ts's, injected only when needed.
 *
 * An unlisted script to WXT (wxt.config.ts turns it into one, still written to
 * content-scripts/content.js): WXT's content-script wrapper would give it a context that
 * announces it on the page's document and that any page can stop (lib/content-context.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishCommandHandler } from '@/lib/content-commands';
import { startContentContext } from '@/lib/content-context';
import { publishPanelCheck, publishTarget, type PanelState } from '@/lib/insert/frame-handoff';
import { isContentCommand, message, type ContentMessages } from '@/lib/messages';
import { toggleGate, type ToggleWay } from '@/lib/toggle-gate';
import { extensionApi } from './extension-api';
import {
  PANEL_HOST,
  PANEL_HOST_FILE,
  PANEL_NOT_ON_PAGE,
  PANEL_NOT_OURS,
  type PanelHost,
} from './panel-host-api';
import type { PanelHandle } from './panel-mount';
import { shortcutListener } from './shortcut';
import { trackTarget } from './target-tracker';

/** This frame's running copy (lib/content-context.ts), in the extension's isolated world. */
const RUNNING = Symbol.for('reverie.content');

const send = (
  type:
    'content:targetFocused' | 'content:togglePanel' | 'content:panelOpening' | 'content:focusLeftForFrame',
) => extensionApi().runtime.sendMessage(message<ContentMessages, typeof type>(type, {}));

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

export default defineUnlistedScript(() => {
  // Chrome clears `runtime.id` in scripts of a reloaded extension; Firefox kills them.
  // Injection on demand can run this file again in the same frame: the live copy stays.
  const ctx = startContentContext(window, RUNNING, () => Boolean(extensionApi().runtime?.id));
  if (!ctx) return;

  const isTop = window === window.top;
  // Same-origin child frames whose own script lost its listeners (see target-tracker.ts)
  // get the shortcut from here, whenever the tracker watches them: at each claim, and as
  // soon as the page writes one anew, erasing the listener added before (a template loaded
  // with CKEditor 4's setData). (`toggle`, defined below, runs only at a key press.)
  const listenIn = shortcutListener(ctx.signal, (repeat) => toggle('key', repeat));
  const tracker = trackTarget(
    document,
    ctx.signal,
    () => void send('content:targetFocused').catch(() => {}),
    !hasSameOriginParent(),
    () => void send('content:focusLeftForFrame').catch(() => {}),
    listenIn,
  );
  publishTarget(window, tracker);
  // Built at the first toggle, not at every page load: most pages never open the panel. Its
  // code is loaded then too (panel-host-api.ts), once; a failed load is tried again.
  let host: PanelHost | null = null;
  let loading: Promise<PanelHost> | null = null;
  const loadHost = () =>
    (loading ??= import(/* @vite-ignore */ extensionApi().runtime.getURL(PANEL_HOST_FILE)).then(
      () => (host = (globalThis as unknown as Record<symbol, PanelHost>)[PANEL_HOST]!),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  let panel: PanelHandle | null = null;
  const withPanel = async (act: (panel: PanelHandle) => void) => {
    const { createPanel } = host ?? (await loadHost());
    // The extension was reloaded while the code loaded: this script is an orphan now.
    if (ctx.isInvalid) return;
    panel ??= createPanel(
      ctx,
      location,
      () => tracker.element,
      () => void send('content:panelOpening').catch(() => {}),
    );
    act(panel);
  };

  // No panel yet: nothing of the panel's code is needed to say it is not there. A panel
  // that was not told this frame's mount token is a page's own copy of panel.html.
  const panelState = (mounts: unknown): PanelState => {
    if (!panel || !host) return { obstruction: PANEL_NOT_ON_PAGE, moved: null };
    const obstruction = host.panelObstruction(document, panel.iframe(), panel.above());
    if (obstruction) return { obstruction, moved: panel.moved() };
    return panel.isOwn(mounts)
      ? { obstruction, moved: panel.moved() }
      : { obstruction: PANEL_NOT_OURS, moved: null };
  };
  if (isTop) publishPanelCheck(window, panelState);

  // One press can reach us twice (the key listener and the browser command): acted on once.
  const isPress = toggleGate();
  const toggle = (way: ToggleWay, repeat = false) => {
    // Extension updated or reloaded: this script is an orphan. Invalidating removes its
    // dead panel; the key is left to the script that replaced it and the browser command.
    if (ctx.isInvalid) return false;
    if (!isPress({ way, at: Date.now(), repeat })) return;
    // A field focused before this script ran sent no focusin; the key was pressed in it
    // (every way of opening the panel comes through here). Not done at load: that would
    // message the background from every page with an autofocused search box.
    tracker.adoptFocused();
    if (isTop) void withPanel((built) => built.toggle()).catch(() => {});
    else void send('content:togglePanel').catch(() => {});
  };
  listenIn(window);

  // The background's commands (lib/content-commands.ts): every frame takes its focused
  // field when asked, the rest are for the top frame's panel. An orphan answers null: the
  // background then injects a live copy and asks it instead.
  publishCommandHandler(
    window,
    (command) => {
      if (ctx.isInvalid) return null;
      if (!isContentCommand(command)) return { answer: undefined };
      if (command.type === 'bg:adoptFocus') tracker.adoptFocused(true);
      else if (!isTop) return { answer: undefined };
      else if (command.type === 'bg:togglePanel') toggle('message');
      else if (command.type === 'bg:closePanel') panel?.close();
      else if (command.type === 'bg:panelPage') return { answer: panel?.page() ?? null };
      else if (command.type === 'bg:panelFollow') return { answer: panel?.follow(command.pageKey) ?? false };
      else return { answer: panelState(command.mounts) };
      return { answer: undefined };
    },
    ctx.signal,
  );
});
