/** Background wiring only: one set-up call per concern. */
import { defineBackground } from 'wxt/utils/define-background';
import { DraftsDatabase } from '@/lib/drafts/db';
import { BACKGROUND_MARKS, markBackground } from '@/lib/open-marks';
import { setUpAutoLock } from './encryption-handlers';
import { Keyring } from './keyring';
import { broadcastToPanels, flushPanels } from './panel-ports';
import { setUpPanelToggle } from './panel-toggle';
import { setUpFramePagesCleanup } from './frame-pages';
import { setUpInjectedFramesCleanup } from './inserter-injection';
import { setUpRetention } from './retention';
import { isFromPanel, setUpRouter } from './router';
import { setUpSiteAccess } from './site-access';
import { setUpTargetFrameCleanup } from './target-frames';
import { setUpWriteFaultSwitch } from './write-fault-switch';

export default defineBackground({
  main() {
    markBackground(BACKGROUND_MARKS.main);
    const db = new DraftsDatabase();
    if (import.meta.env.MODE === 'e2e') db.on('ready', () => markBackground(BACKGROUND_MARKS.dbReady));
    // Test builds only: the store build never contains the switch (tests/build).
    if (import.meta.env.MODE === 'e2e') setUpWriteFaultSwitch(db, isFromPanel);
    // Ask that drafts never be evicted under storage pressure. Firefox's event page can ask;
    // Chrome's service worker has no persist(), and unlimitedStorage already exempts us there.
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
    const keyring = new Keyring(db, { flushPanels, broadcast: broadcastToPanels });
    setUpRouter(db, keyring);
    setUpAutoLock(keyring);
    setUpPanelToggle();
    setUpTargetFrameCleanup();
    setUpInjectedFramesCleanup();
    setUpFramePagesCleanup();
    setUpSiteAccess();
    setUpRetention(db);
  },
});
