/**
 * The panel's first two questions to the background (its draft, the templates), asked by
 * panel.html's head script (entrypoints/panel-early.ts) before this module even loads, or
 * else as soon as it runs: either way not after React's first render and commit. Each is
 * taken once; later asks go direct.
 */
import type { PanelResponse } from '@/lib/messages';
import { takeEarlyAsked } from '@/lib/panel-early';
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
