/**
 * Export and import carry the "Fill fields" maps: imported sites replace, other sites stay.
 * A refused file changes nothing at all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleOptionsMessage, type OptionsWorld } from '@/entrypoints/background/options-handlers';
import { DraftsDatabase } from '@/lib/drafts/db';
import type { ExportFile } from '@/lib/drafts/export-format';
import { newDraft } from '@/lib/drafts/repository';
import { memoryStore } from './memory-store';

const A = 'https://a.example.org';
const B = 'https://b.example.org';
const target = (label: string) => ({ path: [`@label ${label}`], label });

let db: DraftsDatabase;
let world: OptionsWorld;
let fieldMaps: ReturnType<typeof memoryStore<unknown>>;
let n = 0;

beforeEach(() => {
  n += 1;
  db = new DraftsDatabase(`options-${n}`);
  fieldMaps = memoryStore<unknown>({ [A]: { Plan: target('Plan') } });
  world = {
    db,
    now: () => new Date('2026-11-25T12:00:00Z'),
    retention: { get: async () => ({ insertedDays: null }), set: async () => {} },
    templates: { get: async () => [], set: async () => {} },
    fieldMaps,
  };
});
afterEach(async () => {
  await db.delete();
});

describe('options handlers and field maps', () => {
  it('exports the maps and imports them site by site', async () => {
    const file = (await handleOptionsMessage({ type: 'options:exportAll' }, world)) as ExportFile;
    expect(file.settings.fieldMaps).toEqual({ [A]: { Plan: target('Plan') } });

    fieldMaps.value = { [A]: { Plan: target('Old plan') }, [B]: { Subjective: target('Notes') } };
    const answer = await handleOptionsMessage(
      { type: 'options:importAll', text: JSON.stringify(file) },
      world,
    );
    expect(answer).toMatchObject({ ok: true });
    expect(fieldMaps.value).toEqual({ [A]: { Plan: target('Plan') }, [B]: { Subjective: target('Notes') } });
  });

  it.each([
    ['foreign', () => '{"notes": []}'],
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['newer', (text: string) => JSON.stringify({ ...JSON.parse(text), version: 2 })],
  ])('a %s file is refused and changes no draft, retention or map', async (_name, spoil) => {
    let retentionSet = false;
    world.retention.set = async () => {
      retentionSet = true;
    };
    const here = newDraft('https://ehr.example.org/n', 'M.K.', 'psychodynamic-progress', 1, 'here');
    await db.drafts.put(here);
    const file = (await handleOptionsMessage({ type: 'options:exportAll' }, world)) as ExportFile;
    const other = { ...file, settings: { retention: { insertedDays: 3 }, fieldMaps: { [B]: {} } } };
    other.drafts = [{ ...here, id: 'from-file' }];
    const before = structuredClone(fieldMaps.value);

    const answer = await handleOptionsMessage(
      { type: 'options:importAll', text: spoil(JSON.stringify(other)) },
      world,
    );
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was imported\.$/) });
    expect(await db.drafts.toArray()).toEqual([here]);
    expect(retentionSet).toBe(false);
    expect(fieldMaps.value).toEqual(before);
  });
});
