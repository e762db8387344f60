/** Bringing an export back: all or nothing, and never overwriting a draft that is here. */
import type { DraftsDatabase } from './db';
import type { ExportFile } from './export-format';

export interface ImportSummary {
  added: number;
  /** Already here under the same id: the copy on this machine is kept. */
  kept: number;
}

export async function importDrafts(db: DraftsDatabase, file: ExportFile): Promise<ImportSummary> {
  return db.exclusive(async () => {
    // Sealed first (with encryption on): the transaction below must not wait for WebCrypto.
    const rows = await Promise.all(file.drafts.map((d) => db.codec.store(d)));
    return db.transaction('rw', db.drafts, async () => {
      const ids = rows.map((d) => d.id);
      const present = new Set(
        (await db.drafts.bulkGet(ids)).filter((d) => d !== undefined).map((d) => d!.id),
      );
      const fresh = rows.filter((d) => !present.has(d.id));
      await db.drafts.bulkAdd(fresh);
      return { added: fresh.length, kept: rows.length - fresh.length };
    });
  });
}
