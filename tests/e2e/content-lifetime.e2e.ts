/**
 * One live copy of the eager content script per frame. The background may run the file
 * again where it already runs (activeTab injection beside a registered script, a command
 * racing document_idle): the new copy shares the extension's isolated world with the
 * live one and leaves it alone, open panel and all (lib/content-context.ts). WXT's
 * context stopped the live copy instead, and its panel went.
 *
 * Chromium only: the harness injects through the service worker (scripting.executeScript),
 * which Firefox's driver cannot reach.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { useSuite } from './harness/suite';

describe.each(BROWSERS)('content script injected again in %s', (kind) => {
  const suite = useSuite(kind);

  it.skipIf(kind === 'firefox')('leaves the live copy and its open panel alone', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.fill('Session focus', 'Typed before the second injection');
    await page.injectContentScript!();
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.hasPanel()).toBe(true);
    expect(await panel.value('Session focus')).toBe('Typed before the second injection');
    // Still one copy answering: the shortcut closes the panel once, and opens it once.
    await page.evaluate(`document.querySelector('#note').focus()`);
    await page.pressShortcut();
    await new Promise((r) => setTimeout(r, 400));
    expect(await page.hasPanel()).toBe(false);
    const reopened = await page.openPanel();
    expect(await reopened.value('Session focus')).toBe('Typed before the second injection');
    await page.close();
  });
});
