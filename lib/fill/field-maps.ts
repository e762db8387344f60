/**
 * "Fill fields" mappings: per site, which host field each part of the note goes to.
 * Stored by the background as plain data and validated whenever it is read or written,
 * so a damaged or foreign value can never steer an insert (same approach as
 * lib/drafts/export-format.ts).
 */
import * as v from 'valibot';

const FieldTargetSchema = v.object({
  /** Steps from the top document to the field (lib/insert/selector.ts). */
  path: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(1000))),
    v.minLength(1),
    v.maxLength(12),
  ),
  /** The field's label when it was picked, for the panel and for "not found" messages. */
  label: v.pipe(v.string(), v.maxLength(300)),
});

const SiteFieldMapSchema = v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), FieldTargetSchema);

export const FieldMapsSchema = v.record(v.pipe(v.string(), v.minLength(1)), SiteFieldMapSchema);

export type FieldTarget = v.InferOutput<typeof FieldTargetSchema>;
/** Part key (e.g. "Plan") → the host field it goes to. */
export type SiteFieldMap = v.InferOutput<typeof SiteFieldMapSchema>;
/** Site → its map. */
export type FieldMaps = v.InferOutput<typeof FieldMapsSchema>;

export const isFieldTarget = (value: unknown): value is FieldTarget => v.is(FieldTargetSchema, value);

/** Stored maps, or none when what is stored is not valid (never half of a damaged value). */
export function parseFieldMaps(raw: unknown): FieldMaps {
  const parsed = v.safeParse(FieldMapsSchema, raw);
  return parsed.success ? parsed.output : {};
}

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
