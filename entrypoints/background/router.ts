/**
 * The one runtime.onMessage listener. Drops anything that is not a well-formed message
 * from this extension's own panel or content scripts, then hands it to its handler.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DraftsDatabase } from '@/lib/drafts/db';
import { isMessage, type ContentMessage, type OptionsMessage, type PanelMessage } from '@/lib/messages';
import { isEncryptionAction } from '@/lib/encryption-action';
import { InsertAnswers } from '@/lib/insert/insert-answers';
import { handleE2eMessage, isE2eMessage } from './e2e-hooks';
import { warmUpForPanel } from './panel-warm-up';
import { handleEncryptionAction, LOCKED_REPLY, needsUnlocked, orLocked } from './encryption-handlers';
import { fieldsTab } from './fields-tab';
import { fieldMapStore } from './field-map-store';
import type { Keyring } from './keyring';
import { handleOptionsMessage } from './options-handlers';
import { listenPageBridge, runPageBridge } from './page-bridge';
import { handlePanelMessage, type PanelWorld } from './panel-handlers';
import { broadcastToPanels, postToPanelsIn, setUpPanelPorts } from './panel-ports';
import { onPickKey } from './pick-keys';
import { retentionSettings } from './retention';
import { readyInserter, sendInsert, warmUpInserter } from './inserter-injection';
import { templateSettings } from './template-settings';
import { framePagesNowIn, framePagesOf, targetPageOf } from './frame-pages';
import { extensionIdentity } from '@/lib/extension-identity';
import { isOwnPage } from '@/lib/extension-url';
import { rememberTargetFrame, targetFrameOf } from './target-frames';
import { togglePanelInTab } from './panel-toggle';
import { commandInAllFrames, commandInFrame } from './content-command';

type Sender = Browser.runtime.MessageSender;

/** Reverie's own pages may have either of two addresses in Chromium (lib/extension-url.ts). */
const own = () => extensionIdentity(browser.runtime);

export function isFromPanel(sender: Sender): boolean {
  return sender.id === browser.runtime.id && isOwnPage(sender.url, own(), '/panel.html');
}

function isFromOptions(sender: Sender): boolean {
  return sender.id === browser.runtime.id && isOwnPage(sender.url, own(), '/options.html');
}

function isFromContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && !isOwnPage(sender.url ?? '', own());
}

/** Inserts waiting on their frame, answered from the page bridge when that settles them. */
const insertAnswers = new InsertAnswers();

function panelWorld(db: DraftsDatabase, tabId: number): PanelWorld {
  return {
    db,
    tabId,
    now: Date.now,
    newId: () => crypto.randomUUID(),
    sendToFrame: (frameId, msg) =>
      msg.type === 'bg:insert'
        ? insertAnswers.first(msg.insertId, tabId, frameId, () => sendInsert(tabId, frameId, msg))
        : commandInFrame(tabId, frameId, msg),
    targetFrame: () => targetFrameOf(tabId),
    prepareInsert: (frameId) => readyInserter(tabId, frameId),
    framePages: framePagesOf(tabId, db),
    targetPage: (frameId) => targetPageOf(tabId, frameId),
    framePagesNow: () => framePagesNowIn(tabId),
    broadcast: broadcastToPanels,
    notifyPanel: (msg) => postToPanelsIn(tabId, msg),
    retention: retentionSettings,
    templates: templateSettings,
    fields: fieldsTab(tabId),
    fieldMaps: fieldMapStore,
  };
}

/** A panel's message, unless Reverie is locked and the message needs the drafts. */
async function fromPanel(msg: PanelMessage, db: DraftsDatabase, keyring: Keyring, tabId: number) {
  await keyring.activity();
  if (msg.type === 'panel:unlock') return keyring.unlock(msg.passphrase);
  if (keyring.state === 'locked' && needsUnlocked(msg)) return LOCKED_REPLY;
  return orLocked(() => handlePanelMessage(msg, panelWorld(db, tabId)));
}

export function setUpRouter(db: DraftsDatabase, keyring: Keyring): void {
  // A panel going away sends its last save over its port: a port message leaves at once,
  // where a sendMessage from a closing tab may not.
  setUpPanelPorts(
    isFromPanel,
    (raw, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined && isMessage<PanelMessage>(raw, 'panel:') && raw.type === 'panel:saveDraft') {
        void fromPanel(raw, db, keyring, tabId);
      }
    },
    // A panel (re)connecting while locked shows the unlock form at once.
    (port) =>
      void keyring.ready().then(() => {
        if (keyring.state === 'locked') port.postMessage({ type: 'bg:locked' });
      }),
  );
  // Must be a native async function: returning a Dexie promise delivers undefined (TOOLCHAIN.md).
  browser.runtime.onMessage.addListener(async (raw: unknown, sender: Sender) => {
    // Test-only seeding and counting: compiled out of the store build.
    if (
      import.meta.env.MODE === 'e2e' &&
      isE2eMessage(raw) &&
      (isFromOptions(sender) || isFromPanel(sender))
    ) {
      return handleE2eMessage(raw, db);
    }
    if (isMessage<OptionsMessage>(raw, 'options:') && isFromOptions(sender)) {
      await keyring.activity();
      if (raw.type === 'options:encryption')
        return isEncryptionAction(raw.action) ? handleEncryptionAction(raw.action, keyring) : undefined;
      return orLocked(() =>
        handleOptionsMessage(raw, {
          db,
          now: () => new Date(),
          retention: retentionSettings,
          templates: templateSettings,
          fieldMaps: fieldMapStore,
        }),
      );
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (isMessage<PanelMessage>(raw, 'panel:') && isFromPanel(sender)) {
      return fromPanel(raw, db, keyring, tabId);
    }
    if (isMessage<ContentMessage>(raw, 'content:') && isFromContentScript(sender)) {
      if (raw.type === 'content:targetFocused') await rememberTargetFrame(tabId, sender.frameId ?? 0);
      if (raw.type === 'content:togglePanel') await togglePanelInTab(tabId);
      if (raw.type === 'content:focusLeftForFrame')
        await commandInAllFrames(tabId, { type: 'bg:adoptFocus' }).catch(() => {});
      if (raw.type === 'content:panelOpening') {
        warmUpInserter(tabId, () => targetFrameOf(tabId));
        await warmUpForPanel(db, keyring);
      }
      if (raw.type === 'content:listenBridge')
        return listenPageBridge(tabId, sender.frameId ?? 0, raw.channel);
      if (raw.type === 'content:pageBridge') {
        const frameId = sender.frameId ?? 0;
        const result = await runPageBridge(tabId, frameId, raw.call);
        if (raw.of) insertAnswers.bridgeAnswered(raw.of, tabId, frameId, result);
        return result;
      }
      if (raw.type === 'content:pickKey')
        return onPickKey(fieldsTab(tabId), tabId, sender.frameId ?? 0, raw.key);
      return undefined;
    }
    return undefined;
  });
}
