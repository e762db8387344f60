/**
 * The panel's saving, outside React: debounced, revision-checked, and kept going when the
 * store refuses a write (storage full, an IndexedDB error, no answer): the text stays,
 * the clinician is told why, and saves are retried with backoff and on the next edit.
 * The save call is handed in, so the schedule is unit-tested with fake timers.
 */
import type { Draft, PanelResponse } from './messages';
import { randomUuid } from './random-id';
import { SAVE_FAILURE_MESSAGES, retryDelayMs, type SaveFailure } from './save-retry';

/** Short enough that a crash loses at most this much typing. */
export const SAVE_DEBOUNCE_MS = 250;

/** Replaces the failure message once a save goes through again. */
export const SAVED_AGAIN = 'Saved — storing drafts works again, nothing was lost';
/** Why New note or a draft from the list did not take the place of a note not all stored (readyToLeave). */
export const NOT_LEFT =
  'This note stays open: not all of it is saved yet, and Reverie keeps retrying. Once it says saved, try again.';
/** Messages of saves failing, replaced by SAVED_AGAIN once one goes through. */
export const FAILURE_TEXTS: readonly string[] = [...Object.values(SAVE_FAILURE_MESSAGES), NOT_LEFT];

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'locked';

export interface SaverEvents {
  state: (state: SaveState) => void;
  /** The draft shown changed for a reason other than the clinician's typing. */
  shown: (draft: Draft) => void;
  notice: (message: string) => void;
  /** Saves keep failing (with why), or, with null, they go through again. */
  problem: (message: string | null) => void;
  /** A save found Reverie locked (encryption on): the text stays here, saved after unlock. */
  locked: () => void;
}

/** The background's answer while Reverie is locked: nothing was written. */
export const LOCKED = { ok: false, locked: true } as const;

/**
 * Sends one save to the background; rejects when the background does not answer, and
 * answers LOCKED when encryption is on and the store is locked.
 */
export type SaveCall = (draft: Draft) => Promise<PanelResponse<'panel:saveDraft'> | typeof LOCKED>;

/**
 * Debounced saving outside React's render cycle: one instance per panel, holding the
 * latest draft and whether it still has to reach the background.
 */
export class DraftSaver {
  current: Draft | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Failed attempts in a row; 0 while saves go through. */
  private failures = 0;
  /** A save has left and not been answered yet. */
  private inFlight = false;
  /** The latest flush, so a lock can wait for it (see settle). */
  private running: Promise<void> = Promise.resolve();
  /** The extension went away under this panel (see stop). */
  stopped = false;

  constructor(
    private readonly on: SaverEvents,
    private readonly save: SaveCall,
  ) {}

  /** The draft the panel's first frame is drawn with: already shown, nothing to save. */
  seed(draft: Draft): void {
    this.current = draft;
  }

  /** Takes a draft the background already holds: nothing to save. */
  adopt(draft: Draft): void {
    this.current = draft;
    this.on.shown(draft);
  }

  /**
   * The extension was updated or reloaded under this panel: nothing can be saved from
   * here any more. Returns whether some of the text never reached the store.
   */
  stop(): boolean {
    this.stopped = true;
    clearTimeout(this.timer);
    return this.dirty || this.inFlight;
  }

  change(next: Draft): void {
    if (this.stopped) return;
    this.current = next;
    this.dirty = true;
    // While saves fail the indicator keeps saying so; the edit itself is the next retry.
    this.on.state(this.failures > 0 ? 'error' : 'unsaved');
    this.schedule(SAVE_DEBOUNCE_MS);
  }

  /**
   * Another tab saved a draft; shows it here unless this panel has edits of its own pending
   * or on their way (taking it then would put the other tab's text under this one's save,
   * and a save that loses the race keeps whatever is current as this tab's copy).
   */
  remoteSaved(draft: Draft): void {
    if (this.current?.id !== draft.id || draft.revision <= this.current.revision) return;
    if (this.dirty || this.inFlight) return;
    this.adopt(draft);
  }

  /** The page is going away: send what is unsaved over the port, synchronously. */
  flushFinal(link: { sendFinalSave(draft: Draft): boolean }): void {
    clearTimeout(this.timer);
    if (!this.dirty || !this.current) return;
    if (link.sendFinalSave(this.current)) this.dirty = false;
    else void this.flush();
  }

  /** Everything typed so far has reached the background (or failed trying): before a lock. */
  async settle(): Promise<void> {
    await this.running;
    await this.flush();
  }

  /**
   * Whether the panel may put another draft in this one's place (New note, a draft opened
   * from the list): only once everything typed into this one is stored. A save that failed,
   * or one still on its way that may yet fail, would otherwise be retried as the other
   * draft, and this one's last words lost.
   */
  async readyToLeave(): Promise<boolean> {
    await this.settle();
    return !this.dirty && !this.inFlight && !this.stopped;
  }

  flush(): Promise<void> {
    const run = this.send();
    this.running = run;
    return run;
  }

  private async send(): Promise<void> {
    clearTimeout(this.timer);
    const snapshot = this.current;
    if (!this.dirty || !snapshot || this.stopped) return;
    this.dirty = false;
    if (this.failures === 0) this.on.state('saving');
    let result;
    this.inFlight = true;
    try {
      result = await this.save(snapshot);
    } catch {
      return this.failed('no-answer');
    } finally {
      this.inFlight = false;
    }
    if ('locked' in result) {
      // No retry loop: the unlock form is shown, and unlocking flushes.
      this.dirty = true;
      this.on.state('locked');
      return this.on.locked();
    }
    if ('failure' in result) return this.failed(result.failure);
    if (!result.ok) return this.keepBoth();
    if (this.failures > 0) {
      this.failures = 0;
      this.on.problem(null);
    }
    // Edits typed while saving were based on this save: carry the new revision forward.
    if (this.current) this.current = { ...this.current, revision: result.revision };
    this.on.state(this.dirty ? 'unsaved' : 'saved');
  }

  /** The text stays here and unsaved; the clinician hears why; the next try backs off. */
  private failed(why: SaveFailure): void {
    this.dirty = true;
    if (this.stopped) return;
    this.failures += 1;
    this.on.state('error');
    this.on.problem(SAVE_FAILURE_MESSAGES[why]);
    this.schedule(retryDelayMs(this.failures));
  }

  /** Lost a race with another tab: this panel's text becomes a draft of its own. */
  private async keepBoth(): Promise<void> {
    const mine = this.current!;
    const now = Date.now();
    const copy: Draft = {
      ...mine,
      id: randomUuid(),
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
