/**
 * An EHR served over plain http from a host that is not loopback, as on a clinic's own
 * network: the page is not a secure context and, in Firefox, neither is the panel inside
 * it, so APIs such as `crypto.randomUUID` are missing there. The page comes from a
 * fictional host through a proxy of this test's that serves the fixtures (no name lookup,
 * no network; it answers nothing else). A copy of the e2e build is granted that host as
 * the e2e build is granted the loopback ones. That Reverie itself makes no request is
 * other tests' to prove, with the trap proxy (harness/server.ts).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, EXTENSION_DIRS, launchBrowser, type TestBrowser } from './harness/browsers';

const ORIGIN = 'http://ehr.clinic.test';
const FIXTURES = resolve('tests/e2e/.fixtures-dist');
const FOCUS = 'Spoke of the move; slept badly since.';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the fixtures as `ORIGIN` to a browser that takes it for its proxy. */
function fixtureProxy(): Server {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://invalid');
    const file = join(FIXTURES, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (
      url.origin !== ORIGIN ||
      !file.startsWith(FIXTURES) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  // An upgrade to https (HTTPS-First) fails at once and falls back to http.
  server.on('connect', (_req, socket) => socket.destroy());
  return server;
}

describe.each(BROWSERS)('an EHR served over plain http, in %s', (kind) => {
  let browser: TestBrowser;
  let proxy: Server;
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = mkdtempSync(join(tmpdir(), 'reverie-http-ehr-'));
    cpSync(EXTENSION_DIRS[kind], extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.host_permissions.push(`${ORIGIN}/*`);
    manifest.content_scripts[0].matches.push(`${ORIGIN}/*`);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    proxy = fixtureProxy();
    await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
    browser = await launchBrowser(kind, { proxyPort: (proxy.address() as AddressInfo).port, extensionDir });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((closed) => proxy?.close(closed));
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it.each([
    ['a text area', 'plain-textarea.html', '#note'],
    ['a rich editor', 'quill.html', '.ql-editor'],
  ])('inserts into %s from the panel, though neither is a secure context', async (_name, fixture, field) => {
    const page = await browser.newPage();
    await page.goto(`${ORIGIN}/${fixture}`);
    expect(await page.evaluate<boolean>('isSecureContext')).toBe(false);
    await page.click(field);
    await page.press('Control+End');
    const panel = await page.openPanel();
    // Firefox's panel is not a secure context inside such a page; Chromium makes it one.
    expect(await panel.evaluate<boolean>('isSecureContext')).toBe(kind === 'chromium');
    await panel.fill('Session focus', FOCUS);
    await panel.check('No risk indicated');
    await panel.click('Insert note');
    await panel.waitForStatus(/Inserted/);
    const text = await page.evaluate<string>(
      `(() => { const f = document.querySelector(${JSON.stringify(field)}); return f.value ?? f.innerText; })()`,
    );
    expect(text.trimStart().startsWith('Existing text.')).toBe(true);
    expect(text.split(FOCUS).length - 1).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
