/**
 * Test-only messages, answered by the e2e build alone (the router checks
 * `import.meta.env.MODE === 'e2e'`, so the store build contains none of this): store many
 * seeded drafts in one transaction, count the drafts. Used by tests/e2e/many-drafts.e2e.ts
 * and the bench through tests/e2e/harness/drafts-seed.ts; sent from the options page or
 * the panel (Firefox's driver cannot open the options page).
 */
import type { DraftsDatabase } from '@/lib/drafts/db';
import { seededDraft } from '@/lib/drafts/seed';

export type E2eMessage =
  | { type: 'e2e:seedDrafts'; from: number; count: number; now: number }
  | { type: 'e2e:countDrafts' }
  | { type: 'e2e:timing' };

/** When this background started (epoch ms) and its marks since (lib/open-marks.ts). */
export interface BackgroundTiming {
  timeOrigin: number;
  marks: [name: string, at: number][];
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;

export function isE2eMessage(raw: unknown): raw is E2eMessage {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  if (m.type === 'e2e:countDrafts' || m.type === 'e2e:timing') return true;
  return m.type === 'e2e:seedDrafts' && isCount(m.from) && isCount(m.count) && typeof m.now === 'number';
}

/** Seeding answers how many it stored; counting (a pass over the whole store) is asked for once, after. */
export async function handleE2eMessage(
  msg: E2eMessage,
  db: DraftsDatabase,
): Promise<number | BackgroundTiming> {
  if (msg.type === 'e2e:countDrafts') return db.drafts.count();
  if (msg.type === 'e2e:timing')
    return {
      timeOrigin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    };
  const drafts = Array.from({ length: msg.count }, (_, k) => seededDraft(msg.from + k, msg.now));
  // Through the codec, as every write goes: it adds the label look-up value (label-key.ts).
  await db.drafts.bulkAdd(await Promise.all(drafts.map((d) => db.codec.store(d))));
  return drafts.length;
}
