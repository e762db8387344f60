/**
 * Fills the extension's real drafts database fast: the e2e build's background stores
 * `count` seeded drafts (lib/drafts/seed.ts) in one bulkAdd transaction. Shared by
 * tests/e2e/many-drafts.e2e.ts and the bench.
 */
import type { TestBrowser } from './browsers';
import type { FixtureServer } from './server';

/** Where Firefox sends the message from (see TestBrowser.messageFromExtensionPage). */
const hostUrl = (server: FixtureServer) => `${server.url('plain-textarea.html')}?seeding=${Date.now()}`;

/** Stores drafts `from`..`from + count - 1`, dated back from `now`; returns how many drafts there are. */
export async function seedDrafts(
  { browser, server }: { browser: TestBrowser; server: FixtureServer },
  from: number,
  count: number,
  now: number,
): Promise<number> {
  const msg = { type: 'e2e:seedDrafts', from, count, now };
  return (await browser.messageFromExtensionPage(msg, hostUrl(server))) as number;
}

export async function countDrafts({
  browser,
  server,
}: {
  browser: TestBrowser;
  server: FixtureServer;
}): Promise<number> {
  return (await browser.messageFromExtensionPage({ type: 'e2e:countDrafts' }, hostUrl(server))) as number;
}
