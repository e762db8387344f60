/**
 * "Fill fields" mappings: per site, which host field each part of the note goes to.
 * Stored by the background as plain data and validated whenever it is read or written,
 * so a damaged or foreign value can never steer an insert (same approach as
 * lib/drafts/export-format.ts).
 *
 * Stored shape, version 2: `{ version: 2, sites: FieldMaps }`. Version 1 (before fields
 * in cross-origin frames could be mapped) was the bare `FieldMaps` record, its targets
 * without `frame`; it is read as version 2 unchanged (every v1 target is in the top
 * page's tree). The envelope also keeps a v1 reader from following a v2 target into the
 * wrong document: to v1 code the envelope is not a valid map, so it reads none.
 */
import * as v from 'valibot';

export const FIELD_MAPS_VERSION = 2;

/**
 * The cross-origin frame a field is in, by its document's origin and path (frame ids
 * change with every load; the frame's address does not). Found again at fill time among
 * the tab's frames (lib/fill/frames.ts).
 */
const FrameRefSchema = v.object({
  origin: v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/?#\s]+$/)),
  path: v.pipe(v.string(), v.maxLength(1000), v.startsWith('/')),
});

const FieldTargetSchema = v.object({
  /** Steps to the field from the top document, or from `frame`'s document when set (lib/insert/selector.ts). */
  path: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(1000))),
    v.minLength(1),
    v.maxLength(12),
  ),
  /** The field's label when it was picked, for the panel and for "not found" messages. */
  label: v.pipe(v.string(), v.maxLength(300)),
  /** Set when the field is in a cross-origin frame; absent for the top page's tree. */
  frame: v.optional(FrameRefSchema),
});

const SiteFieldMapSchema = v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), FieldTargetSchema);

export const FieldMapsSchema = v.record(v.pipe(v.string(), v.minLength(1)), SiteFieldMapSchema);

const StoredFieldMapsSchema = v.object({
  version: v.literal(FIELD_MAPS_VERSION),
  sites: FieldMapsSchema,
});

export type FrameRef = v.InferOutput<typeof FrameRefSchema>;
export type FieldTarget = v.InferOutput<typeof FieldTargetSchema>;
/** Part key (e.g. "Plan") → the host field it goes to. */
export type SiteFieldMap = v.InferOutput<typeof SiteFieldMapSchema>;
/** Site → its map. */
export type FieldMaps = v.InferOutput<typeof FieldMapsSchema>;
export type StoredFieldMaps = v.InferOutput<typeof StoredFieldMapsSchema>;

export const isFieldTarget = (value: unknown): value is FieldTarget => v.is(FieldTargetSchema, value);

/**
 * Stored maps (version 2, or version 1 migrated), or none when what is stored is not
 * valid (never half of a damaged value).
 */
export function parseFieldMaps(raw: unknown): FieldMaps {
  const current = v.safeParse(StoredFieldMapsSchema, raw);
  if (current.success) return current.output.sites;
  const v1 = v.safeParse(FieldMapsSchema, raw);
  return v1.success ? v1.output : {};
}

/** What the background writes to storage. */
export const storedFieldMaps = (sites: FieldMaps): StoredFieldMaps => ({
  version: FIELD_MAPS_VERSION,
  sites,
});

/**
 * The site a page's mappings belong to: its origin. One EHR keeps its note form on one
 * origin; its paths change with every patient and visit.
 */
export function siteOf(pageKey: string): string {
  return new URL(pageKey).origin;
}

/** The maps with one part's target set (or removed, with null). */
export function withTarget(
  maps: FieldMaps,
  site: string,
  key: string,
  target: FieldTarget | null,
): FieldMaps {
  const { [key]: _old, ...rest } = maps[site] ?? {};
  const siteMap = target ? { ...rest, [key]: target } : rest;
  const { [site]: _site, ...others } = maps;
  return Object.keys(siteMap).length > 0 ? { ...others, [site]: siteMap } : others;
}
