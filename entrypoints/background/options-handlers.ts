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
      return buildExport(await world.db.drafts.toArray(), await world.retention.get(), world.now());
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
  }
}
