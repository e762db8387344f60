/** Typed calls from the panel to the background, and the port it pushes back on (lib/messages.ts). */
import { browser } from 'wxt/browser';
import type { Draft } from '@/lib/messages';
import {
  PANEL_PORT,
  isLockedReply,
  isMessage,
  message,
  type PanelMessage,
  type BackgroundToPanelMessage,
  type PanelMessages,
  type PanelResponse,
} from '@/lib/messages';

/** Reverie is locked (encryption on): the background answered without touching any draft. */
export class LockedError extends Error {
  constructor() {
    super('Reverie is locked');
    this.name = 'LockedError';
  }
}

export function callBackground<K extends keyof PanelMessages & string>(
  type: K,
  body: PanelMessages[K] extends { request: infer R } ? R : never,
): Promise<PanelResponse<K>> {
  return answerTo<K>(browser.runtime.sendMessage(message<PanelMessages, K>(type, body)));
}

/** The background's answer to a panel message, however it was sent (also early.ts's). */
export async function answerTo<K extends keyof PanelMessages & string>(
  sent: Promise<unknown>,
): Promise<PanelResponse<K>> {
  // A copy in the panel's own realm: Firefox hands out answers that turn into dead objects
  // once the extension is updated or reloaded, and the orphaned panel still renders them.
  const answer: unknown = structuredClone(await sent);
  if (isLockedReply(answer)) throw new LockedError();
  return answer as PanelResponse<K>;
}

/**
 * False once the extension was updated or reloaded under this panel: the page lives on
 * (both browsers keep the iframe) but its extension APIs are gone (`runtime.id` is unset
 * in Chromium, `runtime` itself in Firefox).
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** How soon to reconnect after the background went away (a stopped service worker). */
const RECONNECT_MS = 500;

/**
 * Keeps a port to the background open for as long as the panel lives, reconnecting when
 * the service worker is stopped. Returns the function that ends it.
 */
export interface BackgroundLink {
  /** Sends a save over the port: used when the panel is going away. Returns false without a port. */
  sendFinalSave(draft: Draft): boolean;
  /** Sends any panel message over the port (e.g. panel:flushed). */
  send(msg: PanelMessage): void;
  close(): void;
}

const pushListeners = new Set<(msg: BackgroundToPanelMessage) => void>();

/**
 * Hears the background's pushes over the panel's one port (opened by listenToBackground):
 * a second port would be a second "panel" to the background. Returns the unsubscribe.
 */
export function onBackgroundPush(listener: (msg: BackgroundToPanelMessage) => void): () => void {
  pushListeners.add(listener);
  return () => pushListeners.delete(listener);
}

export function listenToBackground(
  onMessage: (msg: BackgroundToPanelMessage) => void,
  onGone: () => void,
): BackgroundLink {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    try {
      port = browser.runtime.connect({ name: PANEL_PORT });
    } catch {
      return onGone();
    }
    port.onMessage.addListener((raw: unknown) => {
      if (!isMessage<BackgroundToPanelMessage>(raw, 'bg:')) return;
      onMessage(structuredClone(raw));
      for (const listener of pushListeners) listener(structuredClone(raw));
    });
    port.onDisconnect.addListener(() => {
      if (stopped) return;
      // A stopped service worker comes back; an unloaded extension does not.
      if (extensionAlive()) timer = setTimeout(connect, RECONNECT_MS);
      else onGone();
    });
  };
  connect();
  return {
    sendFinalSave: (draft) => {
      try {
        port?.postMessage(message<PanelMessages, 'panel:saveDraft'>('panel:saveDraft', { draft }));
        return port !== null;
      } catch {
        return false;
      }
    },
    send: (msg) => {
      try {
        port?.postMessage(msg);
      } catch {
        // The port is reconnecting; the background stops waiting on its own.
      }
    },
    close: () => {
      stopped = true;
      clearTimeout(timer);
      port?.disconnect();
    },
  };
}
