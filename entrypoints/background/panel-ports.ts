/**
 * A port from every open panel, so the background can push to panels: Firefox does not
 * deliver `runtime.sendMessage` from the background to extension frames inside web pages,
 * and ports work the same in both browsers.
 */
import { browser, type Browser } from 'wxt/browser';
import { isMessage, PANEL_PORT, type BackgroundToPanelMessage, type PanelMessage } from '@/lib/messages';

const ports = new Set<Browser.runtime.Port>();
/** Panels asked to save before a lock, by request id, with what to call once all have answered. */
const flushes = new Map<string, { waiting: Set<Browser.runtime.Port>; done: () => void }>();

type Sender = Browser.runtime.MessageSender;

function answered(port: Browser.runtime.Port, requestId?: string): void {
  for (const [id, flush] of flushes) {
    if (requestId !== undefined && id !== requestId) continue;
    flush.waiting.delete(port);
    if (flush.waiting.size === 0) flush.done();
  }
}

export function setUpPanelPorts(
  isFromPanel: (sender: Sender) => boolean,
  onMessage: (raw: unknown, sender: Sender) => void,
  onConnect: (port: Browser.runtime.Port) => void = () => {},
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT || !port.sender || !isFromPanel(port.sender)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    const sender = port.sender;
    port.onMessage.addListener((raw: unknown) => {
      if (isMessage<PanelMessage>(raw, 'panel:') && raw.type === 'panel:flushed')
        answered(port, raw.requestId);
      else onMessage(raw, sender);
    });
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      answered(port);
    });
    onConnect(port);
  });
}

export async function broadcastToPanels(msg: BackgroundToPanelMessage): Promise<void> {
  for (const port of ports) {
    try {
      port.postMessage(msg);
    } catch {
      ports.delete(port);
    }
  }
}

/** Pushes to the panels open in one tab (e.g. what the picker on that page highlights now). */
export function postToPanelsIn(tabId: number, msg: BackgroundToPanelMessage): void {
  for (const port of ports) {
    if (port.sender?.tab?.id !== tabId) continue;
    try {
      port.postMessage(msg);
    } catch {
      ports.delete(port);
    }
  }
}

/**
 * Asks every open panel to save what it has not saved yet and waits until each has
 * answered (or gone, or `timeoutMs` passed): what is being typed when Reverie locks is
 * saved, encrypted, before the key is dropped.
 */
export function flushPanels(timeoutMs: number): Promise<void> {
  if (ports.size === 0) return Promise.resolve();
  const requestId = crypto.randomUUID();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      flushes.delete(requestId);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    flushes.set(requestId, { waiting: new Set(ports), done });
    void broadcastToPanels({ type: 'bg:flushNow', requestId });
  });
}
