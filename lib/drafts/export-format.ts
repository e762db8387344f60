/**
 * The one file Reverie exports: every draft and the settings, versioned. Import validates
 * the whole file before touching anything, so a malformed or foreign file changes nothing
 * and says what is wrong.
 */
import * as v from 'valibot';
import { FieldMapsSchema, type FieldMaps } from '../fill/field-maps';
import type { RetentionRule } from './listing';
import type { Draft } from './model';

export const EXPORT_FORMAT = 'reverie-drafts';
export const EXPORT_VERSION = 1;

const SectionEntrySchema = v.object({
  text: v.optional(v.string()),
  chips: v.optional(v.array(v.string())),
  fields: v.optional(v.record(v.string(), v.union([v.string(), v.boolean()]))),
});

const DraftSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  pageKey: v.string(),
  clientLabel: v.string(),
  content: v.looseObject({
    templateId: v.string(),
    sections: v.record(v.string(), v.looseObject(SectionEntrySchema.entries)),
    includePrivate: v.array(v.string()),
  }),
  status: v.picklist(['draft', 'inserted']),
  createdAt: v.number(),
  updatedAt: v.number(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  insertions: v.array(v.object({ fieldKey: v.string(), at: v.number() })),
  deletedAt: v.optional(v.number()),
  framePages: v.optional(v.record(v.string(), v.string())),
});

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.string(),
  drafts: v.array(DraftSchema),
  settings: v.object({
    retention: v.object({ insertedDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))) }),
    /** "Fill fields" maps per site; absent in files from before they existed. */
    fieldMaps: v.optional(FieldMapsSchema),
  }),
});

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  drafts: Draft[];
  settings: { retention: RetentionRule; fieldMaps?: FieldMaps };
}

export function buildExport(
  drafts: Draft[],
  retention: RetentionRule,
  now: Date,
  fieldMaps: FieldMaps = {},
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    drafts,
    settings: { retention, fieldMaps },
  };
}

export type ParseResult = { ok: true; file: ExportFile } | { ok: false; message: string };

/** Parses an export file's text; every failure is a sentence a clinician can act on. */
export function parseExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not a Reverie export (it is not JSON). Nothing was imported.',
    };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This file is not a Reverie export. Nothing was imported.' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `This export comes from a newer Reverie (format ${version}). Update Reverie, then import it. Nothing was imported.`,
    };
  }
  const result = v.safeParse(ExportSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return {
      ok: false,
      message: `This Reverie export is damaged${where ? ` (at ${where})` : ''}. Nothing was imported.`,
    };
  }
  return { ok: true, file: result.output as ExportFile };
}
