/**
 * The panel's draft: loaded from the background, every change saved through it (debounced),
 * flushed when the panel is hidden or the page goes away. A failed save keeps the text in
 * the panel and is retried.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '@/lib/drafts/model';
import { callBackground } from './api';

/** Short enough that a crash loses at most this much typing. */
export const SAVE_DEBOUNCE_MS = 250;
const RETRY_MS = 2000;

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

/**
 * Debounced saving outside React's render cycle: one instance per panel, holding the
 * latest draft and whether it still has to reach the background.
 */
class DraftSaver {
  current: Draft | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onState: (state: SaveState) => void) {}

  /** Takes a draft the background already holds: nothing to save. */
  adopt(draft: Draft): void {
    this.current = draft;
  }

  change(next: Draft): void {
    this.current = next;
    this.dirty = true;
    this.onState('unsaved');
    this.schedule(SAVE_DEBOUNCE_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const snapshot = this.current;
    if (!this.dirty || !snapshot) return;
    this.dirty = false;
    this.onState('saving');
    try {
      await callBackground('panel:saveDraft', { draft: snapshot });
      this.onState(this.dirty ? 'unsaved' : 'saved');
    } catch {
      this.dirty = true;
      this.onState('error');
      this.schedule(RETRY_MS);
    }
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}

export function useDraft(pageKey: string) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saver] = useState(() => new DraftSaver(setSaveState));

  useEffect(() => {
    let cancelled = false;
    callBackground('panel:loadDraft', { pageKey })
      .then((loaded) => {
        if (cancelled) return;
        saver.adopt(loaded);
        setDraft(loaded);
      })
      .catch(() => setLoadError('Reverie could not open its drafts. Close the panel and open it again.'));
    return () => {
      cancelled = true;
    };
  }, [pageKey, saver]);

  useEffect(() => {
    const onHide = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      onHide();
    };
  }, [saver]);

  return {
    draft,
    loadError,
    saveState,
    /** Applies a change to the draft and schedules its save. */
    update: (change: (draft: Draft) => Draft) => {
      if (!saver.current) return;
      const next = change(saver.current);
      saver.change(next);
      setDraft(next);
    },
    /** Replaces the draft with one the background already holds (no save needed). */
    replace: (next: Draft) => {
      saver.adopt(next);
      setDraft(next);
    },
    flush: () => saver.flush(),
  };
}
