/**
 * One loop over every schema version: a database left at that version, holding that
 * version's fixture, opens with the current schema with every draft intact and findable.
 */
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DraftsDatabase } from '@/lib/drafts/db';
import { plainLabelKey } from '@/lib/drafts/label-key';
import { listDrafts } from '@/lib/drafts/listing';
import type { Draft } from '@/lib/drafts/model';
import { findLatestDraft } from '@/lib/drafts/repository';
import { SCHEMA_VERSIONS } from '@/lib/drafts/schema';

const fixture = (version: number): Draft[] =>
  JSON.parse(readFileSync(`tests/unit/drafts/fixtures/v${version}.json`, 'utf8')).drafts;

describe('drafts schema migrations', () => {
  it('has a fixture for every version', () => {
    for (const { version } of SCHEMA_VERSIONS) expect(fixture(version).length).toBeGreaterThan(0);
  });

  it.each(SCHEMA_VERSIONS.map((s) => s.version))(
    'opens a database left at v%i with nothing lost',
    async (version) => {
      const name = `migrate-from-v${version}`;
      const old = new Dexie(name);
      for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version))
        old.version(step.version).stores(step.stores);
      const rows = fixture(version);
      await old.table('drafts').bulkPut(rows);
      old.close();

      const db = new DraftsDatabase(name);
      expect(await db.drafts.toArray()).toEqual(
        expect.arrayContaining(rows.map((r) => expect.objectContaining(r))),
      );
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      const live = rows.filter((r) => !r.deletedAt);
      const listed = await listDrafts(db, { query: '', trash: false, limit: 100 });
      expect(listed.map((d) => d.id).toSorted()).toEqual(live.map((r) => r.id).toSorted());
      expect(await findLatestDraft(db, rows[0]!.pageKey)).not.toBeNull();
      // Every plain row is in the label look-up index (schema v4), lowercased.
      for (const row of rows)
        expect(
          await db.drafts.where('labelKey').equals(plainLabelKey(row.clientLabel)).primaryKeys(),
        ).toContain(row.id);
      await db.delete();
    },
  );
});
