/** Typed calls from the options page to the background (lib/messages.ts). */
import { browser } from 'wxt/browser';
import { message, type OptionsMessages, type OptionsResponse } from '@/lib/messages';

export function callBackground<K extends keyof OptionsMessages & string>(
  type: K,
  body: OptionsMessages[K] extends { request: infer R } ? R : never,
): Promise<OptionsResponse<K>> {
  return browser.runtime.sendMessage(message<OptionsMessages, K>(type, body)) as Promise<OptionsResponse<K>>;
}
