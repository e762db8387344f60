/**
 * The drafts database. Opened by the background only: a content script's IndexedDB
 * belongs to the EHR's origin, and an extension iframe in a page is denied storage.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Draft } from './model';

export class DraftsDatabase extends Dexie {
  drafts!: EntityTable<Draft, 'id'>;

  constructor(name = 'reverie') {
    super(name);
    // v1: the page key + status index finds "the unfinished draft of this page" fast.
    this.version(1).stores({
      drafts: 'id, [pageKey+status], updatedAt, clientLabel',
    });
    // v2: the trash. Drafts without deletedAt are simply not in the index: no data to migrate.
    this.version(2).stores({
      drafts: 'id, [pageKey+status], updatedAt, clientLabel, deletedAt',
    });
  }
}
