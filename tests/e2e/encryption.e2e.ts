/**
 * Encryption at rest, as a clinician uses it and as an attacker with the profile's files
 * would see it: turned on in the options page, a note written in the panel, then the
 * extension's raw IndexedDB read row by row (from the options page, which shares the
 * background's origin) holds neither the note's marker nor the client label. Lock now
 * while typing saves the typing first; the panel shows the unlock form; a wrong passphrase
 * is refused and changes nothing; the right one brings the note back; auto-lock fires after
 * the idle time set in the options page (its minimum, one minute, five seconds in the e2e build); turning encryption
 * off makes the rows readable again.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionPageDriver, type PanelDriver } from './harness/browsers';
import { useSuite } from './harness/suite';

const PASSPHRASE = 'tidal orchard 1987 lantern';
/** Within the autosave promise (a quarter of a second) with room to spare. */
const SAVED_MS = 700;

/** Every row of every object store of the drafts database, JSON, read with plain IndexedDB. */
const RAW_DUMP = `new Promise((resolve, reject) => {
  const open = indexedDB.open('reverie');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    const out = {};
    for (const name of names) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => { out[name] = request.result; };
    }
    tx.oncomplete = () => { db.close(); resolve(JSON.stringify(out)); };
    tx.onerror = () => reject(tx.error);
  };
})`;

async function waitUntil<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await probe();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}

const optionsSay = async (options: ExtensionPageDriver, pattern: RegExp) =>
  expect(
    await waitUntil(
      () => options.text(),
      (t) => pattern.test(t),
      20_000,
    ),
  ).toMatch(pattern);

const panelSays = async (panel: PanelDriver, text: string, timeout = 10_000) =>
  expect(
    await waitUntil(
      () => panel.text(),
      (t) => t.includes(text),
      timeout,
    ),
  ).toContain(text);

describe.each(BROWSERS)('encryption at rest in %s', (kind) => {
  const suite = useSuite(kind);

  it(
    'no plaintext in the raw database; lock, wrong and right passphrase, auto-lock, turn off',
    { timeout: 240_000 },
    async () => {
      const marker = `ZEPHYR-${kind}-${Date.now()}`;
      const label = `QV-${Date.now() % 100000}`;
      const options = await suite.browser.openOptionsPage();

      // Too short first: a clear message, still off.
      await options.fill('New passphrase', 'short');
      await options.fill('Confirm passphrase', 'short');
      await options.click('Turn on encryption');
      await optionsSay(options, /at least 12 characters/);
      await options.fill('New passphrase', PASSPHRASE);
      await options.fill('Confirm passphrase', PASSPHRASE);
      await options.click('Turn on encryption');
      await optionsSay(options, /Encryption is on/);

      const host = await suite.open('plain-textarea.html');
      const url = await host.evaluate<string>('location.href');
      const panel = await host.openPanel();
      await panel.fill('Client label', label);
      await panel.fill('Session focus', `${marker} spoke of the lighthouse dream`);
      await new Promise((r) => setTimeout(r, SAVED_MS));

      const raw = await options.evaluate<string>(RAW_DUMP);
      const rows = JSON.parse(raw) as { drafts: { sealed?: unknown }[]; vault: unknown[] };
      expect(rows.vault).toHaveLength(1);
      expect(rows.drafts.length).toBeGreaterThan(0);
      expect(rows.drafts.every((row) => row.sealed !== undefined)).toBe(true);
      expect(raw).not.toContain(marker);
      expect(raw).not.toContain(label);
      expect(raw).not.toContain('lighthouse');
      expect(raw).not.toContain('127.0.0.1');

      // "Lock now" while the clinician is still typing: the typing is saved, encrypted, first.
      await panel.fill('Plan', `${marker} plan typed just before the lock`);
      await options.click('Lock now');
      await optionsSay(options, /Locked\./);
      const locked = await host.panel('Unlock');
      await panelSays(locked, 'Reverie is locked');
      expect(await locked.text()).not.toContain(marker);
      expect(await locked.axe()).toEqual([]);
      const sealedRows = await options.evaluate<string>(RAW_DUMP);
      expect(sealedRows).not.toContain(marker);
      // The page goes away while locked: only what reached the database can come back.
      await host.close();

      const again = await suite.browser.newPage();
      await again.goto(url);
      const unlock = await again.openPanel('Unlock');
      await unlock.setInput('Passphrase', 'not my passphrase at all');
      await unlock.click('Unlock');
      await unlock.waitForStatus(/Wrong passphrase/);
      await panelSays(unlock, 'Reverie is locked');
      expect(await options.evaluate<string>(RAW_DUMP)).toBe(sealedRows);

      await unlock.setInput('Passphrase', PASSPHRASE);
      await unlock.click('Unlock');
      await unlock.waitForStatus(/Unlocked/);
      const note = await again.panel();
      expect(await note.value('Session focus')).toBe(`${marker} spoke of the lighthouse dream`);
      expect(await note.value('Plan')).toBe(`${marker} plan typed just before the lock`);
      expect(await note.value('Client label')).toBe(label);

      // The drafts list and its search work while unlocked.
      await note.click('Drafts');
      await note.fill('Find drafts', label, 'searchbox');
      await panelSays(note, `${marker} spoke of the lighthouse dream`);
      await note.click('Drafts');

      if (suite.browser.stopServiceWorker) {
        // Chromium stops an idle service worker: the secret kept in session storage means no new prompt.
        await suite.browser.stopServiceWorker();
        await again.reload();
        expect(await (await again.openPanel()).value('Client label')).toBe(label);
      }

      // Auto-lock after the idle time chosen in the options page (its minimum, one minute,
      // which the e2e build counts as five seconds: keyring.ts).
      await options.fill('Lock after this many minutes without use', '1');
      await options.click('Save auto-lock');
      await optionsSay(options, /locks after 1 minute without use/);
      const idleFrom = Date.now();
      const idle = await again.panel();
      await panelSays(idle, 'Reverie is locked', 30_000);
      expect(Date.now() - idleFrom).toBeGreaterThan(4_500);

      // Turning it off needs the passphrase; afterwards the rows are readable again and the note is back.
      await options.fill('Passphrase to turn encryption off', 'not my passphrase at all');
      await options.click('Turn off encryption');
      await optionsSay(options, /Wrong passphrase\. Encryption is still on/);
      await options.fill('Passphrase to turn encryption off', PASSPHRASE);
      await options.click('Turn off encryption');
      await optionsSay(options, /Encryption is off/);
      const plain = await options.evaluate<string>(RAW_DUMP);
      expect(plain).toContain(marker);
      expect(plain).toContain(label);
      const back = await again.panel();
      expect(await back.value('Session focus')).toBe(`${marker} spoke of the lighthouse dream`);
      await again.close();
      await options.close();
    },
  );
});
