/**
 * One browser with the extension, one fixture server and one trap proxy per describe
 * block; every test gets a page of its own with a unique query, hence a draft of its own.
 *
 * The browser (with its trap proxy, whose port it was started with) is shared by the files
 * of one run (TestBrowser.reset: tabs closed, extension uninstalled and installed anew, so
 * its storage and background start empty): a launch costs 6–15 s a file for Firefox, 4–6 s
 * for Chromium under load, a reset about 1 s. The fixture server stays per file, so page
 * origins are never shared. A file
 * about the browser's or extension's own life (kill, reload) asks for `ownBrowser`; a
 * browser that was killed, reloaded or had its worker stopped is closed after its file
 * whatever the file asked (TestBrowser.reusable).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserKind, type HostPage, type TestBrowser } from './browsers';
import { serveFixtures, startTrapProxy, type FixtureServer } from './server';

export interface Suite {
  browser: TestBrowser;
  server: FixtureServer;
  /** Requests to the outside world since this file's browser was launched or reset. */
  proxyHits: string[];
  /** Opens a fixture page under a query no other test uses. */
  open(page: string): Promise<HostPage>;
}

export interface SuiteOptions {
  /** A browser of its own, launched for this file and closed after it. */
  ownBrowser?: boolean;
  /** Firefox: the event page's idle timeout in that own browser (LaunchOptions). */
  backgroundIdleMs?: number;
  /** The system appearance pages are told of (LaunchOptions); dark needs a browser of its own. */
  colorScheme?: 'light' | 'dark';
}

type TrapProxy = Awaited<ReturnType<typeof startTrapProxy>>;
interface Launched {
  browser: TestBrowser;
  proxy: TrapProxy;
}

let counter = 0;
/** Per kind, the browser the last file left for the next one (isolate: false keeps this module's state). */
const idle = new Map<BrowserKind, Launched>();

type Launch = Pick<SuiteOptions, 'backgroundIdleMs' | 'colorScheme'>;

async function launch(kind: BrowserKind, options: Launch): Promise<Launched> {
  const proxy = await startTrapProxy();
  return { proxy, browser: await launchBrowser(kind, { proxyPort: proxy.port, ...options }) };
}

async function shutDown({ browser, proxy }: Launched): Promise<void> {
  await browser.close();
  await proxy.close();
}

/** A reset browser left by an earlier file, or a new one (always, for `own`: the left one waits). */
async function acquire(kind: BrowserKind, own: boolean, options: Launch): Promise<Launched> {
  const left = own ? undefined : idle.get(kind);
  if (left) {
    idle.delete(kind);
    // Cleared first: what the reset itself sends out is this file's to see, as at a launch.
    left.proxy.hits.length = 0;
    const reset = await left.browser.reset().then(
      () => true,
      () => false, // it died with the file before (that file failed): this one gets a new one
    );
    if (reset) return left;
    await shutDown(left).catch(() => {});
  }
  return launch(kind, options);
}

export function useSuite(
  kind: BrowserKind,
  { ownBrowser = false, backgroundIdleMs, colorScheme }: SuiteOptions = {},
): Suite {
  const suite = {} as Suite;
  let launched: Launched | undefined;
  // A changed idle timeout or appearance needs a browser of its own: none is shared with other files.
  const own = ownBrowser || backgroundIdleMs !== undefined || colorScheme === 'dark';
  beforeAll(async () => {
    launched = await acquire(kind, own, { backgroundIdleMs, colorScheme });
    suite.proxyHits = launched.proxy.hits;
    suite.server = await serveFixtures(resolve('tests/e2e/.fixtures-dist'));
    suite.browser = launched.browser;
    suite.open = async (page) => {
      const host = await suite.browser.newPage();
      counter += 1;
      // Its own query for each case, after the page's own (`page.html?chart=other`).
      const join = page.includes('?') ? '&' : '?';
      await host.goto(`${suite.server.url(page)}${join}case=${Date.now()}-${counter}`);
      return host;
    };
  });
  afterAll(async () => {
    if (launched && !own && launched.browser.reusable) idle.set(kind, launched);
    else if (launched) await shutDown(launched);
    await suite.server?.close();
  });
  return suite;
}
