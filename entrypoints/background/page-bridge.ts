/**
 * Runs the page bridge (lib/insert/page-bridge.ts) for a content script, in that script's
 * own frame and in the page's JavaScript world, where rich editors keep their APIs.
 * `executeScript` is not subject to the page's Content-Security-Policy, unlike a
 * `<script>` element would be; Firefox supports `world: 'MAIN'` from 128.
 */
import { browser } from 'wxt/browser';
import type { BridgeCall, BridgeResult } from '@/lib/insert/bridge-protocol';
import { pageBridge } from '@/lib/insert/page-bridge';
import { BACKGROUND_MARKS, markBackground } from '@/lib/open-marks';

function isBridgeResult(value: unknown): value is BridgeResult {
  const v = value as Partial<BridgeResult> | null;
  return typeof v === 'object' && v !== null && typeof v.ok === 'boolean' && typeof v.text === 'string';
}

export async function runPageBridge(tabId: number, frameId: number, call: BridgeCall): Promise<BridgeResult> {
  markBackground(BACKGROUND_MARKS.bridgeRelayed);
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      world: 'MAIN',
      func: pageBridge,
      args: [call],
    });
    const result: unknown = injection?.result;
    return isBridgeResult(result) ? result : { ok: false, text: '', error: 'no answer from the page' };
  } catch (error) {
    return { ok: false, text: '', error: String(error) };
  }
}

/**
 * Installs the page bridge for good in a content script's frame, listening on `channel`
 * (bridge-protocol.ts, BridgeListen): that frame's insertion script then calls it with DOM
 * events, without a trip through here for each call. True once it listens.
 */
export async function listenPageBridge(tabId: number, frameId: number, channel: string): Promise<boolean> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      world: 'MAIN',
      func: pageBridge,
      args: [{ listen: channel }],
    });
    const listening = isBridgeResult(injection?.result) && injection.result.ok;
    if (listening) markBackground(BACKGROUND_MARKS.bridgeListening);
    return listening;
  } catch {
    return false;
  }
}
