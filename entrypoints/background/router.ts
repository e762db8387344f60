/**
 * The one runtime.onMessage listener. Drops anything that is not a well-formed message
 * from this extension's own panel or content scripts, then hands it to its handler.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DraftsDatabase } from '@/lib/drafts/db';
import { isMessage, type ContentMessage, type PanelMessage } from '@/lib/messages';
import { runPageBridge } from './page-bridge';
import { handlePanelMessage } from './panel-handlers';
import { rememberTargetFrame, targetFrameOf } from './target-frames';
import { togglePanelInTab } from './panel-toggle';

type Sender = Browser.runtime.MessageSender;

function isFromPanel(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/panel.html'))
  );
}

function isFromContentScript(sender: Sender): boolean {
  const url = sender.url ?? '';
  return (
    sender.id === browser.runtime.id &&
    sender.tab !== undefined &&
    !url.startsWith(browser.runtime.getURL('/'))
  );
}

export function setUpRouter(db: DraftsDatabase): void {
  // Must be a native async function: returning a Dexie promise delivers undefined (TOOLCHAIN.md).
  browser.runtime.onMessage.addListener(async (raw: unknown, sender: Sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (isMessage<PanelMessage>(raw, 'panel:') && isFromPanel(sender)) {
      return handlePanelMessage(raw, {
        db,
        tabId,
        now: Date.now,
        newId: () => crypto.randomUUID(),
        sendToFrame: (frameId, msg) => browser.tabs.sendMessage(tabId, msg, { frameId }),
        targetFrame: () => targetFrameOf(tabId),
      });
    }
    if (isMessage<ContentMessage>(raw, 'content:') && isFromContentScript(sender)) {
      if (raw.type === 'content:targetFocused') await rememberTargetFrame(tabId, sender.frameId ?? 0);
      if (raw.type === 'content:togglePanel') await togglePanelInTab(tabId);
      if (raw.type === 'content:pageBridge') return runPageBridge(tabId, sender.frameId ?? 0, raw.call);
      return undefined;
    }
    return undefined;
  });
}
