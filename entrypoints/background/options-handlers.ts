/** What the background does for the options page: export, import, delete everything. */
import type { DraftsDatabase } from '@/lib/drafts/db';
import { buildExport, parseExport } from '@/lib/drafts/export-format';
import { importDrafts } from '@/lib/drafts/import';
import type { RetentionRule } from '@/lib/drafts/listing';
import type { OptionsMessage } from '@/lib/messages';

export interface OptionsWorld {
  db: DraftsDatabase;
  now: () => Date;
  retention: { get: () => Promise<RetentionRule>; set: (rule: RetentionRule) => Promise<void> };
}

export async function handleOptionsMessage(msg: OptionsMessage, world: OptionsWorld): Promise<unknown> {
  switch (msg.type) {
    case 'options:exportAll':
      // With encryption on this needs the store unlocked and writes readable drafts: the file
      // is a backup or a move to another browser, which must be able to read it (the
      // options page says the file is not encrypted). Locked, the codec refuses.
      return buildExport(
        await Promise.all((await world.db.drafts.toArray()).map((row) => world.db.codec.open(row))),
        await world.retention.get(),
        world.now(),
      );
    case 'options:importAll': {
      const parsed = parseExport(msg.text);
      if (!parsed.ok) return parsed;
      const summary = await importDrafts(world.db, parsed.file);
      await world.retention.set(parsed.file.settings.retention);
      return { ok: true, ...summary };
    }
    case 'options:wipeAll': {
      const deleted = await world.db.drafts.count();
      await world.db.drafts.clear();
      return { deleted };
    }
    case 'options:encryption':
      return undefined; // The router hands these to the keyring (encryption-handlers.ts).
  }
}
