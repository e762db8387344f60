/**
 * e2e build only (see index.ts): a switch that makes every write to the drafts store fail
 * with a real DOMException QuotaExceededError, raised where IndexedDB raises it (Dexie's
 * DBCore, inside the transaction). Firefox offers no way to shrink an extension's quota
 * from outside, so its storage-full test flips this switch from the panel; Chromium's
 * test shrinks the real quota through CDP instead (tests/e2e/storage-errors.e2e.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import type { DraftsDatabase } from '@/lib/drafts/db';

export const WRITE_FAULT_MESSAGE = 'e2e:failWrites';

export function setUpWriteFaultSwitch(
  db: DraftsDatabase,
  isFromPanel: (s: Browser.runtime.MessageSender) => boolean,
) {
  let failing = false;
  db.use({
    stack: 'dbcore',
    name: 'e2e-write-faults',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            failing
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  });
  // Not async: a listener that returns a promise answers every message, racing the router.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as { type?: unknown; on?: unknown } | null;
    if (msg?.type !== WRITE_FAULT_MESSAGE || typeof msg.on !== 'boolean' || !isFromPanel(sender))
      return undefined;
    failing = msg.on;
    return Promise.resolve(failing);
  });
}
