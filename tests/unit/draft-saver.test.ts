import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DraftSaver,
  LOCKED,
  SAVED_AGAIN,
  SAVE_DEBOUNCE_MS,
  type SaveCall,
  type SaveState,
} from '@/lib/draft-saver';
import type { Draft, PanelResponse } from '@/lib/messages';
import { SAVE_FAILURE_MESSAGES, retryDelayMs } from '@/lib/save-retry';
import { emptyContent } from '@/lib/note/model';

type Answer = PanelResponse<'panel:saveDraft'> | typeof LOCKED | 'no answer';

const draft = (clientLabel: string, revision = 0): Draft => ({
  id: 'd1',
  pageKey: 'http://127.0.0.1/note',
  clientLabel,
  content: emptyContent('psychodynamic-progress'),
  status: 'draft',
  createdAt: 0,
  updatedAt: 0,
  revision,
  insertions: [],
});

let answers: Answer[];
let saved: string[];
let states: SaveState[];
let status: string;
let lockedCalls: number;
let saver: DraftSaver;

beforeEach(() => {
  vi.useFakeTimers();
  answers = [];
  saved = [];
  states = [];
  status = '';
  lockedCalls = 0;
  // Each call takes the next scripted answer; with none left, the store accepts.
  const save: SaveCall = async (d) => {
    saved.push(d.clientLabel);
    const answer = answers.shift() ?? { ok: true, revision: d.revision + 1 };
    if (answer === 'no answer') throw new Error('Could not establish connection');
    return answer;
  };
  saver = new DraftSaver(
    {
      state: (s) => states.push(s),
      shown: () => {},
      notice: (m) => (status = m),
      problem: (m) => (status = m ?? (status.startsWith('Not saved') ? SAVED_AGAIN : status)),
      locked: () => (lockedCalls += 1),
    },
    save,
  );
  saver.adopt(draft(''));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const full = { ok: false, failure: 'storage-full' } as const;

describe('retryDelayMs', () => {
  it('starts at a second, doubles, and caps at fifteen', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000,
    ]);
  });
});

describe('DraftSaver when the store refuses writes', () => {
  it('keeps the text, says why, and retries with backoff until a write goes through', async () => {
    answers = [full, full, full];
    saver.change(draft('M.K.'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(saved).toEqual(['M.K.']);
    expect(status).toBe(SAVE_FAILURE_MESSAGES['storage-full']);
    expect(states.at(-1)).toBe('error');
    expect(saver.current?.clientLabel).toBe('M.K.');

    // 1 s, then 2 s, then 4 s: nothing earlier.
    await vi.advanceTimersByTimeAsync(999);
    expect(saved).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(saved).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toHaveLength(3);
    expect(status).toMatch(/^Not saved/);

    await vi.advanceTimersByTimeAsync(4000);
    expect(saved).toEqual(['M.K.', 'M.K.', 'M.K.', 'M.K.']);
    expect(status).toBe(SAVED_AGAIN);
    expect(states.at(-1)).toBe('saved');
    expect(saver.current?.revision).toBe(1);
    // Saved: nothing more is sent.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toHaveLength(4);
  });

  it('retries at once on the next edit, with the newest text, and keeps saying unsaved', async () => {
    answers = [full, full];
    saver.change(draft('M'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['M', 'M']);
    // The backoff is now 2 s; an edit does not wait for it.
    saver.change(draft('M.K.'));
    expect(states.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(saved).toEqual(['M', 'M', 'M.K.']);
    expect(status).toBe(SAVED_AGAIN);
  });

  it('says so when the background does not answer, and when the write fails otherwise', async () => {
    answers = ['no answer', { ok: false, failure: 'write-failed' }];
    saver.change(draft('A'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(status).toBe(SAVE_FAILURE_MESSAGES['no-answer']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(status).toBe(SAVE_FAILURE_MESSAGES['write-failed']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(status).toBe(SAVED_AGAIN);
  });

  it('restarts the backoff after a success', async () => {
    answers = [full, full];
    saver.change(draft('A'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 1000 + 2000);
    expect(saved).toHaveLength(3);
    answers = [full];
    saver.change(draft('AB'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['A', 'A', 'A', 'AB', 'AB']);
  });
});

describe('DraftSaver once the extension went away', () => {
  it('says whether text was left unsaved, then takes no edits and sends nothing', async () => {
    saver.change(draft('M.K.'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(saver.stop()).toBe(false);
    saver.change(draft('M.K. typed after'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toEqual(['M.K.']);
    expect(saver.current?.clientLabel).toBe('M.K.');
  });

  it('counts an edit still waiting for its save as unsaved, and stops retrying', async () => {
    answers = ['no answer'];
    saver.change(draft('A'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(saver.stop()).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toEqual(['A']);
  });

  it('counts an edit not yet sent as unsaved', () => {
    saver.change(draft('A'));
    expect(saver.stop()).toBe(true);
  });
});

describe('DraftSaver while Reverie is locked (encryption on)', () => {
  it('keeps the text unsaved without a retry loop, then saves it all on the next flush', async () => {
    answers = [LOCKED];
    saver.change(draft('A'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(states.at(-1)).toBe('locked');
    expect(lockedCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toEqual(['A']);
    // Unlocked: the panel flushes, and the text typed before the lock goes out.
    await saver.flush();
    expect(saved).toEqual(['A', 'A']);
    expect(states.at(-1)).toBe('saved');
  });

  it('settle resolves only after the save in flight, and sends what was typed since', async () => {
    const release: Array<() => void> = [];
    const sent: string[] = [];
    const slow = new DraftSaver(
      { state: () => {}, shown: () => {}, notice: () => {}, problem: () => {}, locked: () => {} },
      (d) => {
        sent.push(d.clientLabel);
        return new Promise((resolve) => release.push(() => resolve({ ok: true, revision: 1 })));
      },
    );
    slow.adopt(draft(''));
    slow.change(draft('A'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    slow.change(draft('AB'));
    let settled = false;
    const settling = slow.settle().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    expect(sent).toEqual(['A']);
    release.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['A', 'AB']);
    expect(settled).toBe(false);
    release.shift()!();
    await settling;
  });
});

describe('another tab saving while this one saves', () => {
  it.each([
    ['in a secure context', false],
    // Firefox's panel on an EHR served over plain http: no crypto.randomUUID there.
    ['outside a secure context', true],
  ])(
    'keeps its own text when their save arrives while its own is on the way and then loses, %s',
    async (_name, insecure) => {
      if (insecure) vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
      let answer!: (a: PanelResponse<'panel:saveDraft'>) => void;
      const sent: string[] = [];
      const racing = new DraftSaver(
        { state: () => {}, shown: () => {}, notice: () => {}, problem: () => {}, locked: () => {} },
        (d) => {
          sent.push(d.clientLabel);
          return sent.length === 1
            ? new Promise((done) => (answer = done))
            : Promise.resolve({ ok: true, revision: 1 });
        },
      );
      racing.adopt(draft('', 1));
      racing.change(draft('Mine', 1));
      const flushing = racing.flush();
      // Their save (one revision on) is broadcast before this tab's answer comes back.
      racing.remoteSaved(draft('Theirs', 2));
      answer({ ok: false, current: draft('Theirs', 2) });
      await flushing;
      await vi.runAllTimersAsync();
      expect(racing.current?.clientLabel).toBe('Mine');
      expect(racing.current?.id).not.toBe('d1');
      expect(racing.current?.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(sent).toEqual(['Mine', 'Mine']);
      vi.unstubAllGlobals();
    },
  );
});

describe('before another draft takes this one’s place', () => {
  it('is ready once everything typed is stored, after saving what is pending', async () => {
    saver.change(draft('R.T.'));
    const ready = saver.readyToLeave();
    await vi.runAllTimersAsync();
    expect(await ready).toBe(true);
    expect(saved).toEqual(['R.T.']);
  });

  it.each([
    ['the store is full', { ok: false, failure: 'storage-full' } as const],
    ['the background does not answer', 'no answer' as const],
    ['Reverie locked', LOCKED],
  ])('is not while the last save failed (%s): the text stays this draft’s', async (_, answer) => {
    saver.change(draft('R.T.'));
    answers = [answer];
    expect(await saver.readyToLeave()).toBe(false);
    expect(saver.current?.clientLabel).toBe('R.T.');
    // Once the store takes it, leaving is fine.
    if (answer === LOCKED) return;
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    expect(saved).toEqual(['R.T.', 'R.T.']);
    expect(await saver.readyToLeave()).toBe(true);
  });

  it('waits for a save already on its way, which may yet fail, and tries once more', async () => {
    const pending: ((answer: PanelResponse<'panel:saveDraft'>) => void)[] = [];
    const slow = new DraftSaver(
      { state: () => {}, shown: () => {}, notice: () => {}, problem: () => {}, locked: () => {} },
      () => new Promise((resolve) => pending.push(resolve)),
    );
    slow.adopt(draft(''));
    slow.change(draft('R.T.'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(pending).toHaveLength(1);
    let answer: boolean | undefined;
    void slow.readyToLeave().then((ready) => (answer = ready));
    await vi.advanceTimersByTimeAsync(0);
    expect(answer).toBeUndefined();
    // The save on its way fails; the one more try fails too.
    pending[0]!({ ok: false, failure: 'write-failed' });
    await vi.advanceTimersByTimeAsync(0);
    expect(pending).toHaveLength(2);
    expect(answer).toBeUndefined();
    pending[1]!({ ok: false, failure: 'write-failed' });
    await vi.advanceTimersByTimeAsync(0);
    expect(answer).toBe(false);
    slow.stop();
  });
});
