/**
 * Keeps the dynamic content-script registration equal to the origins the clinician
 * granted with "Always run on this site" (optional host permissions), at start-up and
 * whenever a grant is added or removed.
 */
import { browser } from 'wxt/browser';
import { desiredMatches, SITES_SCRIPT_ID } from '@/lib/site-access';

const CONTENT_SCRIPT = 'content-scripts/content.js';

export async function syncSiteRegistration(): Promise<void> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  const matches = desiredMatches(granted, declared);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SITES_SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT],
      allFrames: true,
      // Also in the site's frames of no origin of their own (sandboxed, data: and blob:
      // URL frames), as in the e2e build's manifest (wxt.config.ts).
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

const sync = () => void syncSiteRegistration().catch((error) => console.error('Reverie: site access', error));

export function setUpSiteAccess(): void {
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
