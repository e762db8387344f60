/**
 * Many fictional drafts, generated from their index alone, for the 100,000-drafts test and
 * the bench. Pure: the background (e2e build only) stores them; a test computes from the
 * same functions which label, site and day draft `i` has, without reading them back.
 */
import type { Draft } from './model';

/** Seeded drafts are this far apart in time, the newest `now - STEP_MS`. 100,000 span ≈ 1.3 years. */
const STEP_MS = 7 * 60 * 1000;
const SITES = 12;

export const seededLabel = (i: number) => `T${i}.`;
/** A fictional EHR host per draft (the drafts list shows and searches the host). */
export const seededSite = (i: number) => `clinic${i % SITES}.ehr.example`;
export const seededUpdatedAt = (i: number, now: number) => now - (i + 1) * STEP_MS;
export const seededDay = (i: number, now: number) =>
  new Date(seededUpdatedAt(i, now)).toISOString().slice(0, 10);
export const seededFocus = (i: number) =>
  `Seeded session ${i}: the move, the sister's visit, a locked house.`;

export function seededDraft(i: number, now: number): Draft {
  const updatedAt = seededUpdatedAt(i, now);
  return {
    id: `seed-${String(i).padStart(6, '0')}`,
    pageKey: `https://${seededSite(i)}/chart/notes?visit=${i}`,
    clientLabel: seededLabel(i),
    content: {
      templateId: 'psychodynamic-progress',
      sections: {
        sessionFocus: { text: seededFocus(i) },
        themes: { text: 'Loss and its anticipation; wish to be looked after; anger held back.' },
        plan: { text: 'Weekly sessions; review goals in four weeks.' },
      },
      includePrivate: [],
      frame: {},
    },
    // Most drafts of a real clinician were inserted long ago; a few are unfinished.
    status: i % 4 === 0 ? 'draft' : 'inserted',
    createdAt: updatedAt - 50 * 60 * 1000,
    updatedAt,
    revision: 3,
    insertions: i % 4 === 0 ? [] : [{ fieldKey: 'textarea#note', at: updatedAt }],
  };
}
