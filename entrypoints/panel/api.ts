/** Typed calls from the panel to the background (lib/messages.ts). */
import { browser } from 'wxt/browser';
import { message, type PanelMessages, type PanelResponse } from '@/lib/messages';

export function callBackground<K extends keyof PanelMessages & string>(
  type: K,
  body: PanelMessages[K] extends { request: infer R } ? R : never,
): Promise<PanelResponse<K>> {
  return browser.runtime.sendMessage(message<PanelMessages, K>(type, body)) as Promise<PanelResponse<K>>;
}
