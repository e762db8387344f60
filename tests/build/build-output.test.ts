/**
 * Checks of what the builds ship: permissions (any widening must be a deliberate change
 * to this snapshot), the eager content script's size budget, and no network API anywhere.
 * Runs after `npm run build` and `npm run build:e2e`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUILDS = ['chrome-mv3', 'firefox-mv3', 'chrome-mv3-e2e', 'firefox-mv3-e2e'];
const manifest = (build: string) => JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8'));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

describe.each(['chrome-mv3', 'firefox-mv3'])('store build %s', (build) => {
  it('asks for exactly these permissions and no site access up front', () => {
    const m = manifest(build);
    expect(m.permissions).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'clipboardWrite',
      'alarms',
    ]);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.commands['toggle-panel'].suggested_key.default).toBe('Alt+Shift+N');
    // The panel's page, and the panel's mounting code the content script imports at the
    // first toggle (entrypoints/content/panel-host-api.ts). In Chromium only at the address
    // of the browser session, not at the public store ID, where a page could load them to
    // learn Reverie is installed (Firefox's extension address is random per install).
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['panel.html', 'panel-host.js'],
        matches: ['<all_urls>'],
        ...(build === 'chrome-mv3' && { use_dynamic_url: true }),
      },
    ]);
  });

  it('answers none of the e2e build’s test-only messages (seeding drafts)', () => {
    for (const file of jsFiles(`.output/${build}`))
      expect(readFileSync(file, 'utf8'), file).not.toContain('e2e:');
  });
});

describe.each(['chrome-mv3', 'firefox-mv3'])('store build %s code', (build) => {
  it('carries no test-only fault switch', () => {
    for (const file of jsFiles(`.output/${build}`)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/e2e:failWrites|e2e-write-faults/);
    }
  });
});

describe('Firefox manifests', () => {
  it.each(['firefox-mv3', 'firefox-mv3-e2e'])('%s declares that it collects no data', (build) => {
    expect(manifest(build).browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });
  it('Chrome manifests carry no Firefox settings', () => {
    expect(manifest('chrome-mv3').browser_specific_settings).toBeUndefined();
  });
});

describe.each(['chrome-mv3-e2e', 'firefox-mv3-e2e'])('e2e build %s', (build) => {
  it('grants the loopback hosts only and runs the content script there in every frame', () => {
    const m = manifest(build);
    const loopback = ['http://127.0.0.1/*', 'http://localhost/*'];
    expect(m.host_permissions).toEqual(loopback);
    expect(m.content_scripts).toEqual([
      expect.objectContaining({
        matches: loopback,
        js: ['content-scripts/content.js'],
        all_frames: true,
        // Frames of no origin of their own too (insert-targets.e2e.ts, opaque-frames.html).
        match_origin_as_fallback: true,
      }),
    ]);
  });
});

describe.each(BUILDS)('%s code', (build) => {
  it('contains no network API', () => {
    for (const file of jsFiles(`.output/${build}`)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(
        /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/,
      );
    }
  });
});

describe('eager content script', () => {
  it.each(['chrome-mv3', 'firefox-mv3'])('%s: ≤ 10 KB gzip, with no React and no Dexie', (build) => {
    const code = readFileSync(`.output/${build}/content-scripts/content.js`);
    expect(gzipSync(code).length).toBeLessThanOrEqual(10 * 1024);
    expect(code.toString()).not.toMatch(/react\.dev|__REACT|Dexie|indexedDB/);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: has no WXT content-script context, whose page events a page could hear and forge',
    (build) => {
      const code = readFileSync(`.output/${build}/content-scripts/content.js`, 'utf8');
      expect(code).not.toMatch(/wxt:content-script-started|wxt:locationchange/);
    },
  );

  it.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: carries only its own message check, not the validator of every message',
    (build) => {
      const code = readFileSync(`.output/${build}/content-scripts/content.js`, 'utf8');
      // Types only the full table in lib/messages.ts names: each page would parse it all.
      for (const type of ['panel:saveDraft', 'options:importAll', 'bg:pickHighlight'])
        expect(code).not.toContain(type);
    },
  );

  it.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: the panel’s mounting code and clickjacking guard load only at the first toggle',
    (build) => {
      const eager = readFileSync(`.output/${build}/content-scripts/content.js`, 'utf8');
      const host = readFileSync(`.output/${build}/panel-host.js`, 'utf8');
      // Strings only panel-mount.ts and panel-visibility.ts carry.
      for (const marker of ['clipboard-write', 'Something on the page covers the panel']) {
        expect(eager).not.toContain(marker);
        expect(host).toContain(marker);
      }
      // Not the polyfill: like the eager script, it needs only the browser's own API.
      expect(host).not.toContain('message port closed');
    },
  );

  it.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: editor adapters and the polyfill load only with the insertion script',
    (build) => {
      const eager = readFileSync(`.output/${build}/content-scripts/content.js`, 'utf8');
      const inserter = readFileSync(`.output/${build}/inserter.js`, 'utf8');
      // Selectors only adapters use; and a string only webextension-polyfill carries.
      for (const marker of [
        'data-lexical-editor',
        '.ql-editor',
        'data-slate-editor',
        'message port closed',
      ]) {
        expect(eager).not.toContain(marker);
        expect(inserter).toContain(marker);
      }
    },
  );
});

describe.each(BUILDS)('%s panel', (build) => {
  it('asks for its draft from a small classic head script, before the React module loads', () => {
    const html = readFileSync(`.output/${build}/panel.html`, 'utf8');
    const early = html.indexOf('<script src="/panel-early.js"></script>');
    expect(early).toBeGreaterThan(-1);
    expect(early).toBeLessThan(html.indexOf('<script type="module"'));
    const script = readFileSync(`.output/${build}/panel-early.js`);
    // No polyfill, no React: it must run in a few ms, ahead of everything else.
    expect(gzipSync(script).length).toBeLessThanOrEqual(1024);
    expect(script.toString()).not.toMatch(/message port closed|react\.dev|__REACT/);
  });

  it('carries no webextension-polyfill in its chunks (native promise API, 10 KB less to parse)', () => {
    for (const file of jsFiles(`.output/${build}/chunks`))
      expect(readFileSync(file, 'utf8'), file).not.toContain('message port closed');
  });
});
