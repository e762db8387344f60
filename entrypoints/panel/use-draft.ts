/**
 * The panel's draft: loaded from the background, every change saved through it (debounced),
 * flushed when the panel is hidden or the page goes away. A failed save keeps the text in
 * the panel and is retried. Saves carry the revision they were based on: a save that lost
 * a race with another tab is kept as a separate draft, never dropped, never overwriting.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '@/lib/messages';
import { callBackground, listenToBackground, LockedError, type BackgroundLink } from './api';

/** Short enough that a crash loses at most this much typing. */
export const SAVE_DEBOUNCE_MS = 250;
const RETRY_MS = 2000;

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'locked';

interface SaverEvents {
  state: (state: SaveState) => void;
  /** The draft shown changed for a reason other than the clinician's typing. */
  shown: (draft: Draft) => void;
  notice: (message: string) => void;
  /** A save found Reverie locked: the text stays here, saved after unlock. */
  locked: () => void;
}

/**
 * Debounced saving outside React's render cycle: one instance per panel, holding the
 * latest draft and whether it still has to reach the background.
 */
class DraftSaver {
  current: Draft | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> = Promise.resolve();

  constructor(private readonly on: SaverEvents) {}

  /** Takes a draft the background already holds: nothing to save. */
  adopt(draft: Draft): void {
    this.current = draft;
    this.on.shown(draft);
  }

  change(next: Draft): void {
    this.current = next;
    this.dirty = true;
    this.on.state('unsaved');
    this.schedule(SAVE_DEBOUNCE_MS);
  }

  /** Another tab saved a draft; shows it here unless this panel has edits of its own pending. */
  remoteSaved(draft: Draft): void {
    if (this.current?.id !== draft.id || draft.revision <= this.current.revision || this.dirty) return;
    this.adopt(draft);
  }

  /** The page is going away: send what is unsaved over the port, synchronously. */
  flushFinal(link: BackgroundLink): void {
    clearTimeout(this.timer);
    if (!this.dirty || !this.current) return;
    if (link.sendFinalSave(this.current)) this.dirty = false;
    else void this.flush();
  }

  /** Everything typed so far has reached the background (or failed trying): before a lock. */
  async settle(): Promise<void> {
    await this.inflight;
    await this.flush();
  }

  flush(): Promise<void> {
    const run = this.send();
    this.inflight = run;
    return run;
  }

  private async send(): Promise<void> {
    clearTimeout(this.timer);
    const snapshot = this.current;
    if (!this.dirty || !snapshot) return;
    this.dirty = false;
    this.on.state('saving');
    try {
      const result = await callBackground('panel:saveDraft', { draft: snapshot });
      if (result.ok) {
        // Edits typed while saving were based on this save: carry the new revision forward.
        if (this.current) this.current = { ...this.current, revision: result.revision };
        this.on.state(this.dirty ? 'unsaved' : 'saved');
      } else {
        await this.keepBoth();
      }
    } catch (error) {
      this.dirty = true;
      if (error instanceof LockedError) {
        // No retry loop: the unlock form is shown and unlocking flushes.
        this.on.state('locked');
        this.on.locked();
        return;
      }
      this.on.state('error');
      this.schedule(RETRY_MS);
    }
  }

  /** Lost a race with another tab: this panel's text becomes a draft of its own. */
  private async keepBoth(): Promise<void> {
    const mine = this.current!;
    const now = Date.now();
    const copy: Draft = {
      ...mine,
      id: crypto.randomUUID(),
      revision: 0,
      status: 'draft',
      insertions: [],
      createdAt: now,
    };
    this.current = copy;
    this.dirty = true;
    await this.flush();
    this.on.shown(this.current);
    this.on.notice(
      'This note was also changed in another tab. Both versions are kept: you are editing a separate copy now.',
    );
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}

export function useDraft(pageKey: string, onNotice: (message: string) => void) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [locked, setLocked] = useState(false);
  const [saver] = useState(
    () =>
      new DraftSaver({
        state: setSaveState,
        shown: setDraft,
        notice: onNotice,
        locked: () => setLocked(true),
      }),
  );
  /** Loads the page's draft; with encryption on and locked, shows the unlock form instead. */
  const [load] = useState(() => async () => {
    try {
      saver.adopt(await callBackground('panel:loadDraft', { pageKey }));
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
    void load();
  }, [load]);

  useEffect(() => {
    const link = listenToBackground((msg) => {
      if (msg.type === 'bg:draftSaved') saver.remoteSaved(msg.draft);
      if (msg.type === 'bg:locked') setLocked(true);
      if (msg.type === 'bg:unlocked') void unlocked();
      if (msg.type === 'bg:flushNow')
        void saver.settle().finally(() => link.send({ type: 'panel:flushed', requestId: msg.requestId }));
    });
    // Going away (tab closed, page reloaded): the port carries the last edit out at once.
    const onPageHide = () => saver.flushFinal(link);
    const onVisibility = () => document.visibilityState === 'hidden' && void saver.flush();
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.flush();
      link.close();
    };
  }, [saver, unlocked]);

  // Stable across renders, so components can depend on them.
  const [actions] = useState(() => ({
    /** Applies the clinician's change to the draft and schedules its save. */
    update: (change: (draft: Draft) => Draft) => {
      if (!saver.current) return;
      const next = change(saver.current);
      saver.change(next);
      saver.adopt(next);
    },
    /** Shows a change the background already made (an insertion, a new draft): nothing to save. */
    adopt: (change: (draft: Draft | null) => Draft) => saver.adopt(change(saver.current)),
    flush: () => saver.flush(),
    /** The passphrase from the unlock form; resolves to what to tell the clinician. */
    unlock: async (passphrase: string) => {
      const outcome = await callBackground('panel:unlock', { passphrase });
      if (outcome.ok) await unlocked();
      return outcome;
    },
  }));
  return { draft, loadError, saveState, locked, ...actions };
}
