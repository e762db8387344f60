/**
 * The panel's draft: loaded from the background, every change saved through it (debounced),
 * flushed when the panel is hidden or the page goes away. A failed save keeps the text in
 * the panel and is retried. Saves carry the revision they were based on: a save that lost
 * a race with another tab is kept as a separate draft, never dropped, never overwriting.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Draft } from '@/lib/messages';
import { DraftSaver, FAILURE_TEXTS, SAVED_AGAIN, type SaveState } from '@/lib/draft-saver';
import { callBackground, extensionAlive, listenToBackground } from './api';
import { takeEarly } from './early';

export type { SaveState } from '@/lib/draft-saver';

/** How often an idle panel checks that its extension is still there. */
const ORPHAN_CHECK_MS = 1000;
const REOPEN = 'press Alt+Shift+N to reopen your note';
export const ORPHANED_SAVED = `Reverie was updated or reloaded — ${REOPEN}; your draft is saved.`;
export const ORPHANED_UNSAVED = `Reverie was updated or reloaded before your last words were saved — copy them from this panel, then ${REOPEN}.`;

export function useDraft(pageKey: string, setStatus: Dispatch<SetStateAction<string>>) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          state: setSaveState,
          shown: setDraft,
          notice: setStatus,
          // Clears only its own message: a newer one ("Inserted", …) stays.
          problem: (message) =>
            setStatus((shown) => message ?? (FAILURE_TEXTS.includes(shown) ? SAVED_AGAIN : shown)),
        },
        (unsaved) => callBackground('panel:saveDraft', { draft: unsaved }),
      ),
  );
  const [orphaned, setOrphaned] = useState(false);
  /** The extension went away under this panel: say so, and take no more typing that cannot be kept. */
  const [orphan] = useState(() => () => {
    if (saver.stopped) return;
    setStatus(saver.stop() ? ORPHANED_UNSAVED : ORPHANED_SAVED);
    setOrphaned(true);
  });

  useEffect(() => {
    let cancelled = false;
    (takeEarly('draft') ?? callBackground('panel:loadDraft', { pageKey }))
      .then((loaded) => {
        if (!cancelled) saver.adopt(loaded);
      })
      .catch(() => setLoadError('Reverie could not open its drafts. Close the panel and open it again.'));
    return () => {
      cancelled = true;
    };
  }, [pageKey, saver]);

  useEffect(() => {
    const link = listenToBackground((msg) => {
      if (msg.type === 'bg:draftSaved') saver.remoteSaved(msg.draft);
    }, orphan);
    // Firefox tells an orphaned page nothing (its port never disconnects): look.
    const watch = setInterval(() => extensionAlive() || orphan(), ORPHAN_CHECK_MS);
    // Going away (tab closed, page reloaded): the port carries the last edit out at once.
    const onPageHide = () => saver.flushFinal(link);
    const onVisibility = () => document.visibilityState === 'hidden' && void saver.flush();
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(watch);
      void saver.flush();
      link.close();
    };
  }, [saver, orphan]);

  // Stable across renders, so components can depend on them.
  const [actions] = useState(() => ({
    /** Applies the clinician's change to the draft and schedules its save. */
    update: (change: (draft: Draft) => Draft) => {
      if (!saver.current || saver.stopped) return;
      // Checked on every keystroke, so none is taken in silently after the extension left.
      if (!extensionAlive()) return orphan();
      const next = change(saver.current);
      saver.change(next);
      saver.adopt(next);
    },
    /** Shows a change the background already made (an insertion, a new draft): nothing to save. */
    adopt: (change: (draft: Draft | null) => Draft) => saver.adopt(change(saver.current)),
    flush: () => saver.flush(),
  }));
  return { draft, loadError, saveState, orphaned, ...actions };
}
