/**
 * A port from every open panel, so the background can push to panels: Firefox does not
 * deliver `runtime.sendMessage` from the background to extension frames inside web pages,
 * and ports work the same in both browsers.
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, type BackgroundToPanelMessage } from '@/lib/messages';

const ports = new Set<Browser.runtime.Port>();

type Sender = Browser.runtime.MessageSender;

export function setUpPanelPorts(
  isFromPanel: (sender: Sender) => boolean,
  onMessage: (raw: unknown, sender: Sender) => void,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT || !port.sender || !isFromPanel(port.sender)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    const sender = port.sender;
    port.onMessage.addListener((raw: unknown) => onMessage(raw, sender));
    port.onDisconnect.addListener(() => ports.delete(port));
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
