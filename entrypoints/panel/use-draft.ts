/**
 * The panel's draft: loaded from the background, every change saved through it (debounced),
 * flushed when the panel is hidden or the page goes away. A failed save keeps the text in
 * the panel and is retried. Saves carry the revision they were based on: a save that lost
 * a race with another tab is kept as a separate draft, never dropped, never overwriting.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '@/lib/messages';
import { callBackground, listenToBackground, type BackgroundLink } from './api';

/** Short enough that a crash loses at most this much typing. */
export const SAVE_DEBOUNCE_MS = 250;
const RETRY_MS = 2000;

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

interface SaverEvents {
  state: (state: SaveState) => void;
  /** The draft shown changed for a reason other than the clinician's typing. */
  shown: (draft: Draft) => void;
  notice: (message: string) => void;
}

/**
 * Debounced saving outside React's render cycle: one instance per panel, holding the
 * latest draft and whether it still has to reach the background.
 */
class DraftSaver {
  current: Draft | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

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

  async flush(): Promise<void> {
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
    } catch {
      this.dirty = true;
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
  const [saver] = useState(() => new DraftSaver({ state: setSaveState, shown: setDraft, notice: onNotice }));

  useEffect(() => {
    let cancelled = false;
    callBackground('panel:loadDraft', { pageKey })
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
  }, [saver]);

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
  }));
  return { draft, loadError, saveState, ...actions };
}
