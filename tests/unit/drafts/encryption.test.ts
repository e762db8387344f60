/**
 * Encryption at rest on a fake-indexeddb store: turning it on seals every draft (the raw
 * rows hold no note text, client label or page), everything keeps working while unlocked,
 * nothing reads while locked, a wrong passphrase changes nothing, a new passphrase
 * rewrites no draft, turning it off gives the drafts back as they were.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '@/lib/crypto/vault';
import { LockedError } from '@/lib/drafts/codec';
import { DraftsDatabase } from '@/lib/drafts/db';
import {
  changePassphrase,
  isEncryptionOn,
  lock,
  startLocked,
  turnOff,
  turnOn,
  unlock,
  useSecret,
} from '@/lib/drafts/encryption';
import { buildExport } from '@/lib/drafts/export-format';
import { importDrafts } from '@/lib/drafts/import';
import { listDrafts, moveToTrash, purgeExpired } from '@/lib/drafts/listing';
import type { Draft } from '@/lib/drafts/model';
import {
  findLatestDraft,
  findOpenDraft,
  getDraft,
  keepFramePages,
  markInserted,
  newDraft,
  saveDraft,
} from '@/lib/drafts/repository';

const PASS = 'a long enough passphrase';
const MARKER = 'ZEPHYR-LIGHTHOUSE-4711';
const LABEL = 'Q.V.-8842';
const PAGE = 'https://ehr.example.org/patients/48213/notes?encounter=77';
let db: DraftsDatabase;
let n = 0;

beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`encryption-${n}`);
});
afterEach(async () => {
  await db.delete();
});

function draft(id: string, patch: Partial<Draft> = {}): Draft {
  const d = { ...newDraft(PAGE, LABEL, 'psychodynamic-progress', 1000, id), ...patch };
  d.content.sections.sessionFocus = { text: `${MARKER} spoke of the dream 😔 שלום`, chips: ['splitting'] };
  return d;
}

/** Every row of every table, as the raw database holds it. */
async function rawDump(): Promise<string> {
  const tables = await Promise.all(db.tables.map((t) => t.toArray()));
  return JSON.stringify(tables);
}

const sorted = (drafts: Draft[]) => drafts.toSorted((a, b) => a.id.localeCompare(b.id));

// 600,000 PBKDF2 iterations per passphrase check, on a machine shared with other work.
describe('encryption at rest', { timeout: 60_000 }, () => {
  it('seals existing drafts: no note text, client label or page left in the raw database', async () => {
    await saveDraft(db, draft('a'), 2000);
    await saveDraft(db, draft('b', { status: 'inserted' }), 3000);
    await markInserted(db, 'b', `${PAGE} #note`, 3500);
    const before = sorted(await Promise.all((await db.drafts.toArray()).map((r) => db.codec.open(r))));
    expect(await rawDump()).toContain(MARKER);

    await turnOn(db, PASS);
    expect(await isEncryptionOn(db)).toBe(true);
    const raw = await rawDump();
    for (const secret of [MARKER, LABEL, 'ehr.example.org', '48213', 'splitting', 'שלום', '#note'])
      expect(raw).not.toContain(secret);
    // The clear metadata stays, so the trash and retention still work.
    expect(await db.drafts.get('a')).toMatchObject({
      id: 'a',
      status: 'draft',
      revision: 1,
      updatedAt: 2000,
    });

    // Unlocked, everything reads as before.
    expect(sorted(await Promise.all((await db.drafts.toArray()).map((r) => db.codec.open(r))))).toEqual(
      before,
    );
  });

  it('while unlocked: save, find by page, list and search, last time by label, import — all sealed', async () => {
    await turnOn(db, PASS);
    const first = draft('a');
    expect(await saveDraft(db, first, 2000)).toEqual({ ok: true, revision: 1 });
    expect(await saveDraft(db, { ...first, revision: 1, clientLabel: `${LABEL} ` }, 2100)).toEqual({
      ok: true,
      revision: 2,
    });
    expect(await saveDraft(db, first, 2200)).toMatchObject({ ok: false, current: { revision: 2 } });
    expect((await findOpenDraft(db, PAGE))?.content.sections.sessionFocus?.text).toContain(MARKER);
    expect((await listDrafts(db, { query: LABEL.toLowerCase(), trash: false, limit: 10 }))[0]).toMatchObject({
      id: 'a',
      pageKey: PAGE,
      glimpse: expect.stringContaining(MARKER),
    });
    expect(await listDrafts(db, { query: 'ehr.example.org', trash: false, limit: 10 })).toHaveLength(1);
    await importDrafts(db, buildExport([draft('imported')], { insertedDays: null }, new Date()));
    await markInserted(db, 'a', 'field', 3000);
    // The chart a frame showed names the client, like the page: sealed too.
    await keepFramePages(db, 'a', { '0': `https://ehr.example.org/chart?${MARKER}` });
    expect(await getDraft(db, 'a')).toMatchObject({
      status: 'inserted',
      insertions: [{ fieldKey: 'field' }],
      framePages: { '0': `https://ehr.example.org/chart?${MARKER}` },
    });
    expect((await findLatestDraft(db, PAGE))?.id).toBe('imported');
    // The label index holds blind values: the same client is found with or without spaces.
    const labelled = await db.drafts
      .where('clientLabel')
      .anyOf(await db.codec.indexValues('label', LABEL))
      .count();
    expect(labelled).toBe(2);
    expect(await rawDump()).not.toContain(MARKER);
  });

  it('locked: nothing reads or writes; trash and retention still work; unlock brings it back', async () => {
    await turnOn(db, PASS);
    await saveDraft(db, draft('a'), 2000);
    await lock(db);
    await expect(findOpenDraft(db, PAGE)).rejects.toBeInstanceOf(LockedError);
    await expect(saveDraft(db, { ...draft('a'), revision: 1 }, 2100)).rejects.toBeInstanceOf(LockedError);
    await expect(listDrafts(db, { query: '', trash: false, limit: 10 })).rejects.toBeInstanceOf(LockedError);
    await moveToTrash(db, 'a', 3000);
    expect(await purgeExpired(db, { insertedDays: 1 }, 3000 + 8 * 86_400_000)).toBe(1);

    await saveDraft(db, draft('b'), 2000).catch(() => {});
    expect(await db.drafts.count()).toBe(0);
  });

  it('a wrong passphrase is detected and changes nothing', async () => {
    await saveDraft(db, draft('a'), 2000);
    await turnOn(db, PASS);
    await lock(db);
    const before = await rawDump();
    await expect(unlock(db, 'not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(turnOff(db, 'not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(changePassphrase(db, 'not the passphrase', 'another long one')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(await rawDump()).toBe(before);
    expect(db.codec.mode).toBe('locked');
    await unlock(db, PASS);
    expect((await getDraft(db, 'a'))?.content.sections.sessionFocus?.text).toContain(MARKER);
  });

  it('a new passphrase re-wraps the vault and rewrites no draft', async () => {
    await turnOn(db, PASS);
    await saveDraft(db, draft('a'), 2000);
    const rows = await db.drafts.toArray();
    const vault = await db.vault.get('vault');
    await changePassphrase(db, PASS, 'the next long passphrase');
    expect(await db.drafts.toArray()).toEqual(rows);
    expect((await db.vault.get('vault'))?.wrapped).not.toEqual(vault?.wrapped);
    await lock(db);
    await expect(unlock(db, PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock(db, 'the next long passphrase');
    expect((await getDraft(db, 'a'))?.clientLabel).toBe(LABEL);
  });

  it('turning it off writes every draft back as it was and forgets the vault', async () => {
    await saveDraft(db, draft('a'), 2000);
    const before = sorted(await db.drafts.toArray());
    await turnOn(db, PASS);
    await lock(db);
    await turnOff(db, PASS);
    expect(await isEncryptionOn(db)).toBe(false);
    expect(db.codec.mode).toBe('plain');
    expect(sorted(await db.drafts.toArray())).toEqual(before);
    expect(await rawDump()).toContain(MARKER);
  });

  it('a restarted background starts locked and opens with the kept secret; leftovers get sealed', async () => {
    const secret = await turnOn(db, PASS);
    await saveDraft(db, draft('a'), 2000);
    // A crash mid-conversion leaves a plain row behind.
    await db.drafts.put(draft('left-behind'));
    db.close();
    db = new DraftsDatabase(db.name);
    expect(await startLocked(db)).toBe(true);
    await expect(getDraft(db, 'a')).rejects.toBeInstanceOf(LockedError);
    await useSecret(db, secret);
    expect((await getDraft(db, 'a'))?.clientLabel).toBe(LABEL);
    expect((await getDraft(db, 'left-behind'))?.clientLabel).toBe(LABEL);
    await unlock(db, PASS);
    expect(await rawDump()).not.toContain(MARKER);
  });

  it('a sealed row moved into another record does not open', async () => {
    await turnOn(db, PASS);
    await saveDraft(db, draft('a'), 2000);
    const row = (await db.drafts.get('a'))!;
    await db.drafts.put({ ...row, id: 'b' });
    await expect(getDraft(db, 'b')).rejects.toThrow(/does not open/);
  });
});
