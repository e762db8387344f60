/** Background wiring only: one set-up call per concern. */
import { defineBackground } from 'wxt/utils/define-background';
import { DraftsDatabase } from '@/lib/drafts/db';
import { setUpPanelToggle } from './panel-toggle';
import { setUpRetention } from './retention';
import { setUpRouter } from './router';
import { setUpSiteAccess } from './site-access';
import { setUpTargetFrameCleanup } from './target-frames';

export default defineBackground({
  main() {
    const db = new DraftsDatabase();
    setUpRouter(db);
    setUpPanelToggle();
    setUpTargetFrameCleanup();
    setUpSiteAccess();
    setUpRetention(db);
  },
});
