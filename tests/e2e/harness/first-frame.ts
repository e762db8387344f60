/**
 * What the panel's first commit drew, and whether its early answers came in time for it
 * (entrypoints/panel/early.ts): read in the panel page from its marks (lib/open-marks.ts).
 */
import { PANEL_MARKS } from '../../../lib/open-marks';
import { ARRIVAL_WAIT_MS } from '../../../lib/panel-early';

export interface FirstFrame {
  /**
   * Both early answers came in time: before the panel's module ran, or within the wait after
   * (less a margin: the wait's timer starts a moment after the module's mark).
   */
  inTime: boolean;
  drewDraft: boolean | undefined;
}

/** In the panel page: its marks (lib/open-marks.ts) as of its first commit. */
export const FIRST_FRAME = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0];
  const module = at(${JSON.stringify(PANEL_MARKS.module)});
  const answered = [${JSON.stringify(PANEL_MARKS.draftAnswered)}, ${JSON.stringify(PANEL_MARKS.templatesAnswered)}].map(at);
  return {
    inTime: answered.every((mark) => mark && module && mark.startTime < module.startTime + ${ARRIVAL_WAIT_MS - 10}),
    drewDraft: at(${JSON.stringify(PANEL_MARKS.firstCommit)})?.detail?.drewDraft,
  };
})()`;
