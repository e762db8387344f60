/**
 * Serves the built fixture pages on 127.0.0.1 and records every request, so a test can
 * tell which requests the page (and nothing else) made.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Response headers for chosen pages, e.g. a strict Content-Security-Policy. */
const PAGE_HEADERS: Record<string, Record<string, string>> = {
  '/strict-csp.html': { 'content-security-policy': "script-src 'self'" },
  '/locked-csp.html': { 'content-security-policy': "default-src 'self'" },
  '/trusted-types.html': {
    'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'",
  },
};

export interface FixtureServer {
  origin: string;
  url: (page: string) => string;
  requests: string[];
  close: () => Promise<void>;
}

export async function serveFixtures(root: string): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...PAGE_HEADERS[path.replace(/\\/g, '/')],
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}`,
    requests,
    // Pages may still hold keep-alive connections (a shared browser outlives the file):
    // close those too, or close() waits for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A proxy that answers nothing and records every request sent to it. Browsers are
 * started with it as their proxy for every non-loopback address, so any request the
 * extension makes to the outside world is caught here.
 */
export async function startTrapProxy(): Promise<{
  port: number;
  hits: string[];
  close: () => Promise<void>;
}> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
