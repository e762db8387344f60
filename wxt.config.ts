import { defineConfig } from 'wxt';

/** Hosts the end-to-end build may run on without a permission prompt (E2E-CONTRACT.md). */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Vite's modulepreload polyfill is the only fetch() in the bundle; extension pages load
  // their chunks natively, so drop it and keep "no network API in the build" checkable.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Reverie — psychodynamic progress notes',
    short_name: 'Reverie',
    description:
      'Guided psychodynamic progress notes inside your web EHR. Drafts stay on your machine; nothing is sent anywhere.',
    // activeTab + scripting: the store build touches a page only after the clinician
    // invokes Reverie there; "Always run on this site" asks for that one origin.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'clipboardWrite', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Reverie note panel (Alt+Shift+N)' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open or close the Reverie note panel',
      },
    },
    // panel-host.js: the panel's mounting code, which the content script imports at the
    // first toggle (entrypoints/content/panel-host-api.ts).
    web_accessible_resources: [
      {
        resources: ['panel.html', 'panel-host.js'],
        matches: ['<all_urls>'],
        // Chromium: at an address new each browser session (runtime.getURL gives it), not at
        // the public store ID, where any page could load them to learn Reverie is installed
        // (and so that its user is a therapist), or frame a copy of the panel. Firefox's
        // extension address is already random per install.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reverie@reverie.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The eager content script runs on every EHR page all day: give it the browser's own
    // promise-based API instead of webextension-polyfill, about a third of its bytes
    // (issue #6 budget). It uses only runtime messaging, which needs no polyfill; so does
    // the panel's mounting code it imports at the first toggle (panel-host). The panel
    // (built with the options page) likewise: 10 KB less to parse before its first paint,
    // for runtime messaging, a port and permissions, all promise-based in both browsers.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const native = entrypoints.some((entrypoint) =>
        ['content', 'panel', 'panel-host'].includes(entrypoint.name),
      );
      if (!native) return;
      viteConfig.resolve ??= {};
      const alias = viteConfig.resolve.alias ?? [];
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      viteConfig.resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries];
    },
    // The eager content script is built as an unlisted script, still to
    // content-scripts/content.js: WXT's content-script wrapper gives it a context that
    // announces it with an event on the page's document and that any page can stop by
    // forging that event (issue #6, tests/e2e/hostile-page.e2e.ts). It has its own
    // (lib/content-context.ts); nothing of it is declared in the manifest by WXT either way.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      const content = entrypoints.find((entrypoint) => entrypoint.name === 'content');
      if (content?.type === 'content-script') Object.assign(content, { type: 'unlisted-script' });
    },
    // The store build registers the content script at run time (activeTab or a granted
    // site); the e2e build also declares it for the loopback hosts so tests need no prompt.
    'build:manifestGenerated': (wxt, manifest) => {
      // No site up front in the store build (WXT would grant a runtime-registered content
      // script's matches; kept as a guard now that the script is unlisted to WXT).
      delete manifest.host_permissions;
      if (wxt.config.mode !== 'e2e') return;
      manifest.host_permissions = [...E2E_HOSTS];
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: [...E2E_HOSTS],
        js: ['content-scripts/content.js'],
        all_frames: true,
        match_about_blank: true,
        // Frames of the page that have no origin of their own (sandboxed, data: and blob:
        // URL frames) take it from their creator; the top-frame script cannot reach them.
        match_origin_as_fallback: true,
        run_at: 'document_idle',
      });
    },
  },
});
