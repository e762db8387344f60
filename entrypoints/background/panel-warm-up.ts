/**
 * A panel is about to load in a tab (content:panelOpening, sent at the shortcut before the
 * panel's iframe exists). The message itself starts this worker or event page if the
 * browser had stopped it; here the rest of what the panel's first questions (its draft,
 * the templates) wait for is made ready meanwhile: the keyring's state and the database
 * (Dexie opens, checks its schema and runs any upgrade, on its first query otherwise).
 * Nothing is read for, or answered to, the page.
 */
import type { DraftsDatabase } from '@/lib/drafts/db';
import { BACKGROUND_MARKS, markBackground } from '@/lib/open-marks';
import type { Keyring } from './keyring';

export async function warmUpForPanel(db: DraftsDatabase, keyring: Keyring): Promise<void> {
  markBackground(BACKGROUND_MARKS.panelOpening);
  // A failure here is the panel's own first question's to report, when it asks.
  await Promise.all([keyring.ready(), db.open()]).catch(() => {});
}
