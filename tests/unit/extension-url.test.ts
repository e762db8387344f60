/** Reverie's own pages by their address (lib/extension-url.ts). */
import { describe, expect, it } from 'vitest';
import { extensionIdentity } from '@/lib/extension-identity';
import { isOwnPage, ownOrigins } from '@/lib/extension-url';

const ID = 'emfepphjlojeodkaamobjbdciloognbk';
const DYNAMIC = 'ec8e2166-76d1-46cd-ba42-040dd9b44f21';
/** Chromium with use_dynamic_url: getURL gives the session's address. */
const chromium = { base: `chrome-extension://${DYNAMIC}/`, id: ID, dynamicId: DYNAMIC };
const firefox = {
  base: 'moz-extension://4b8c6a52-3f1e-4f0e-9a57-6d2f3c1e7b90/',
  id: 'reverie@reverie.invalid',
};

describe('own extension pages', () => {
  it("takes Chromium's two addresses: the session's, and the extension's ID a frame ends up at", () => {
    expect(ownOrigins(chromium)).toEqual([`chrome-extension://${DYNAMIC}`, `chrome-extension://${ID}`]);
    expect(isOwnPage(`chrome-extension://${ID}/panel.html`, chromium, '/panel.html')).toBe(true);
    expect(isOwnPage(`chrome-extension://${DYNAMIC}/panel.html`, chromium, '/panel.html')).toBe(true);
    expect(isOwnPage(`chrome-extension://${ID}/options.html`, chromium)).toBe(true);
  });

  it('takes the one address of a browser without a session address', () => {
    expect(ownOrigins(firefox)).toEqual(['moz-extension://4b8c6a52-3f1e-4f0e-9a57-6d2f3c1e7b90']);
    expect(isOwnPage(`${firefox.base}panel.html`, firefox, '/panel.html')).toBe(true);
    expect(ownOrigins({ base: `chrome-extension://${ID}/`, id: ID })).toEqual([`chrome-extension://${ID}`]);
  });

  it("refuses another page, another path, another extension's page and what is no address", () => {
    expect(isOwnPage(`chrome-extension://${ID}/options.html`, chromium, '/panel.html')).toBe(false);
    expect(isOwnPage(`chrome-extension://${'a'.repeat(32)}/panel.html`, chromium, '/panel.html')).toBe(false);
    expect(isOwnPage('https://ehr.test/panel.html', chromium, '/panel.html')).toBe(false);
    expect(isOwnPage(`https://${ID}/panel.html`, chromium)).toBe(false);
    expect(isOwnPage(undefined, chromium)).toBe(false);
    expect(isOwnPage('not an address', firefox)).toBe(false);
  });

  it("reads the identity from the runtime, the session's ID only where there is one", () => {
    const getURL = (path: string) => `chrome-extension://${DYNAMIC}${path}`;
    expect(extensionIdentity({ id: ID, getURL, dynamicId: DYNAMIC } as never)).toEqual(chromium);
    expect(
      extensionIdentity({ id: firefox.id, getURL: (p: string) => `${firefox.base}${p.slice(1)}` }),
    ).toEqual(firefox);
  });
});
