/**
 * The extension API for the eager content script, looked up when first used rather than
 * as the script loads (which `wxt/browser` does, reading `browser.runtime.id`). The first
 * touch builds the API's bindings, about 1 ms in Chromium's traces of each page load
 * (issue #6); most pages are loaded and left without the clinician calling on Reverie.
 * The same choice as `wxt/browser`: Firefox's `browser`, else Chromium's `chrome`.
 */
import type { WxtBrowser } from 'wxt/browser';

export function extensionApi(): WxtBrowser {
  const scope = globalThis as unknown as { browser?: WxtBrowser; chrome: WxtBrowser };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}
