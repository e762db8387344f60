/**
 * The insertion engine, injected on demand by the background into the frame that holds
 * the note field, at its first insert there. Keeping it out of the eager content
 * script keeps editor code off every page the clinician opens (issue #6 budget).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PageBridge } from '@/lib/insert/adapter';
import { callBridgeByEvent, newBridgeChannel } from '@/lib/insert/bridge-events';
import type { BridgeResult, InsertOfCall } from '@/lib/insert/bridge-protocol';
import { inShownDocument } from '@/lib/insert/editable';
import { insertNote } from '@/lib/insert/engine';
import { fieldKey } from '@/lib/insert/field-key';
import { currentField } from '@/lib/insert/replacement';
import {
  claimInserter,
  PANEL_UNSEEN,
  TARGET_SLOT,
  publishedPanelCheck,
  publishedTarget,
} from '@/lib/insert/frame-handoff';
import {
  isMessage,
  message,
  type BackgroundToContentMessage,
  type ContentMessages,
  type InsertOutcome,
} from '@/lib/messages';
import { frameMoveOf } from '@/lib/page-move';
import { targetFramePage } from '@/lib/frame-page';
import { notedPageOf } from '@/lib/frame-pages';

/**
 * Editors' page-world APIs, through the page bridge this script had installed in its page
 * (content:listenBridge), called by DOM events: no trip through the background per call
 * (8–15 ms measured in Chromium). Where that bridge is not listening, through the background
 * (entrypoints/background/page-bridge.ts); there the insert's own call says which insert it
 * is, and the background may answer the panel from the bridge's answer before this script
 * has it (lib/insert/insert-answers.ts).
 */
const bridgeFor =
  (listening: Promise<string | null>, of: InsertOfCall | undefined): PageBridge =>
  async (call) => {
    const channel = await listening;
    const inPage = channel ? callBridgeByEvent(document, channel, call) : null;
    if (inPage) return inPage;
    return (await browser.runtime.sendMessage(
      message<ContentMessages, 'content:pageBridge'>('content:pageBridge', {
        call,
        of: call.op === 'insert' ? of : undefined,
      }),
    )) as BridgeResult;
  };

/** Has the page bridge installed in this frame's page; its channel once it listens, else null. */
function listenInPage(): Promise<string | null> {
  const channel = newBridgeChannel();
  return browser.runtime
    .sendMessage(message<ContentMessages, 'content:listenBridge'>('content:listenBridge', { channel }))
    .then(
      (listening: unknown) => (listening === true ? channel : null),
      () => null,
    );
}

export default defineUnlistedScript(() => {
  // Chrome clears `runtime.id` in scripts of a reloaded extension.
  if (!claimInserter(window, () => Boolean(browser.runtime?.id))) return;
  const listening = listenInPage();
  // Not async: the eager content script listens too, and a listener that returns a
  // promise answers the message, so other types must get a plain `undefined` here.
  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (!isMessage<BackgroundToContentMessage>(raw, 'bg:') || raw.type !== 'bg:insert') return undefined;
    if (raw.checkPanel) {
      // The clickjacking guard, asked here in the top frame right before the insert. Without
      // the content script's answer the panel's visibility is unknown: not safe.
      const check = publishedPanelCheck(window);
      const { obstruction, moved } = check ? check(raw.mounts) : { obstruction: PANEL_UNSEEN, moved: null };
      if (obstruction) return Promise.resolve({ outcome: 'obstructed' as const, obstruction });
      // A single-page EHR moved to another page since the panel opened: the panel asks first.
      if (moved && !raw.pageMovedOk) return Promise.resolve({ outcome: 'pageMoved' as const, ...moved });
    }
    const published = publishedTarget(window);
    // A field the EHR re-rendered since the clinician was in it gives way to its replacement.
    const target = currentField({ element: published?.element ?? null, caret: published?.caret ?? null });
    // A framed EHR loaded another page into the field's frame since the draft was written there.
    const framePage =
      raw.framePages && !raw.pageMovedOk ? targetFramePage(TARGET_SLOT, target.element) : null;
    const frameMove = framePage && frameMoveOf(notedPageOf(raw.framePages ?? {}, framePage), framePage.href);
    if (frameMove) return Promise.resolve({ outcome: 'pageMoved' as const, ...frameMove });
    // The key the engine gives this field (the same inputs), for the bridge's early answer.
    const of =
      target.element && inShownDocument(target.element)
        ? { insertId: raw.insertId, fieldKey: fieldKey(target.element, location.href) }
        : undefined;
    return insertNote({
      target: target.element,
      caret: target.caret,
      note: raw.note,
      insertedInto: raw.insertedInto,
      force: raw.force,
      frameUrl: location.href,
      bridge: bridgeFor(listening, of),
      // Always an answer: the background reads no answer as "no insertion script here yet"
      // and injects one (entrypoints/background/inserter-injection.ts).
    }).catch((): InsertOutcome => ({ outcome: 'failed', reason: 'The field did not accept the note' }));
  });
});
