/**
 * Storage full: the panel says so in its status, keeps the text, retries (with backoff and
 * on the next edit), and once a write goes through the message clears and the draft is
 * saved.
 *
 * What is simulated: the refusal itself. The e2e build's fault switch
 * (entrypoints/background/write-fault-switch.ts) makes the drafts store throw a real
 * DOMException QuotaExceededError inside Dexie's transaction. Everything after that (the
 * background's answer, the panel's message, retries, the final save) is real. Firefox has
 * no way to shrink an extension's quota from outside. Chromium's CDP
 * Storage.overrideQuotaForOrigin accepts the extension's origin and reports the tiny quota
 * (overrideActive, navigator.storage.estimate() says 1 byte), but IndexedDB writes still
 * commit: Reverie holds `unlimitedStorage`, and Chromium does not enforce quota for
 * unlimited origins (probed on Chromium 156: a 5 MB put committed under a 1-byte quota).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';

const FULL = /^Not saved: the browser's storage is full\. Your text is kept in this panel/;
const NOT_RECORDED =
  /^Inserted — the note is in the field, but Reverie could not record that it was inserted: the browser's storage is full/;
const SAVED_AGAIN = /^Saved — storing drafts works again, nothing was lost$/;
const NOT_LEFT = /^This note stays open: not all of it is saved yet/;
const NOT_STARTED = /^No new note was started: Reverie could not store it/;
/** Backoff is 1, 2, 4 s…: a retry lands within this after storage frees up. */
const RETRY_WINDOW_MS = 20_000;

/** The save indicator (not a live region) shows `text`, within a few seconds. */
async function indicatorShows(panel: PanelDriver, text: string): Promise<boolean> {
  const deadline = Date.now() + 5000;
  while (!(await panel.text()).includes(text)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Makes the extension's drafts store refuse writes as a full disk does, or take them again. */
const storageFull = (panel: PanelDriver, full: boolean) =>
  panel.evaluate(
    `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'e2e:failWrites', on: ${full} })`,
  );

describe.each(BROWSERS)('storage full in %s', (kind) => {
  const suite = useSuite(kind);

  it('keeps the text, says what to do, retries, and saves once there is room', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    await panel.type('Session focus', 'Arrived late; ');
    expect(await indicatorShows(panel, 'All changes saved')).toBe(true);

    await storageFull(panel, true);
    await panel.type('Plan', 'Weekly, same hour.');
    await panel.waitForStatus(FULL);
    expect(await panel.value('Plan')).toBe('Weekly, same hour.');
    expect(await indicatorShows(panel, 'Not saved — retrying')).toBe(true);

    // The next edit is retried too, and refused the same way; the text stays.
    await panel.type('Session focus', 'talked about the move.');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await panel.status()).toMatch(FULL);
    expect(await panel.value('Session focus')).toBe('Arrived late; talked about the move.');

    // Room again: a retry (no edit needed) stores everything and the message clears.
    await storageFull(panel, false);
    await panel.waitForStatus(SAVED_AGAIN, RETRY_WINDOW_MS);
    expect(await indicatorShows(panel, 'All changes saved')).toBe(true);

    await page.reload();
    const resumed = await page.openPanel();
    expect(await resumed.value('Plan')).toBe('Weekly, same hour.');
    expect(await resumed.value('Session focus')).toBe('Arrived late; talked about the move.');
    await page.close();
  });

  it('keeps a note not all saved open: neither New note nor a draft from the list takes its place', async () => {
    const page = await suite.open('plain-textarea.html');
    const panel = await page.openPanel();
    await panel.fill('Client label', 'Q.A.');
    await panel.fill('Session focus', 'The first note.');
    expect(await indicatorShows(panel, 'All changes saved')).toBe(true);
    await panel.click('New note');
    await panel.waitForStatus(/^New note started$/);
    await panel.fill('Client label', 'Q.B.');
    await panel.fill('Session focus', 'The second note.');
    expect(await indicatorShows(panel, 'All changes saved')).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    // Storage full: the last words typed are not stored.
    await storageFull(panel, true);
    // Whatever fails below, the next test finds storage taking writes.
    try {
      // All of this note is stored, but a new one cannot be.
      await panel.click('New note');
      await panel.waitForStatus(NOT_STARTED);
      expect(await panel.value('Session focus')).toBe('The second note.');
      await panel.type('Plan', 'Weekly, same hour.');
      await panel.waitForStatus(FULL);
      await panel.click('New note');
      await panel.waitForStatus(NOT_LEFT);
      expect(await panel.value('Plan')).toBe('Weekly, same hour.');
      // Reading another draft works with storage full; it must still not take this one's place.
      await panel.click('Drafts');
      await panel.click(`Open draft Q.A., ${today}`);
      await panel.waitForStatus(NOT_LEFT);
      await panel.click('Drafts');
      expect(await panel.value('Session focus')).toBe('The second note.');
      expect(await panel.value('Plan')).toBe('Weekly, same hour.');
    } catch (error) {
      await storageFull(panel, false);
      throw error;
    }

    // Room again: the retry stores it, and then the other draft opens.
    await storageFull(panel, false);
    await panel.waitForStatus(SAVED_AGAIN, RETRY_WINDOW_MS);
    await panel.click('Drafts');
    await panel.click(`Open draft Q.A., ${today}`);
    await panel.waitForStatus(/^Draft opened$/);
    expect(await panel.value('Plan')).toBe('');
    await page.reload();
    expect(await (await page.openPanel()).value('Plan')).toBe('Weekly, same hour.');
    await page.close();
  });

  it('says so when a note went in but its insertion could not be recorded, and still guards a second copy', async () => {
    const page = await suite.open('plain-textarea.html');
    await page.click('#note');
    const panel = await page.openPanel();
    await panel.fill('Session focus', 'Spoke of the empty flat.');
    await panel.check('No risk indicated');
    expect(await indicatorShows(panel, 'All changes saved')).toBe(true);

    // The panel hears "Inserted" before the background stores the record; the refusal comes after.
    await storageFull(panel, true);
    await panel.click('Insert note');
    await panel.waitForStatus(NOT_RECORDED);
    const field = await page.evaluate<string>(`document.querySelector('#note').value`);
    expect(field).toContain('Spoke of the empty flat.');
    expect(await panel.value('Session focus')).toBe('Spoke of the empty flat.');

    // This panel still knows where the note went.
    await panel.click('Insert note');
    await panel.waitForStatus(/^Already inserted into this field/);
    await storageFull(panel, false);
    await page.close();
  });
});
