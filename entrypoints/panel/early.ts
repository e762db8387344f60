/**
 * The panel's first two questions to the background (its draft, the templates), asked by
 * panel.html's head script (entrypoints/panel-early.ts) before this module even loads, or
 * else as soon as it runs: either way not after React's first render and commit. Each is
 * taken once; later asks go direct.
 */
import type { Draft, PanelResponse } from '@/lib/messages';
import type { Template } from '@/lib/note/model';
import { ARRIVAL_WAIT_MS, settledBy, takeEarlyAsked } from '@/lib/panel-early';
import { answerTo, callBackground } from './api';

interface Early {
  draft?: Promise<PanelResponse<'panel:loadDraft'>>;
  templates?: Promise<PanelResponse<'panel:getTemplates'>>;
}

const early: Early = {};

export function askEarly(pageKey: string): void {
  const asked = takeEarlyAsked(window);
  const draft = asked
    ? answerTo<'panel:loadDraft'>(asked.draft)
    : callBackground('panel:loadDraft', { pageKey });
  const templates = asked
    ? answerTo<'panel:getTemplates'>(asked.templates)
    : callBackground('panel:getTemplates', {});
  // Taken or not, a rejection here is handled where it is taken.
  draft.catch(() => {});
  templates.catch(() => {});
  Object.assign(early, { draft, templates });
}

/** The early answer for `key`, once; undefined when it was never asked or already taken. */
export function takeEarly<K extends keyof Early>(key: K): Early[K] {
  const answer = early[key];
  delete early[key];
  return answer;
}

/** The panel's first frame, when it can show the draft at once. */
export interface Arrived {
  draft: Draft;
  templates: Template[];
}

/**
 * Both early answers, taken, if they come within `waitMs`: the first frame then shows the
 * draft, not "Opening your draft…" with the draft a frame later (10–40 ms measured). Null
 * otherwise, and both stay for the panel's hooks to take when they come.
 */
export async function earlyArrived(waitMs = ARRIVAL_WAIT_MS): Promise<Arrived | null> {
  const { draft, templates } = early;
  if (!draft || !templates) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  const both = await settledBy(Promise.all([draft, templates]), deadline);
  clearTimeout(timer);
  if (!both || early.draft !== draft || early.templates !== templates) return null;
  delete early.draft;
  delete early.templates;
  return { draft: both[0], templates: both[1] };
}
