/**
 * The panel's first two questions to the background (its draft, the templates), asked as
 * soon as the page's script runs instead of after React's first render and commit: the
 * answers are on their way while React starts. Each is taken once; later asks go direct.
 */
import type { PanelResponse } from '@/lib/messages';
import { callBackground } from './api';

interface Early {
  draft?: Promise<PanelResponse<'panel:loadDraft'>>;
  templates?: Promise<PanelResponse<'panel:getTemplates'>>;
}

const early: Early = {};

export function askEarly(pageKey: string): void {
  early.draft = callBackground('panel:loadDraft', { pageKey });
  early.templates = callBackground('panel:getTemplates', {});
  // Taken or not, a rejection here is handled where it is taken.
  early.draft.catch(() => {});
  early.templates.catch(() => {});
}

/** The early answer for `key`, once; undefined when it was never asked or already taken. */
export function takeEarly<K extends keyof Early>(key: K): Early[K] {
  const answer = early[key];
  delete early[key];
  return answer;
}
