/**
 * Whether an address is one of Reverie's own pages. In Chromium the files a page may load
 * (panel.html, panel-host.js: wxt.config.ts) are reachable only at an address new each
 * browser session (`use_dynamic_url`), which `runtime.getURL` gives; a frame sent there
 * ends up at the extension's ID all the same. So an own page may have either host, and a
 * message meant for the panel's window goes to both origins (only the one it has takes it).
 * Firefox has one extension address, random per install.
 */
export interface ExtensionIdentity {
  /** `runtime.getURL('/')`. */
  base: string;
  /** `runtime.id`. */
  id: string;
  /** Chromium's `runtime.dynamicId`, where there is one. */
  dynamicId?: string;
}

/**
 * An extension address's origin, spelled out: `URL.origin` is "null" for a scheme the URL
 * standard does not know (Node's, and so every opaque origin would match it).
 */
const originOf = (url: URL) => `${url.protocol}//${url.host}`;

/** The origins Reverie's own pages may have. */
export function ownOrigins(who: ExtensionIdentity): string[] {
  const base = new URL(who.base);
  const origins = [originOf(base)];
  if (base.protocol === 'chrome-extension:')
    for (const host of [who.id, who.dynamicId])
      if (host) origins.push(`chrome-extension://${host.toLowerCase()}`);
  return [...new Set(origins)];
}

/** Whether `url` is one of Reverie's own pages, and at `path` if given (`/panel.html`). */
export function isOwnPage(url: string | undefined, who: ExtensionIdentity, path?: string): boolean {
  if (!url || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  return (
    parsed.host !== '' &&
    ownOrigins(who).includes(originOf(parsed)) &&
    (path === undefined || parsed.pathname === path)
  );
}
