/**
 * The drafts database. Opened by the background only: a content script's IndexedDB
 * belongs to the EHR's origin, and an extension iframe in a page is denied storage.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { VaultRecord } from '../crypto/vault';
import { PLAIN_CODEC, type DraftCodec } from './codec';
import type { Draft } from './model';
import { SCHEMA_VERSIONS } from './schema';

export class DraftsDatabase extends Dexie {
  /** With encryption on, rows are SealedDraft (sealing.ts): read and write them through `codec`. */
  drafts!: EntityTable<Draft, 'id'>;
  /** At most one row, present while encryption is on (lib/crypto/vault.ts). */
  vault!: EntityTable<VaultRecord, 'id'>;
  /** How drafts are stored right now (codec.ts); the background switches it on lock and unlock. */
  codec: DraftCodec = PLAIN_CODEC;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(name = 'reverie') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  /**
   * Runs draft writes one at a time. Encrypting cannot happen inside an IndexedDB
   * transaction (it would commit while WebCrypto works), so a read → encrypt → write is
   * kept whole by this queue instead; only the background writes, so one queue is enough.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
