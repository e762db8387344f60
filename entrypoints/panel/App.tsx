/**
 * The note panel: guided sections, live preview, insert and copy. Everything it shows
 * comes from the draft; everything it changes goes back through the background.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DraftsList, type DraftsApi } from '@/components/DraftsList';
import { Completeness } from '@/components/Completeness';
import { DuplicateConfirm } from '@/components/DuplicateConfirm';
import { FillFieldsPanel } from '@/components/FillFieldsPanel';
import { LastTime } from '@/components/LastTime';
import { PageMovedConfirm, PageMovedNotice } from '@/components/PageMovedConfirm';
import { SessionFrameEditor } from '@/components/SessionFrameEditor';
import { SiteAccess } from '@/components/SiteAccess';
import { UnlockForm } from '@/components/UnlockForm';
import { NOT_LEFT } from '@/lib/draft-saver';
import { copiedMessage } from '@/lib/paste-hint';
import { INSERT_SHORTCUT_ARIA, insertShortcutHint, isInsertShortcut } from '@/lib/insert-shortcut';
import { otherSide } from '@/lib/panel-side';
import { originPattern } from '@/lib/site-access';
import type { Draft } from '@/lib/messages';
import type { SessionFrame } from '@/lib/note/frame';
import { nextFrame } from '@/lib/note/carry-forward';
import { DEFAULT_LAYOUT, LAYOUTS, type LayoutId } from '@/lib/note/layouts';
import { migrateContent, type NoteContent } from '@/lib/note/model';
import type { Wording } from '@/lib/note/phrases';
import { partKeys, renderHtml, renderParts, renderText, visibleSections } from '@/lib/note/render';
import { isPageMove, type PageMove } from '@/lib/page-move';
import { randomUuid } from '@/lib/random-id';
import { BUILT_IN_TEMPLATES, findTemplate } from '@/lib/note/templates';
import { validateForInsert } from '@/lib/note/validate';
import { callBackground } from './api';
import { copyText } from './clipboard';
import { Preview } from './Preview';
import { SectionSlot } from './SectionSlot';
import { onPageChanged } from './shown';
import { handleSectionKeys } from './section-keys';
import { siteAccessApi } from './site-access-api';
import { useDraft, type SaveState } from './use-draft';
import { useFillFields } from './use-fill-fields';
import { useInsertRecording } from './use-insert-recording';
import { useLastNote } from './use-last-note';
import { useAfterPaint } from './use-after-paint';
import type { Arrived } from './early';
import { mountTokens } from './mount-tokens';
import { GuardRefusal } from '@/lib/guard-refusal';
import { useBetweenBursts } from './use-between-bursts';
import { usePanelSide } from './use-panel-side';
import { useSectionsInView } from './use-sections-in-view';
import { useTemplates } from './use-templates';
import { useAllSectionsMark, useFirstCommitMark, useUsableMark } from './usable-mark';

// The same props on a keystroke elsewhere: no re-render.
const SessionFrameMemo = memo(SessionFrameEditor);
const SiteAccessMemo = memo(SiteAccess);
const LastTimeMemo = memo(LastTime);
const CompletenessMemo = memo(Completeness);

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  unsaved: 'Saving…',
  error: 'Not saved — retrying',
  locked: 'Locked — your text is kept here and saved when you unlock',
};

/** The browser's platform name: the newer userAgentData (Chromium) else the older navigator.platform. */
const platform =
  (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ||
  navigator.platform;
const COPIED = copiedMessage(platform);
const INSERT_HINT = insertShortcutHint(platform);

/** The Insert note button, which Ctrl+Enter presses. */
const INSERT_BUTTON_ID = 'insert-note';

/** An insertion record, stamped now (kept out of the component for the React purity lint). */
const insertionInto = (fieldKey: string) => ({ fieldKey, at: Date.now() });

/** New note could not store the new note: the one open stays, whole. */
const NOT_STARTED =
  'No new note was started: Reverie could not store it (is the disk full?). This note stays open; try again in a moment.';

/** One empty frame for drafts without one, so the memoized frame editor sees the same object. */
const NO_FRAME: SessionFrame = {};
const deferredOptions = (content: NoteContent) => ({ layout: content.layout, wording: content.wording });

/**
 * Asks the clickjacking guard (the panel safely visible, and Reverie's own frame: its mount
 * tokens) and throws its refusal, which names what was left `undone`.
 */
async function unlessGuardRefuses(undone: string): Promise<void> {
  const { obstruction } = await callBackground('panel:checkVisible', { mounts: mountTokens() });
  if (obstruction) throw new GuardRefusal(obstruction, undone);
}

export function App({ pageKey, arrived }: { pageKey: string; arrived?: Arrived | null }) {
  const [status, setStatus] = useState('');
  /** The page this panel stands for: the one it opened on, until a New note for a page moved to. */
  const [pageNow, setPageNow] = useState(pageKey);
  const {
    draft,
    loadError,
    saveState,
    orphaned,
    locked,
    savedElsewhere,
    update,
    adopt,
    flush,
    readyToLeave,
    unlock,
  } = useDraft(pageKey, setStatus, arrived?.draft);
  const [askDuplicate, setAskDuplicate] = useState(false);
  /** A single-page EHR moved since the panel opened: the action waits for the clinician. */
  const [askMoved, setAskMoved] = useState<{
    action: 'Insert' | 'Fill';
    move: PageMove;
    force: boolean;
  } | null>(null);
  /**
   * Where a single-page EHR moved since this panel opened, asked of the page as soon as its
   * address changes (the content script's watch), each time the clinician comes back to
   * the panel (its window's focus), and told by Insert and Fill.
   */
  const [movedSince, setMovedSince] = useState<PageMove | null>(null);
  /**
   * A framed EHR keeps its top address, so this page's latest draft may be another
   * client's: whether the note field's frame shows another page than while the draft
   * being written was, asked as the draft opens and each time the clinician comes back.
   */
  const [frameMoved, setFrameMoved] = useState<PageMove | null>(null);
  const draftId = draft?.id;
  useEffect(() => {
    const look = () => {
      void callBackground('panel:checkVisible', { mounts: mountTokens() }).then(
        ({ moved }) => setMovedSince(moved),
        () => {},
      );
      if (!draftId) return setFrameMoved(null);
      void callBackground('panel:frameMoved', { draftId }).then(
        (moved) => setFrameMoved(isPageMove(moved) ? moved : null),
        () => {},
      );
    };
    look();
    window.addEventListener('focus', look);
    const stopWatch = onPageChanged(look);
    return () => {
      window.removeEventListener('focus', look);
      stopWatch();
    };
  }, [draftId]);
  /** The top page's move first: closing and opening the panel is its remedy. */
  const notice = movedSince ?? frameMoved;
  const [busy, setBusy] = useState(false);
  const [sites] = useState(siteAccessApi);
  const [side, moveSide] = usePanelSide(setStatus);
  const [showDrafts, setShowDrafts] = useState(false);
  const [showFill, setShowFill] = useState(false);
  const fields = useFillFields(pageKey, setStatus);
  const recording = useInsertRecording(setStatus);
  const templates = useTemplates(arrived?.templates);
  /** The note stays: an orphaned panel's own message (it can save nothing) stays too. */
  const notLeft = useCallback(() => {
    if (!orphaned) setStatus(NOT_LEFT);
  }, [orphaned]);
  const draftsApi = useMemo<DraftsApi>(
    () => ({
      list: (query, trash, cursor) => callBackground('panel:listDrafts', { query, trash, cursor }),
      open: async (id) => {
        if (!(await readyToLeave())) return notLeft();
        const opened = await callBackground('panel:openDraft', { id });
        if (!opened) return setStatus('That draft is gone');
        adopt(() => opened);
        setShowDrafts(false);
        setStatus('Draft opened');
      },
      // Acts a click tricked out of the clinician could do harm with ask the clickjacking
      // guard first, as Insert, Copy and Fill do; restoring and reading do not.
      remove: async (id) => {
        await unlessGuardRefuses('nothing was deleted');
        await callBackground('panel:deleteDraft', { id });
      },
      restore: (id) => callBackground('panel:restoreDraft', { id }),
      getRetention: () => callBackground('panel:getRetention', {}),
      setRetention: async (rule) => {
        await unlessGuardRefuses('the rule was not changed');
        await callBackground('panel:setRetention', { rule });
      },
    }),
    [readyToLeave, adopt, notLeft],
  );

  useEffect(() => {
    // Alt+Shift+N closes the panel from inside it too (the page's listener cannot see these keys).
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyN') {
        event.preventDefault();
        void flush().finally(() => callBackground('panel:close', {}));
        return;
      }
      if (isInsertShortcut(event)) {
        event.preventDefault();
        // The button's own click: exactly what clicking it does, nothing while it is disabled
        // (an insert under way) or not drawn (the draft still opening, Reverie locked).
        document.querySelector<HTMLButtonElement>(`#${INSERT_BUTTON_ID}`)?.click();
        return;
      }
      handleSectionKeys(event, document);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [flush]);

  const template = findTemplate(draft?.content.templateId ?? '', templates ?? BUILT_IN_TEMPLATES);
  const content = useMemo(() => (draft ? migrateContent(draft.content) : null), [draft]);
  const options = { layout: content?.layout, wording: content?.wording };
  // What follows the note as a whole (preview, completeness, fill parts) catches up after
  // the keystroke's frame, or at the end of a burst of keys; the textarea never lags.
  const deferred = useBetweenBursts(content);
  const shownValidation = useMemo(
    () => (deferred ? validateForInsert(template, deferred) : null),
    [deferred, template],
  );
  const setFrame = useMemo(
    () => (frame: SessionFrame) =>
      update((d) => ({ ...d, content: { ...migrateContent(d.content), frame } })),
    [update],
  );
  const lastNote = useLastNote(draft);
  useFirstCommitMark(draft !== null);
  useUsableMark(draft !== null && templates !== null);
  // The panel opens with its first sections alone: what is not needed to start typing (the
  // sections below the fold, preview, completeness, site access, last time) follows once
  // that first frame is painted.
  // False at first even when the first frame already has the draft (early.ts's `arrived`).
  const rest = useAfterPaint(draft !== null && templates !== null, false);
  useAllSectionsMark(rest);
  // The first frame draws the sections the window shows; those below the fold follow it.
  const sectionsForm = useRef<HTMLFormElement>(null);
  const shownSections = content ? visibleSections(template, content) : [];
  const sectionsDrawn = useSectionsInView(sectionsForm, shownSections.length, rest);

  if (loadError) return <p role="alert">{loadError}</p>;
  if (locked)
    return (
      <main className="panel">
        <header className="panel-header">
          <h1>Reverie</h1>
          <button
            type="button"
            className="close"
            onClick={() => void callBackground('panel:close', {}).catch(() => {})}
          >
            Close panel
          </button>
        </header>
        <UnlockForm unlock={unlock} onMessage={setStatus} />
        <footer className="actions">
          <div role="status" className="status">
            {status}
          </div>
        </footer>
      </main>
    );
  if (!draft || !content || !deferred || !shownValidation || !templates)
    return <p className="loading">Opening your draft…</p>;

  const setContent = (patch: Partial<NoteContent>) =>
    update((d) => ({ ...d, content: { ...migrateContent(d.content), ...patch } }));
  /** Checked on the note as it is now, when the clinician acts. */
  const validate = () => validateForInsert(template, content);

  const note = () => ({
    text: renderText(template, content, options),
    html: renderHtml(template, content, options),
  });

  /** Says what stopped an action on a moved page, and asks (PageMovedConfirm). */
  const askAboutMove = (action: 'Insert' | 'Fill', move: PageMove, force = false) => {
    setAskMoved({ action, move, force });
    const nothing = `nothing was ${action === 'Insert' ? 'inserted' : 'filled'}; check the client, then confirm`;
    // A frame's move: the notice is the background's to tell (panel:frameMoved, of the note
    // field's frame; a field to fill may be in another), not the top address's.
    if (move.inFrame) {
      const whose = action === 'Insert' ? 'the note field’s frame' : 'the frame of a field to fill';
      setStatus(
        `The page in ${whose} changed since this note was written (${move.from} → ${move.to}) — ${nothing}`,
      );
      return;
    }
    setMovedSince(move);
    setStatus(`The EHR page changed since this note was opened (${move.from} → ${move.to}) — ${nothing}`);
  };

  const insert = async (force: boolean, pageMovedOk = false) => {
    setAskDuplicate(false);
    setAskMoved(null);
    const blocking = validate().blocking;
    if (blocking.length > 0) {
      setStatus(`${blocking.map((p) => p.message).join('; ')} — nothing was inserted`);
      return;
    }
    setBusy(true);
    try {
      const rendered = note();
      const insertId = randomUuid();
      // Side by side: what was typed is saved either way, so the save need not wait for the
      // insert. The background checks the panel is safely visible before it inserts.
      const [result] = await Promise.all([
        callBackground('panel:insert', {
          note: rendered,
          draftId: draft.id,
          insertedInto: draft.insertions.map((i) => i.fieldKey),
          force,
          insertId,
          pageMovedOk,
          mounts: mountTokens(),
        }),
        flush(),
      ]);
      if (result.outcome === 'obstructed') {
        setStatus(`${result.obstruction} — nothing was inserted or copied`);
      } else if (result.outcome === 'pageMoved') {
        askAboutMove('Insert', { from: result.from, to: result.to, inFrame: result.inFrame }, force);
      } else if (result.outcome === 'inserted') {
        // The page the note went to is the draft's page in that frame now (the background's).
        setFrameMoved(null);
        const insertion = insertionInto(result.fieldKey);
        adopt((d) => ({ ...d!, status: 'inserted', insertions: [...d!.insertions, insertion] }));
        setStatus(recording.inserted(insertId));
      } else if (result.outcome === 'duplicate') {
        setStatus('Already inserted into this field — confirm to add a second copy');
        setAskDuplicate(true);
      } else {
        const copied = await copyText(rendered.text);
        setStatus(
          copied ? `${result.reason}. ${COPIED}` : `${result.reason}. Copying failed too — use Copy note.`,
        );
      }
    } catch {
      setStatus(
        'Reverie lost contact with the page — close the panel and open it again. Your draft is kept.',
      );
    } finally {
      setBusy(false);
    }
  };

  /** "Fill all fields": the same gates as Insert, then one verified insert per mapped field. */
  const fillAll = async (pageMovedOk = false) => {
    setAskMoved(null);
    const blocking = validate().blocking;
    if (blocking.length > 0) {
      setStatus(`${blocking.map((p) => p.message).join('; ')} — nothing was filled`);
      return;
    }
    setBusy(true);
    setStatus('Filling fields…');
    try {
      const { obstruction, moved } = await callBackground('panel:checkVisible', { mounts: mountTokens() });
      if (obstruction) {
        setStatus(`${obstruction} — nothing was filled`);
        return;
      }
      if (moved && !pageMovedOk) {
        askAboutMove('Fill', moved);
        return;
      }
      await flush();
      const parts = renderParts(template, content, options).map((p) => ({
        key: p.key,
        note: { text: p.text, html: p.html },
      }));
      if (parts.length === 0) {
        setStatus('Nothing to fill — the note is empty');
        return;
      }
      const filled = await fields.fill(draft.id, parts, pageMovedOk);
      if ('moved' in filled) askAboutMove('Fill', filled.moved);
      else if (filled.added.length > 0)
        adopt((d) => ({ ...d!, status: 'inserted', insertions: [...d!.insertions, ...filled.added] }));
    } catch {
      setStatus(
        'Reverie lost contact with the page — close the panel and open it again. Your draft is kept.',
      );
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    const { obstruction } = await callBackground('panel:checkVisible', { mounts: mountTokens() });
    if (obstruction) return setStatus(`${obstruction} — nothing was copied`);
    setStatus(
      (await copyText(note().text)) ? COPIED : 'Copying failed — select the preview and copy it by hand.',
    );
  };

  const newNote = async () => {
    if (!(await readyToLeave())) return notLeft();
    // The page moved (another client's chart, maybe): this note's client label, and with it
    // last time's goals and plan, are not carried into the note for the client now shown.
    // The background looks for a move itself, should the panel not have seen it yet.
    const seen = Boolean(notice ?? askMoved);
    let answer;
    try {
      answer = await callBackground('panel:newDraft', {
        pageKey: pageNow,
        clientLabel: seen ? '' : draft.clientLabel,
        leaving: draft.id,
      });
    } catch {
      // Storage full, or the background gone a moment: nothing changed, and this note stays.
      return setStatus(NOT_STARTED);
    }
    const fresh = answer.draft;
    const moved = seen || answer.moved;
    // Filed under the page now shown, which the panel now stands for (the content script
    // follows too): the next New note there, and its moves, count from it.
    setPageNow(fresh.pageKey);
    adopt(() => fresh);
    // Same template and layout; for a known client the session number advances. Nothing else
    // carries over by itself (see "Carry forward" per section).
    const last = await callBackground('panel:lastNote', {
      clientLabel: fresh.clientLabel,
      excludeId: fresh.id,
    });
    update((d) => ({
      ...d,
      content: {
        ...migrateContent(d.content),
        templateId: template.id,
        layout: content.layout,
        wording: content.wording,
        frame: last ? nextFrame(migrateContent(last.content).frame) : {},
      },
    }));
    setAskDuplicate(false);
    setAskMoved(null);
    setFrameMoved(null);
    setMovedSince(null);
    setStatus(moved ? 'New note started for the page now shown, without a client label' : 'New note started');
  };

  return (
    <main className={orphaned ? 'panel orphaned' : 'panel'}>
      <header className="panel-header">
        <h1>Reverie</h1>
        <span className="save-state">{SAVE_LABELS[saveState]}</span>
        <button type="button" aria-pressed={showDrafts} onClick={() => setShowDrafts((v) => !v)}>
          Drafts
        </button>
        <button
          type="button"
          aria-pressed={showFill}
          onClick={() => {
            if (!showFill) fields.load();
            setShowFill(!showFill);
          }}
        >
          Fill fields
        </button>
        <button
          type="button"
          className="move-side"
          aria-label={`Move panel to the ${otherSide(side)}`}
          title={`Move panel to the ${otherSide(side)}`}
          onClick={moveSide}
        >
          {side === 'right' ? '⇤' : '⇥'}
        </button>
        <button
          type="button"
          className="close"
          onClick={() => void flush().finally(() => callBackground('panel:close', {}))}
        >
          Close panel
        </button>
      </header>

      {showDrafts && (
        <DraftsList
          api={draftsApi}
          currentId={draft.id}
          savedElsewhere={savedElsewhere}
          onMessage={setStatus}
        />
      )}
      {/* Hidden, not unmounted, under the drafts list: opening the list then costs the list
          alone, and closing it does not build the whole note again. */}
      <div hidden={showDrafts}>
        <div className="frame">
          <label htmlFor="client-label">Client label</label>
          <input
            id="client-label"
            type="text"
            autoComplete="off"
            placeholder="Initials or chart ID (optional)"
            value={draft.clientLabel}
            onChange={(e) => update((d: Draft) => ({ ...d, clientLabel: e.target.value }))}
          />
          <button type="button" onClick={() => void newNote()}>
            New note
          </button>
          <label htmlFor="template">Template</label>
          <select
            id="template"
            value={template.id}
            onChange={(e) => setContent({ templateId: e.target.value })}
          >
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <label htmlFor="layout">Layout</label>
          <select
            id="layout"
            value={content.layout ?? DEFAULT_LAYOUT}
            onChange={(e) => setContent({ layout: e.target.value as LayoutId })}
          >
            {LAYOUTS.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          <label htmlFor="wording">Refer to them as</label>
          <select
            id="wording"
            value={content.wording ?? 'client'}
            onChange={(e) => setContent({ wording: e.target.value as Wording })}
          >
            <option value="client">client</option>
            <option value="patient">patient</option>
          </select>
        </div>

        <SessionFrameMemo
          frame={content.frame ?? NO_FRAME}
          stpp={template.stpp === true}
          intake={template.intake === true}
          onChange={setFrame}
        />

        {rest && lastNote && <LastTimeMemo last={lastNote} />}

        {rest && <SiteAccessMemo origin={originPattern(pageKey)} api={sites} onMessage={setStatus} />}

        <form ref={sectionsForm} className="sections" onSubmit={(e) => e.preventDefault()}>
          {shownSections.map((section, index) =>
            index >= sectionsDrawn ? null : (
              <SectionSlot
                key={section.id}
                section={section}
                entry={content.sections[section.id]}
                included={content.includePrivate.includes(section.id)}
                lastNote={lastNote}
                update={update}
              />
            ),
          )}
        </form>

        {rest && <CompletenessMemo validation={shownValidation} />}

        {showFill && (
          <FillFieldsPanel
            keys={partKeys(template, deferred, deferredOptions(deferred))}
            withText={new Set(renderParts(template, deferred, deferredOptions(deferred)).map((p) => p.key))}
            map={fields.map}
            picking={fields.picking}
            busy={busy}
            onPick={(key) => void fields.pick(key)}
            onForget={(key) => void fields.forget(key)}
            onStep={(delta) => void fields.step(delta)}
            onChoose={fields.choose}
            onCancel={fields.cancel}
            onFillAll={() => void fillAll()}
          />
        )}

        {rest && <Preview template={template} content={deferred} />}
      </div>

      <footer className="actions">
        {/* Down here, above Insert: it comes when the clinician comes back to the panel (the
            click that focuses it), and shown at the top it would push New note away from under
            that very click. The footer keeps its foot where it is; nothing above it moves.
            Not while Insert or Fill asks about the move: the question says the same. */}
        {notice && !askMoved && <PageMovedNotice move={notice} />}
        {askMoved && (
          <PageMovedConfirm
            move={askMoved.move}
            action={askMoved.action}
            onConfirm={() =>
              void (askMoved.action === 'Insert' ? insert(askMoved.force, true) : fillAll(true))
            }
            onCancel={() => {
              setAskMoved(null);
              setStatus(`Nothing was ${askMoved.action === 'Insert' ? 'inserted' : 'filled'}`);
            }}
          />
        )}
        {askDuplicate && (
          <DuplicateConfirm
            onConfirm={() => void insert(true)}
            onCancel={() => {
              setAskDuplicate(false);
              setStatus('Not inserted again');
            }}
          />
        )}
        <button
          id={INSERT_BUTTON_ID}
          type="button"
          className="primary"
          disabled={busy}
          aria-keyshortcuts={INSERT_SHORTCUT_ARIA}
          title={INSERT_HINT}
          onClick={() => void insert(false)}
        >
          Insert note
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy note
        </button>
        <div role="status" className="status">
          {status}
        </div>
      </footer>
    </main>
  );
}
