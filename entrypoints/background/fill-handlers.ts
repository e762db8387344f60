/**
 * What the background does for "Fill fields": keeps each site's map (validated on every
 * read and write), runs the picker, and fills every mapped field through the insertion
 * engine, one verified insert per field, reporting each part's outcome.
 */
import { markInserted } from '@/lib/drafts/repository';
import { isFieldTarget, parseFieldMaps, siteOf, withTarget, type FieldMaps } from '@/lib/fill/field-maps';
import type { FillResult } from '@/lib/fill/report';
import type { PanelMessage, PanelMessages } from '@/lib/messages';
import { notedPageOf, type DraftFramePages } from '@/lib/frame-pages';
import { frameMoveOf } from '@/lib/page-move';
import { noteWentTo } from './insert-handler';
import type { PanelWorld } from './panel-handlers';

export type FillMessage = Extract<
  PanelMessage,
  {
    type:
      | 'panel:fieldMap'
      | 'panel:pickField'
      | 'panel:pickStep'
      | 'panel:pickChoose'
      | 'panel:pickCancel'
      | 'panel:forgetField'
      | 'panel:fillFields';
  }
>;

/** Where the maps live; any stored value is validated before use. */
export interface FieldMapStore {
  get(): Promise<unknown>;
  set(maps: FieldMaps): Promise<void>;
}

const load = async (world: PanelWorld) => parseFieldMaps(await world.fieldMaps.get());

const PICK_UNUSABLE = 'That field cannot be found again on a later visit — pick another';
const PICK_FAILED = 'The page could not be reached for picking — reload it and try again';

export async function handleFillMessage(msg: FillMessage, world: PanelWorld): Promise<unknown> {
  switch (msg.type) {
    case 'panel:fieldMap':
      return (await load(world))[siteOf(msg.pageKey)] ?? {};
    case 'panel:pickField': {
      const picked = await world.fields.pick().catch(() => undefined);
      if (picked === undefined) return { picked: null, reason: PICK_FAILED };
      if (!picked) return { picked: null, reason: 'Picking cancelled' };
      // Validated before it is stored: one bad target would make the whole stored map unreadable.
      if (!isFieldTarget(picked)) return { picked: null, reason: PICK_UNUSABLE };
      const maps = withTarget(await load(world), siteOf(msg.pageKey), msg.key, picked);
      await world.fieldMaps.set(maps);
      return { picked };
    }
    case 'panel:pickStep':
      return world.fields.step(msg.step).catch(() => null);
    case 'panel:pickChoose':
      return world.fields.choose().catch(() => false);
    case 'panel:pickCancel':
      await world.fields.cancel().catch(() => {});
      return undefined;
    case 'panel:forgetField':
      await world.fieldMaps.set(withTarget(await load(world), siteOf(msg.pageKey), msg.key, null));
      return undefined;
    case 'panel:fillFields':
      return fillAll(msg, world);
  }
}

async function fillAll(
  msg: Extract<FillMessage, { type: 'panel:fillFields' }>,
  world: PanelWorld,
): Promise<PanelMessages['panel:fillFields']['response']> {
  const map = (await load(world))[siteOf(msg.pageKey)] ?? {};
  const mapped = msg.parts.flatMap((part) => (map[part.key] ? [{ part, target: map[part.key]! }] : []));
  // Where each field is now, before any is filled: a framed EHR may have loaded another
  // client's chart into a field's frame since the note was written, and the clinician is
  // asked before anything goes in, not after half the note went to that chart.
  const pages = await world.fields.pagesOf(mapped.map((m) => m.target)).catch(() => []);
  if (!msg.pageMovedOk) {
    const writtenOn = await world.framePages.ofDraft(msg.draftId).catch((): DraftFramePages => ({}));
    for (const page of pages) {
      const move = page && frameMoveOf(notedPageOf(writtenOn, page), page.href);
      if (move) return { outcome: 'pageMoved', ...move };
    }
  }
  const results: FillResult[] = [];
  // One at a time: each insert is read back before the next field is touched.
  for (const part of msg.parts) {
    const index = mapped.findIndex((m) => m.part === part);
    const target = mapped[index]?.target;
    if (!target) {
      results.push({ key: part.key, label: '', outcome: 'unmapped' });
      continue;
    }
    const outcome = await world.fields
      .fill(target, part.note)
      .catch(() => ({ outcome: 'failed' as const, reason: 'the page could not be reached' }));
    results.push({ key: part.key, label: target.label, ...outcome });
    if (outcome.outcome !== 'inserted') continue;
    await markInserted(world.db, msg.draftId, outcome.fieldKey, world.now());
    // The frame's page is now the draft's page there (confirmed, if it had moved).
    const page = pages[index];
    if (page) await noteWentTo(msg.draftId, world, [page]).catch(() => {});
  }
  return { outcome: 'filled', results };
}
