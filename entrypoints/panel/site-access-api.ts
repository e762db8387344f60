/**
 * The browser's permission calls for one origin, as the SiteAccess component uses them.
 * Firefox gives an extension page framed in a web page no `permissions` API; there the
 * clinician grants the site from Firefox's own Extensions menu, and the background still
 * registers the content script when the grant arrives.
 */
import { browser } from 'wxt/browser';
import type { SiteAccessApi } from '@/components/SiteAccess';

export function siteAccessApi(): SiteAccessApi | null {
  const permissions = browser.permissions;
  if (!permissions?.request) return null;
  return {
    contains: (origin) => permissions.contains({ origins: [origin] }),
    // Must run inside the click handler: the browser asks only during a user gesture.
    request: (origin) => permissions.request({ origins: [origin] }),
    remove: (origin) => permissions.remove({ origins: [origin] }),
  };
}
