/**
 * Every version of the drafts database schema, oldest first. The database class applies
 * them all; the migration test opens a database left at each older version (one fixture
 * per version under tests/unit/drafts/fixtures/) and checks nothing is lost.
 */
import type { Transaction } from 'dexie';
import { plainLabelKey } from './label-key';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Data changes on the way up to this version, if any. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  // v1: the page key + status index finds "the unfinished draft of this page" fast.
  { version: 1, stores: { drafts: 'id, [pageKey+status], updatedAt, clientLabel' } },
  // v2: the trash. Drafts without deletedAt are simply not in the index: nothing to migrate.
  { version: 2, stores: { drafts: 'id, [pageKey+status], updatedAt, clientLabel, deletedAt' } },
  // v3: optional encryption at rest. The vault table holds the wrapped secret while it is on;
  // drafts may then be sealed rows (sealing.ts) with blind values in the page and label
  // indexes. Existing drafts stay as they are until encryption is turned on.
  {
    version: 3,
    stores: { drafts: 'id, [pageKey+status], updatedAt, clientLabel, deletedAt', vault: 'id' },
  },
  // v4: "Find drafts" looks client labels up in an index, case-insensitively (label-key.ts):
  // the lowercased label on plain rows (prefix search), a keyed hash of it on sealed rows
  // (exact match only). Plain rows get theirs here; sealed rows cannot without the key and
  // get theirs on the next unlock (encryption.ts), found until then by the scan alone.
  {
    version: 4,
    stores: {
      drafts: 'id, [pageKey+status], updatedAt, clientLabel, deletedAt, labelKey',
      vault: 'id',
    },
    upgrade: async (tx) => {
      await tx
        .table('drafts')
        .toCollection()
        .modify((row: { clientLabel: string; labelKey?: string; sealed?: unknown }) => {
          if (row.sealed === undefined) row.labelKey = plainLabelKey(row.clientLabel);
        });
    },
  },
];
