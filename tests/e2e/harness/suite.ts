/**
 * One browser with the extension, one fixture server and one trap proxy per describe
 * block; every test gets a page of its own with a unique query, hence a draft of its own.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserKind, type HostPage, type TestBrowser } from './browsers';
import { serveFixtures, startTrapProxy, type FixtureServer } from './server';

export interface Suite {
  browser: TestBrowser;
  server: FixtureServer;
  proxyHits: string[];
  /** Opens a fixture page under a query no other test uses. */
  open(page: string): Promise<HostPage>;
}

let counter = 0;

export function useSuite(kind: BrowserKind): Suite {
  const suite = {} as Suite;
  let proxy: Awaited<ReturnType<typeof startTrapProxy>> | undefined;
  beforeAll(async () => {
    proxy = await startTrapProxy();
    suite.proxyHits = proxy.hits;
    suite.server = await serveFixtures(resolve('tests/e2e/.fixtures-dist'));
    suite.browser = await launchBrowser(kind, { proxyPort: proxy.port });
    suite.open = async (page) => {
      const host = await suite.browser.newPage();
      counter += 1;
      await host.goto(`${suite.server.url(page)}?case=${Date.now()}-${counter}`);
      return host;
    };
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    await proxy?.close();
  });
  return suite;
}
