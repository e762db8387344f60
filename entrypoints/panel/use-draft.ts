/**
 * The panel's draft: loaded from the background, every change saved through it (debounced),
 * flushed when the panel is hidden or the page goes away. A failed save keeps the text in
 * the panel and is retried. Saves carry the revision they were based on: a save that lost
 * a race with another tab is kept as a separate draft, never dropped, never overwriting.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Draft } from '@/lib/messages';
import { DraftSaver, FAILURE_TEXTS, LOCKED, SAVED_AGAIN, type SaveState } from '@/lib/draft-saver';
import { callBackground, extensionAlive, listenToBackground, LockedError } from './api';
import { takeEarly } from './early';

export type { SaveState } from '@/lib/draft-saver';

/** How often an idle panel checks that its extension is still there. */
const ORPHAN_CHECK_MS = 1000;
const REOPEN = 'press Alt+Shift+N to reopen your note';
export const ORPHANED_SAVED = `Reverie was updated or reloaded — ${REOPEN}; your draft is saved.`;
export const ORPHANED_UNSAVED = `Reverie was updated or reloaded before your last words were saved — copy them from this panel, then ${REOPEN}.`;

/** `arrived`: the draft the first frame shows, when its early answer came in time (early.ts). */
export function useDraft(pageKey: string, setStatus: Dispatch<SetStateAction<string>>, arrived?: Draft) {
  const [draft, setDraft] = useState<Draft | null>(arrived ?? null);
  const [first] = useState(arrived);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [locked, setLocked] = useState(false);
  const [saver] = useState(() => {
    const created = new DraftSaver(
      {
        state: setSaveState,
        shown: setDraft,
        notice: setStatus,
        // Clears only its own message: a newer one ("Inserted", …) stays.
        problem: (message) =>
          setStatus((shown) => message ?? (FAILURE_TEXTS.includes(shown) ? SAVED_AGAIN : shown)),
        locked: () => setLocked(true),
      },
      (unsaved) =>
        callBackground('panel:saveDraft', { draft: unsaved }).catch((error: unknown) => {
          if (error instanceof LockedError) return LOCKED;
          throw error;
        }),
    );
    if (arrived) created.seed(arrived);
    return created;
  });
  /** The last draft another panel saved that is not this one: the drafts list shows it live. */
  const [savedElsewhere, setSavedElsewhere] = useState<Draft | null>(null);
  const [orphaned, setOrphaned] = useState(false);
  /** The extension went away under this panel: say so, and take no more typing that cannot be kept. */
  const [orphan] = useState(() => () => {
    if (saver.stopped) return;
    setStatus(saver.stop() ? ORPHANED_UNSAVED : ORPHANED_SAVED);
    setOrphaned(true);
  });

  /** Loads the page's draft; with encryption on and locked, shows the unlock form instead. */
  const [load] = useState(() => async (early?: Promise<Draft>, cancelled = () => false) => {
    try {
      const loaded = await (early ?? callBackground('panel:loadDraft', { pageKey }));
      if (cancelled()) return;
      saver.adopt(loaded);
      setLocked(false);
    } catch (error) {
      if (error instanceof LockedError) setLocked(true);
      else setLoadError('Reverie could not open its drafts. Close the panel and open it again.');
    }
  });
  /** Unlocked (here or elsewhere): what was typed before the lock is saved first, then shown. */
  const [unlocked] = useState(() => async () => {
    setLocked(false);
    await saver.flush();
    if (!saver.current) await load();
  });

  useEffect(() => {
    if (first) return;
    let cancelled = false;
    // The first load uses the answer asked for before React started (early.ts).
    void load(takeEarly('draft'), () => cancelled);
    return () => {
      cancelled = true;
    };
  }, [load, first]);

  useEffect(() => {
    const link = listenToBackground((msg) => {
      if (msg.type === 'bg:draftSaved') {
        saver.remoteSaved(msg.draft);
        if (msg.draft.id !== saver.current?.id) setSavedElsewhere(msg.draft);
      }
      if (msg.type === 'bg:locked') setLocked(true);
      if (msg.type === 'bg:unlocked') void unlocked();
      if (msg.type === 'bg:flushNow')
        void saver.settle().finally(() => link.send({ type: 'panel:flushed', requestId: msg.requestId }));
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
  }, [saver, orphan, unlocked]);

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
    /** Whether another draft may take this one's place: all of this one is stored (lib/draft-saver.ts). */
    readyToLeave: () => saver.readyToLeave(),
    /** The passphrase from the unlock form; resolves to what to tell the clinician. */
    unlock: async (passphrase: string) => {
      const outcome = await callBackground('panel:unlock', { passphrase });
      if (outcome.ok) await unlocked();
      return outcome;
    },
  }));
  return { draft, loadError, saveState, orphaned, locked, savedElsewhere, ...actions };
}
