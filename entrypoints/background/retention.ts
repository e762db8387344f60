/**
 * The retention rule the clinician chose (kept in extension storage), applied by an alarm
 * a few times a day: trash older than 7 days and inserted drafts past the rule are deleted.
 * Unfinished drafts are never purged.
 */
import { browser } from 'wxt/browser';
import type { DraftsDatabase } from '@/lib/drafts/db';
import { purgeExpired, type RetentionRule } from '@/lib/drafts/listing';

const ALARM = 'reverie-retention';
const KEY = 'retentionRule';
const EVERY_MINUTES = 6 * 60;
const DEFAULT_RULE: RetentionRule = { insertedDays: null };

export const retentionSettings = {
  async get(): Promise<RetentionRule> {
    const stored = (await browser.storage.local.get(KEY))[KEY] as RetentionRule | undefined;
    return stored ?? DEFAULT_RULE;
  },
  async set(rule: RetentionRule): Promise<void> {
    await browser.storage.local.set({ [KEY]: rule });
  },
};

export function setUpRetention(db: DraftsDatabase): void {
  // Created only when missing: this runs at every wake of the background, and creating it
  // again would each time put the next purge a minute after that wake.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(ALARM, { periodInMinutes: EVERY_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    void retentionSettings
      .get()
      .then((rule) => purgeExpired(db, rule, Date.now()))
      .catch((error) => console.error('Reverie: retention', error));
  });
}
