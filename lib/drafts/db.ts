/**
 * The drafts database. Opened by the background only: a content script's IndexedDB
 * belongs to the EHR's origin, and an extension iframe in a page is denied storage.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Draft } from './model';
import { SCHEMA_VERSIONS } from './schema';

export class DraftsDatabase extends Dexie {
  drafts!: EntityTable<Draft, 'id'>;

  constructor(name = 'reverie') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
