/**
 * The one protocol between the three worlds. Message types name who talks to whom:
 * `panel:*` panel → background, `content:*` content script → background,
 * `bg:*` background → content script. Every message is checked by shape and sender
 * before it is acted on (see `isMessage`).
 */
import { isListCursor, type ListCursor, type ListPage } from './drafts-paging';
import type { ExportFile } from './drafts/export-format';
import type { RetentionRule } from './drafts/listing';
import type { Draft } from './drafts/model';
import type { Template } from './note/model';
import type { FieldTarget, SiteFieldMap } from './fill/field-maps';
import type { FillResult } from './fill/report';
import type { WriteFailure } from './drafts/write-errors';
import type { PanelState } from './insert/frame-handoff';
import type { PageMove, PanelPage } from './page-move';
import {
  BRIDGE_OPS,
  PAGE_EDITORS,
  type BridgeCall,
  type BridgeResult,
  type InsertOfCall,
} from './insert/bridge-protocol';

/** The draft data the panel sees: it knows drafts only through this protocol, never the store. */
export type { Draft, DraftSummary } from './drafts/model';
export type { RetentionRule } from './drafts/listing';
export type { ListCursor, ListPage } from './drafts-paging';
export type { FieldTarget, SiteFieldMap } from './fill/field-maps';
export type { FillResult } from './fill/report';

/** What the picker reports while the clinician moves through fields by keyboard. */
export interface PickHighlight {
  label: string;
  /** 1-based position among the fields of every frame of the tab, for "2 of 5". */
  index: number;
  count: number;
  /** The cross-origin frame the field is in (its host), when it is not in the top page's tree. */
  frame?: string;
}

/** A key pressed on the page while picking, handed to the background, which steps across frames. */
export type PickKey = 'next' | 'previous' | 'choose' | 'hover';

/** One part of the note for "Fill all fields": its key (a heading) and its rendering. */
export interface NotePartMessage {
  key: string;
  note: RenderedNote;
}
export type { WriteFailure } from './drafts/write-errors';

/** The note as rendered for insertion; the content script never sees the draft itself. */
export interface RenderedNote {
  text: string;
  html: string;
}

/** A message with nothing but its type. */
type Empty = Record<never, never>;

/** The answer to anything that needs the drafts while encryption is on and Reverie is locked. */
export interface LockedReply {
  ok: false;
  locked: true;
  message: string;
}

export function isLockedReply(value: unknown): value is LockedReply {
  return typeof value === 'object' && value !== null && (value as { locked?: unknown }).locked === true;
}

/** What an encryption action did, in a sentence for the clinician. */
export type EncryptionOutcome = { ok: true; message: string } | { ok: false; message: string };

export interface EncryptionStatus {
  state: 'off' | 'locked' | 'unlocked';
  autoLockMinutes: number;
}

export type EncryptionAction =
  | { do: 'status' }
  | { do: 'turnOn'; passphrase: string; confirmation: string }
  | { do: 'turnOff'; passphrase: string }
  | { do: 'change'; current: string; next: string; confirmation: string }
  | { do: 'unlock'; passphrase: string }
  | { do: 'lockNow' }
  | { do: 'setAutoLock'; minutes: number };

/** What an action did, and the state after it. */
export type EncryptionAnswer = EncryptionOutcome & { status: EncryptionStatus };

export type InsertOutcome =
  | { outcome: 'inserted'; fieldKey: string }
  /** The same field already received this draft's note; the panel asks before repeating. */
  | { outcome: 'duplicate'; fieldKey: string }
  /** Nothing was inserted; the panel falls back to the clipboard and says why. */
  | { outcome: 'failed'; reason: string };

/**
 * The top frame's answers that stop an insert before any field is touched: the panel is not
 * safely visible (clickjacking guard), or the page moved since the panel opened (the panel
 * asks, then sends the insert again with `pageMovedOk`).
 */
export type NotInsertedHere =
  { outcome: 'obstructed'; obstruction: string } | ({ outcome: 'pageMoved' } & PageMove);

export interface PanelMessages {
  'panel:loadDraft': { request: { pageKey: string }; response: Draft };
  /**
   * `draft.revision` is the revision the edit was based on; a stale one is refused with the
   * stored draft. A write the store refused (storage full, any IndexedDB error) says why.
   */
  'panel:saveDraft': {
    request: { draft: Draft };
    response:
      { ok: true; revision: number } | { ok: false; current: Draft } | { ok: false; failure: WriteFailure };
  };
  /**
   * A new note for the page now shown: `pageKey` is the panel's page, used only when the
   * page cannot be asked. A single-page EHR that moved to another page since the panel
   * opened gets the note filed under the page shown, and the open panel follows it
   * (bg:panelFollow). After a move (that, or the note field's frame showing another page
   * than while `leaving`, the note open until now, was written) the new note has no
   * `clientLabel`: the page shown may be another client's. `moved` says so.
   */
  'panel:newDraft': {
    request: { pageKey: string; clientLabel: string; leaving?: string };
    response: { draft: Draft; moved: boolean };
  };
  /**
   * Checks the panel is safely visible (clickjacking guard), then inserts: one round trip.
   * Answered once the note is in and read back; the insertion is recorded after, and a
   * failure to record it is pushed as bg:insertNotRecorded with the same `insertId`.
   */
  'panel:insert': {
    request: {
      note: RenderedNote;
      draftId: string;
      insertedInto: string[];
      force: boolean;
      insertId: string;
      /** Insert although a single-page EHR moved to another page since the panel opened. */
      pageMovedOk: boolean;
      /** The mount tokens the panel was told: Reverie's frame holds its own (lib/panel-mount-token.ts). */
      mounts: string[];
    };
    response: InsertOutcome | NotInsertedHere;
  };
  'panel:close': { request: Empty; response: void };
  /** The newest other note for this client label, for "last time" and carry-forward. */
  'panel:lastNote': { request: { clientLabel: string; excludeId: string }; response: Draft | null };
  /**
   * Clickjacking guard: why the panel is not safely visible now (or not the frame Reverie
   * built, by the mount tokens it was told: lib/panel-mount-token.ts), or null.
   */
  'panel:checkVisible': { request: { mounts: string[] }; response: PanelState };
  /**
   * For the panel's notice: whether the note field's frame shows another page than while
   * this draft was written there (a framed EHR loaded another chart), or null.
   */
  'panel:frameMoved': { request: { draftId: string }; response: PageMove | null };
  /** One page of the list: `cursor` null for the first, then each page's `next` (drafts-paging.ts). */
  'panel:listDrafts': {
    request: { query: string; trash: boolean; cursor: ListCursor | null };
    response: ListPage;
  };
  'panel:openDraft': { request: { id: string }; response: Draft | null };
  'panel:deleteDraft': { request: { id: string }; response: void };
  'panel:restoreDraft': { request: { id: string }; response: void };
  'panel:getRetention': { request: Empty; response: RetentionRule };
  'panel:setRetention': { request: { rule: RetentionRule }; response: void };
  /** The templates to offer: built-ins, each replaced by the clinician's edited copy, then their own. */
  'panel:getTemplates': { request: Empty; response: Template[] };
  /** "Fill fields": this site's map, part key → host field. */
  'panel:fieldMap': { request: { pageKey: string }; response: SiteFieldMap };
  /** Starts the picker on the page; answers once the clinician picked (stored) or cancelled. */
  'panel:pickField': {
    request: { pageKey: string; key: string };
    response: { picked: FieldTarget } | { picked: null; reason: string };
  };
  /** Moves the picker's highlight to the next (1) or previous (-1) field. */
  'panel:pickStep': { request: { step: 1 | -1 }; response: PickHighlight | null };
  /** Picks the highlighted field. */
  'panel:pickChoose': { request: Empty; response: boolean };
  'panel:pickCancel': { request: Empty; response: void };
  'panel:forgetField': { request: { pageKey: string; key: string }; response: void };
  /**
   * Fills every mapped field with its part, each verified; one result per part. Nothing is
   * filled when a field's frame shows another page than while the note was written, unless
   * `pageMovedOk` (the clinician confirmed).
   */
  'panel:fillFields': {
    request: { pageKey: string; draftId: string; parts: NotePartMessage[]; pageMovedOk?: boolean };
    response: { outcome: 'filled'; results: FillResult[] } | ({ outcome: 'pageMoved' } & PageMove);
  };
  /** The passphrase typed into the panel's unlock form. */
  'panel:unlock': { request: { passphrase: string }; response: EncryptionOutcome };
  /** Over the port: this panel has saved what it had (answer to bg:flushNow). */
  'panel:flushed': { request: { requestId: string }; response: void };
}

export interface ContentMessages {
  'content:targetFocused': { request: Empty; response: void };
  'content:togglePanel': { request: Empty; response: void };
  /**
   * The focus left this frame for a child frame of another origin, whose own content script
   * may not be there to hear it: a page there that wrote its editor's frame with
   * `document.open()` (CKEditor 4, TinyMCE in Firefox) erased that frame's listeners, and
   * its parent heard no focus event. The background asks every frame to take its focused
   * field (bg:adoptFocus).
   */
  'content:focusLeftForFrame': { request: Empty; response: void };
  /**
   * The shortcut is building this tab's panel (its iframe is about to load): the background
   * wakes now and opens what the panel's first questions need, while the panel page and
   * React load, instead of after the panel asks.
   */
  'content:panelOpening': { request: Empty; response: void };
  /**
   * Runs the page bridge in the sender's own frame, in the page's world. An insert's call
   * names its insert (`of`): the background may answer the panel from the bridge's answer.
   */
  'content:pageBridge': { request: { call: BridgeCall; of?: InsertOfCall }; response: BridgeResult };
  /**
   * From a new insertion script: install the page bridge in its frame's page, listening on
   * `channel` (bridge-protocol.ts, BridgeListen), so its calls need not come through here.
   * Answers whether it is installed.
   */
  'content:listenBridge': { request: { channel: string }; response: boolean };
  /**
   * From the field picker in any frame: Tab / Shift+Tab / Enter pressed on the page, or
   * the pointer moved onto another field ('hover': the other frames drop their highlight).
   */
  'content:pickKey': { request: { key: PickKey }; response: void };
}

export interface BackgroundToContentMessages {
  'bg:togglePanel': { request: Empty; response: void };
  'bg:closePanel': { request: Empty; response: void };
  /** `mounts`: the asking panel's tokens; a panel without the open frame's is refused. */
  'bg:checkPanel': { request: { mounts?: string[] }; response: PanelState };
  /** The top page's key now, and the one the open panel holds its note for; null while closed. */
  'bg:panelPage': { request: Empty; response: PanelPage | null };
  /** The open panel now holds a note for `pageKey` (the page now shown); false while closed. */
  'bg:panelFollow': { request: { pageKey: string }; response: boolean };
  /** Every frame: take the field focused in this frame or its same-origin frames, if any. */
  'bg:adoptFocus': { request: Empty; response: void };
  'bg:insert': {
    request: {
      note: RenderedNote;
      insertedInto: string[];
      force: boolean;
      insertId: string;
      /**
       * The field is in the top frame: the insertion script there checks the panel is safely
       * visible (lib/insert/frame-handoff.ts, PanelCheck) before anything else.
       */
      checkPanel?: boolean;
      /** With checkPanel: the asking panel's mount tokens. */
      mounts?: string[];
      /** The clinician confirmed inserting although the page moved since the panel opened. */
      pageMovedOk?: boolean;
      /**
       * The page key each frame (by its slot, lib/frame-page.ts) showed while the draft was
       * written with its field there: for a field in a frame that shows another page now,
       * the insertion script asks first (lib/page-move.ts, frameMoveOf).
       */
      framePages?: Record<string, string>;
    };
    response: InsertOutcome | NotInsertedHere;
  };
}

type Envelope<M> = { [K in keyof M]: { type: K } & (M[K] extends { request: infer R } ? R : never) }[keyof M];
type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

/** Options page → background. */
export interface OptionsMessages {
  /** Needs Reverie unlocked when encryption is on; the file is then not encrypted. */
  'options:exportAll': { request: Empty; response: ExportFile | LockedReply };
  'options:importAll': {
    request: { text: string };
    response: { ok: true; added: number; kept: number } | { ok: false; message: string };
  };
  'options:wipeAll': { request: Empty; response: { deleted: number } };
  /** The clinician's stored templates only (edited built-ins and their own). */
  'options:getTemplates': { request: Empty; response: Template[] };
  /** Replaces the stored templates; validated in full by the background, refused whole. */
  'options:saveTemplates': {
    request: { templates: Template[] };
    response: { ok: true } | { ok: false; message: string };
  };
  /**
   * Everything the Encryption section asks (one message type: the eager content script
   * bundles this file's shape table and has a size budget). The router checks the action's
   * fields with isEncryptionAction (lib/encryption-action.ts) before acting.
   */
  'options:encryption': { request: { action: EncryptionAction }; response: EncryptionAnswer };
}

/** The port each open panel keeps to the background, for pushes (see BackgroundToPanelMessages). */
export const PANEL_PORT = 'reverie-panel';

/** Background → every open panel (extension pages only; content scripts never get these). */
export interface BackgroundToPanelMessages {
  'bg:draftSaved': { request: { draft: Draft }; response: void };
  /** About to lock: save what is unsaved now, then answer panel:flushed with the same id. */
  'bg:flushNow': { request: { requestId: string }; response: void };
  /** Locked (auto-lock, "Lock now"): show the unlock form, keep any unsaved text. */
  'bg:locked': { request: Empty; response: void };
  /** Unlocked (or encryption turned off) elsewhere: show the note again. */
  'bg:unlocked': { request: Empty; response: void };
  /** The picker moved by a key pressed on the page: the panel of that tab says where it is. */
  'bg:pickHighlight': { request: { highlight: PickHighlight }; response: void };
  /** The insert answered as done (`insertId`) went in, but storing that record failed. */
  'bg:insertNotRecorded': { request: { insertId: string; failure: RecordFailure }; response: void };
}

/** Why an insertion could not be recorded: the store refused the write, or Reverie locked first. */
export type RecordFailure = WriteFailure | 'locked';

export type PanelMessage = Envelope<PanelMessages>;
export type OptionsMessage = Envelope<OptionsMessages>;
export type OptionsResponse<K extends keyof OptionsMessages> = ResponseOf<OptionsMessages, K>;
export type BackgroundToPanelMessage = Envelope<BackgroundToPanelMessages>;
export type ContentMessage = Envelope<ContentMessages>;
export type BackgroundToContentMessage = Envelope<BackgroundToContentMessages>;
export type PanelResponse<K extends keyof PanelMessages> = ResponseOf<PanelMessages, K>;
export type BackgroundToContentResponse<K extends keyof BackgroundToContentMessages> = ResponseOf<
  BackgroundToContentMessages,
  K
>;

/** Builds a message with its type checked against the protocol. */
export function message<M, K extends keyof M & string>(
  type: K,
  body: M[K] extends { request: infer R } ? R : never,
): { type: K } & (M[K] extends { request: infer R } ? R : never) {
  return { type, ...(body as object) } as { type: K } & (M[K] extends { request: infer R } ? R : never);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isString);
const isNote = (v: unknown): v is RenderedNote => isRecord(v) && isString(v.text) && isString(v.html);

const isRun = (r: unknown) =>
  isRecord(r) && (r.lineBreak === true || (isString(r.text) && typeof r.bold === 'boolean'));
const isRuns = (v: unknown) => Array.isArray(v) && v.every(isRun);
/** A note's blocks (lib/insert/note-blocks.ts): paragraphs of runs, lists of items of runs. */
const isNoteBlocks = (v: unknown) =>
  Array.isArray(v) &&
  v.every(
    (b) =>
      isRecord(b) &&
      ((b.kind === 'paragraph' && isRuns(b.runs)) ||
        (b.kind === 'list' && Array.isArray(b.items) && b.items.every(isRuns))),
  );

const isBridgeCall = (v: unknown): v is BridgeCall =>
  isRecord(v) &&
  (PAGE_EDITORS as readonly unknown[]).includes(v.editor) &&
  (BRIDGE_OPS as readonly unknown[]).includes(v.op) &&
  isStringArray(v.path) &&
  v.path.length > 0 &&
  isString(v.html) &&
  isString(v.text) &&
  (v.squashedNote === undefined || isString(v.squashedNote)) &&
  (v.refuseIfHolding === undefined || typeof v.refuseIfHolding === 'boolean') &&
  (v.blocks === undefined || isNoteBlocks(v.blocks));

function isDraft(v: unknown): v is Draft {
  return (
    isRecord(v) &&
    isString(v.id) &&
    isString(v.pageKey) &&
    isString(v.clientLabel) &&
    isRecord(v.content) &&
    isString(v.content.templateId) &&
    isRecord(v.content.sections) &&
    isStringArray(v.content.includePrivate) &&
    (v.status === 'draft' || v.status === 'inserted') &&
    typeof v.revision === 'number' &&
    Array.isArray(v.insertions)
  );
}

/** Shape checks per message type: anything else is dropped unanswered. */
const shapes: Record<string, (m: Record<string, unknown>) => boolean> = {
  'panel:loadDraft': (m) => isString(m.pageKey),
  'panel:saveDraft': (m) => isDraft(m.draft),
  'panel:newDraft': (m) =>
    isString(m.pageKey) && isString(m.clientLabel) && (m.leaving === undefined || isString(m.leaving)),
  'panel:insert': (m) =>
    isNote(m.note) &&
    isString(m.draftId) &&
    isStringArray(m.insertedInto) &&
    typeof m.force === 'boolean' &&
    isString(m.insertId) &&
    typeof m.pageMovedOk === 'boolean' &&
    isStringArray(m.mounts),
  'panel:close': () => true,
  'panel:checkVisible': (m) => isStringArray(m.mounts),
  'panel:frameMoved': (m) => isString(m.draftId),
  'panel:lastNote': (m) => isString(m.clientLabel) && isString(m.excludeId),
  'panel:listDrafts': (m) =>
    isString(m.query) && typeof m.trash === 'boolean' && (m.cursor === null || isListCursor(m.cursor)),
  'panel:openDraft': (m) => isString(m.id),
  'panel:deleteDraft': (m) => isString(m.id),
  'panel:restoreDraft': (m) => isString(m.id),
  'panel:getRetention': () => true,
  'panel:getTemplates': () => true,
  'panel:setRetention': (m) =>
    isRecord(m.rule) &&
    (m.rule.insertedDays === null ||
      (Number.isInteger(m.rule.insertedDays) && (m.rule.insertedDays as number) > 0)),
  'panel:fieldMap': (m) => isString(m.pageKey),
  'panel:pickField': (m) => isString(m.pageKey) && isString(m.key),
  'panel:pickStep': (m) => m.step === 1 || m.step === -1,
  'panel:pickChoose': () => true,
  'panel:pickCancel': () => true,
  'panel:forgetField': (m) => isString(m.pageKey) && isString(m.key),
  'panel:fillFields': (m) =>
    isString(m.pageKey) &&
    isString(m.draftId) &&
    Array.isArray(m.parts) &&
    m.parts.every((p: unknown) => isRecord(p) && isString(p.key) && isNote(p.note)) &&
    (m.pageMovedOk === undefined || typeof m.pageMovedOk === 'boolean'),
  'panel:unlock': (m) => isString(m.passphrase),
  'panel:flushed': (m) => isString(m.requestId),
  'content:targetFocused': () => true,
  'content:togglePanel': () => true,
  'content:focusLeftForFrame': () => true,
  'content:panelOpening': () => true,
  'content:pickKey': (m) => ['next', 'previous', 'choose', 'hover'].includes(m.key as string),
  'options:exportAll': () => true,
  'options:importAll': (m) => isString(m.text),
  'options:wipeAll': () => true,
  'options:getTemplates': () => true,
  // Only the envelope here: every template is read field by field in the handler.
  'options:saveTemplates': (m) => Array.isArray(m.templates),
  'options:encryption': (m) => isRecord(m.action),
  'bg:draftSaved': (m) => isDraft(m.draft),
  'bg:flushNow': (m) => isString(m.requestId),
  'bg:locked': () => true,
  'bg:insertNotRecorded': (m) =>
    isString(m.insertId) && ['storage-full', 'write-failed', 'locked'].includes(m.failure as string),
  'bg:unlocked': () => true,
  'bg:pickHighlight': (m) =>
    isRecord(m.highlight) &&
    isString(m.highlight.label) &&
    Number.isInteger(m.highlight.index) &&
    Number.isInteger(m.highlight.count) &&
    (m.highlight.frame === undefined || isString(m.highlight.frame)),
  'content:listenBridge': (m) => isString(m.channel) && /^reverie-[\w-]{8,64}$/.test(m.channel),
  'content:pageBridge': (m) =>
    isBridgeCall(m.call) &&
    (m.of === undefined || (isRecord(m.of) && isString(m.of.insertId) && isString(m.of.fieldKey))),
  'bg:togglePanel': () => true,
  'bg:closePanel': () => true,
  'bg:checkPanel': (m) => m.mounts === undefined || isStringArray(m.mounts),
  'bg:panelPage': () => true,
  'bg:panelFollow': (m) => isString(m.pageKey),
  'bg:adoptFocus': () => true,
  'bg:insert': (m) =>
    isNote(m.note) &&
    isStringArray(m.insertedInto) &&
    typeof m.force === 'boolean' &&
    isString(m.insertId) &&
    (m.checkPanel === undefined || typeof m.checkPanel === 'boolean') &&
    (m.mounts === undefined || isStringArray(m.mounts)) &&
    (m.pageMovedOk === undefined || typeof m.pageMovedOk === 'boolean') &&
    (m.framePages === undefined || isStringRecord(m.framePages)),
};

/** The background's commands the eager content script answers; only bg:panelFollow carries a payload. */
export type ContentCommand = Extract<
  BackgroundToContentMessage,
  {
    type:
      | 'bg:togglePanel'
      | 'bg:closePanel'
      | 'bg:checkPanel'
      | 'bg:panelPage'
      | 'bg:panelFollow'
      | 'bg:adoptFocus';
  }
>;
const CONTENT_COMMANDS: readonly string[] = [
  'bg:togglePanel',
  'bg:closePanel',
  'bg:checkPanel',
  'bg:panelPage',
  'bg:panelFollow',
  'bg:adoptFocus',
];

/**
 * The eager content script's own check, equal to `isMessage(value, 'bg:')` for its
 * commands: it does not reference `shapes`, so that table of every message's validator is
 * not in the script each page loads and parses (tests/build/build-output.test.ts).
 */
export function isContentCommand(value: unknown): value is ContentCommand {
  return (
    isRecord(value) &&
    isString(value.type) &&
    CONTENT_COMMANDS.includes(value.type) &&
    (value.type !== 'bg:panelFollow' || isString(value.pageKey)) &&
    (value.type !== 'bg:checkPanel' || value.mounts === undefined || Array.isArray(value.mounts))
  );
}

/** True when `value` is a well-formed message whose type starts with `prefix`. */
export function isMessage<T extends { type: string }>(
  value: unknown,
  prefix: 'panel:' | 'content:' | 'bg:' | 'options:',
): value is T {
  if (!isRecord(value) || !isString(value.type) || !value.type.startsWith(prefix)) return false;
  const check = shapes[value.type];
  return check !== undefined && check(value);
}
