/** What the background does for the options page: export, import, delete everything, templates. */
import type { DraftsDatabase } from '@/lib/drafts/db';
import { buildExport, parseExport } from '@/lib/drafts/export-format';
import { importDrafts } from '@/lib/drafts/import';
import type { RetentionRule } from '@/lib/drafts/listing';
import { parseFieldMaps } from '@/lib/fill/field-maps';
import type { OptionsMessage } from '@/lib/messages';
import { storedCopies } from '@/lib/note/template-edit';
import { readTemplatesData, TEMPLATES_FORMAT, TEMPLATES_VERSION } from '@/lib/note/template-store';
import type { TemplateSettings } from './template-settings';
import type { FieldMapStore } from './fill-handlers';

export interface OptionsWorld {
  db: DraftsDatabase;
  now: () => Date;
  retention: { get: () => Promise<RetentionRule>; set: (rule: RetentionRule) => Promise<void> };
  templates: TemplateSettings;
  fieldMaps: FieldMapStore;
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
        parseFieldMaps(await world.fieldMaps.get()),
      );
    case 'options:importAll': {
      const parsed = parseExport(msg.text);
      if (!parsed.ok) return parsed;
      const summary = await importDrafts(world.db, parsed.file);
      await world.retention.set(parsed.file.settings.retention);
      // Imported sites' maps replace this browser's for those sites; other sites keep theirs.
      const imported = parsed.file.settings.fieldMaps ?? {};
      await world.fieldMaps.set({ ...parseFieldMaps(await world.fieldMaps.get()), ...imported });
      return { ok: true, ...summary };
    }
    case 'options:wipeAll': {
      const deleted = await world.db.drafts.count();
      await world.db.drafts.clear();
      return { deleted };
    }
    case 'options:getTemplates':
      return world.templates.get();
    case 'options:saveTemplates': {
      // The page checked them already; this is the boundary, so every field is read again.
      const read = readTemplatesData({
        format: TEMPLATES_FORMAT,
        version: TEMPLATES_VERSION,
        templates: msg.templates,
      });
      if (!read.ok) return { ok: false, message: `Templates not saved: ${read.error}` };
      await world.templates.set(storedCopies(read.templates));
      return { ok: true };
    }
    case 'options:encryption':
      return undefined; // The router hands these to the keyring (encryption-handlers.ts).
  }
}
