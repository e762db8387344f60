/**
 * Every draft on this machine, newest first: find by client label, site or date; open;
 * delete to a trash that can be restored for 7 days; choose when inserted drafts go.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { failedActMessage } from '@/lib/guard-refusal';
import type { Draft, RetentionRule } from '@/lib/messages';
import { useDraftsPages, type ListPages } from './use-drafts-pages';

export interface DraftsApi {
  /** One page of the list (lib/drafts-paging.ts). */
  list: ListPages;
  open(id: string): Promise<void>;
  /** Rejects with a GuardRefusal (lib/guard-refusal.ts) where the guard refuses: its reason is shown. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  getRetention(): Promise<RetentionRule>;
  /** Rejects with a GuardRefusal where the guard refuses, as remove. */
  setRetention(rule: RetentionRule): Promise<void>;
}

interface Props {
  api: DraftsApi;
  currentId: string;
  /** The last draft another tab's panel saved (a note begun there, a copy kept after a race). */
  savedElsewhere?: Draft | null;
  onMessage: (message: string) => void;
}

/** Saves from another tab come every quarter second while someone types there: one read after. */
const RELOAD_AFTER_SAVES_MS = 400;

const RETENTION_CHOICES: { label: string; days: number | null }[] = [
  { label: 'Never', days: null },
  { label: 'After 7 days', days: 7 },
  { label: 'After 30 days', days: 30 },
  { label: 'After 90 days', days: 90 },
];

/**
 * One formatter for every row (toLocaleDateString builds a new one per call), built when
 * the list first shows a date, not as the panel's code loads: the first formatter in a page
 * loads the locale's data, which a cold open of the panel waited for (issue #6, profiled in
 * Chromium: tens of ms of a fresh panel's module evaluation).
 */
let dayFormat: Intl.DateTimeFormat | undefined;
const day = (time: number) =>
  (dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(time);
const site = (pageKey: string) => (URL.canParse(pageKey) ? new URL(pageKey).host : pageKey);

export function DraftsList({ api, currentId, savedElsewhere = null, onMessage }: Props) {
  const [query, setQuery] = useState('');
  const [trash, setTrash] = useState(false);
  const [retention, setRetention] = useState<RetentionRule | null>(null);
  const failed = useCallback(() => onMessage('Could not read the drafts list'), [onMessage]);
  const { items, searching, reload } = useDraftsPages(api.list, query, trash, failed);

  // Another tab saved a draft (a note begun there, a copy kept after a race, new text): read
  // the list again once its saves pause, so the list open here does not go stale.
  // The list as opened already has whatever was saved before.
  const readFor = useRef(savedElsewhere);
  useEffect(() => {
    if (savedElsewhere === readFor.current) return;
    const timer = setTimeout(() => {
      readFor.current = savedElsewhere;
      reload();
    }, RELOAD_AFTER_SAVES_MS);
    return () => clearTimeout(timer);
  }, [savedElsewhere, reload]);

  useEffect(() => {
    void api.getRetention().then(setRetention, () => {});
  }, [api]);

  /** Whether the work was done; what happened goes to the status line either way. */
  const act = async (work: () => Promise<void>, done: string): Promise<boolean> => {
    try {
      await work();
      onMessage(done);
      reload();
      return true;
    } catch (error) {
      onMessage(failedActMessage(error));
      return false;
    }
  };

  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{trash ? 'Trash (restorable for 7 days)' : 'Drafts'}</h2>
      <div className="drafts-tools">
        <label htmlFor="drafts-find">Find drafts</label>
        <input
          id="drafts-find"
          type="search"
          placeholder="Client label, site or date"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" aria-pressed={trash} onClick={() => setTrash((t) => !t)}>
          Trash
        </button>
      </div>
      {items === null ? (
        <p>Loading…</p>
      ) : items.length === 0 ? (
        <p>
          {searching ? 'Looking through older drafts…' : trash ? 'The trash is empty.' : 'No drafts match.'}
        </p>
      ) : (
        <ul className="drafts-items">
          {items.map((d) => {
            // ISO date in the accessible name: the same in every locale, for people and tests alike.
            const name = `${d.clientLabel || 'no client label'}, ${new Date(d.updatedAt).toISOString().slice(0, 10)}`;
            return (
              <li key={d.id} className={d.id === currentId ? 'current' : undefined}>
                <div className="drafts-line">
                  <strong>{d.clientLabel || 'No client label'}</strong> · {day(d.updatedAt)} ·{' '}
                  {site(d.pageKey)}
                  {d.status === 'inserted' && <span className="badge">inserted</span>}
                  {d.id === currentId && <span className="badge">open here</span>}
                </div>
                {d.glimpse && <div className="glimpse">{d.glimpse}</div>}
                {trash ? (
                  <button
                    type="button"
                    aria-label={`Restore draft ${name}`}
                    onClick={() => void act(() => api.restore(d.id), 'Draft restored')}
                  >
                    Restore
                  </button>
                ) : (
                  <>
                    <button
                      type="button"
                      aria-label={`Open draft ${name}`}
                      onClick={() => void api.open(d.id)}
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      aria-label={`Delete draft ${name}`}
                      onClick={() =>
                        void act(() => api.remove(d.id), 'Draft moved to the trash — restorable for 7 days')
                      }
                    >
                      Delete
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {items !== null && items.length > 0 && searching && (
        <p className="hint">Looking through older drafts…</p>
      )}
      {retention && (
        <div className="retention">
          <label htmlFor="retention">Delete inserted drafts</label>
          <select
            id="retention"
            value={String(retention.insertedDays)}
            onChange={(e) => {
              const rule = { insertedDays: e.target.value === 'null' ? null : Number(e.target.value) };
              const before = retention;
              setRetention(rule);
              // Not saved: the choice shown goes back to the rule kept.
              void act(() => api.setRetention(rule), 'Retention saved').then(
                (saved) => saved || setRetention(before),
              );
            }}
          >
            {RETENTION_CHOICES.map((c) => (
              <option key={c.label} value={String(c.days)}>
                {c.label}
              </option>
            ))}
          </select>
          <span className="hint"> Unfinished drafts are never deleted without asking.</span>
        </div>
      )}
    </section>
  );
}
