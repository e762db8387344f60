/**
 * Fills the extension's real drafts database fast: the e2e build's background stores
 * seeded drafts (lib/drafts/seed.ts), one transaction per CHUNK (each message
 * short, so no background is stopped mid-way for idling on one). Shared by
 * tests/e2e/many-drafts.e2e.ts and the bench.
 */
import type { TestBrowser } from './browsers';
import type { FixtureServer } from './server';

const CHUNK = 10_000;

/** Where Firefox sends the message from (see TestBrowser.messageFromExtensionPage). */
const hostUrl = (server: FixtureServer) => `${server.url('plain-textarea.html')}?seeding=${Date.now()}`;

/** Stores drafts `from`..`from + count - 1`, dated back from `now`; returns how many drafts there are. */
export async function seedDrafts(
  { browser, server }: { browser: TestBrowser; server: FixtureServer },
  from: number,
  count: number,
  now: number,
): Promise<number> {
  const msgs = [];
  for (let start = from; start < from + count; start += CHUNK)
    msgs.push({ type: 'e2e:seedDrafts', from: start, count: Math.min(CHUNK, from + count - start), now });
  msgs.push({ type: 'e2e:countDrafts' });
  return (await browser.messagesFromExtensionPage(msgs, hostUrl(server))) as number;
}

export async function countDrafts({
  browser,
  server,
}: {
  browser: TestBrowser;
  server: FixtureServer;
}): Promise<number> {
  return (await browser.messagesFromExtensionPage([{ type: 'e2e:countDrafts' }], hostUrl(server))) as number;
}
