/**
 * Marks `reverie:usable` when the sections can be typed in: once the draft is first on
 * screen, and again after each time the hidden panel is shown (at its next frame).
 * bench/measures/panel-open.ts reads the latest mark.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { PANEL_MARKS } from '@/lib/open-marks';
import { onPanelShown } from './shown';

export const USABLE_MARK = 'reverie:usable';

export function useUsableMark(usable: boolean): void {
  useEffect(() => {
    if (!usable) return;
    performance.mark(USABLE_MARK);
    return onPanelShown(() => requestAnimationFrame(() => performance.mark(USABLE_MARK)));
  }, [usable]);
}

/**
 * Marks React's first commit of the panel (bench/measures/panel-open.ts, phase breakdown),
 * saying whether it drew the draft (tests/e2e/panel-first-frame.e2e.ts).
 */
export function useFirstCommitMark(withDraft: boolean): void {
  const [drewDraft] = useState(withDraft);
  useLayoutEffect(
    () => void performance.mark(PANEL_MARKS.firstCommit, { detail: { drewDraft } }),
    [drewDraft],
  );
}

/** Marks the commit that drew the sections below the fold (the phase breakdown's last). */
export function useAllSectionsMark(drawn: boolean): void {
  useEffect(() => {
    if (drawn) performance.mark(PANEL_MARKS.allSections);
  }, [drawn]);
}
