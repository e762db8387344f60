/**
 * The one protocol between the three worlds. Message types name who talks to whom:
 * `panel:*` panel → background, `content:*` content script → background,
 * `bg:*` background → content script. Every message is checked by shape and sender
 * before it is acted on (see `isMessage`).
 */
import type { Draft } from './drafts/model';
import { BRIDGE_OPS, PAGE_EDITORS, type BridgeCall, type BridgeResult } from './insert/bridge-protocol';

/** The note as rendered for insertion; the content script never sees the draft itself. */
export interface RenderedNote {
  text: string;
  html: string;
}

/** A message with nothing but its type. */
type Empty = Record<never, never>;

export type InsertOutcome =
  | { outcome: 'inserted'; fieldKey: string }
  /** The same field already received this draft's note; the panel asks before repeating. */
  | { outcome: 'duplicate'; fieldKey: string }
  /** Nothing was inserted; the panel falls back to the clipboard and says why. */
  | { outcome: 'failed'; reason: string };

export interface PanelMessages {
  'panel:loadDraft': { request: { pageKey: string }; response: Draft };
  'panel:saveDraft': { request: { draft: Draft }; response: { revision: number } };
  'panel:newDraft': { request: { pageKey: string; clientLabel: string }; response: Draft };
  'panel:insert': {
    request: { note: RenderedNote; draftId: string; insertedInto: string[]; force: boolean };
    response: InsertOutcome;
  };
  'panel:close': { request: Empty; response: void };
}

export interface ContentMessages {
  'content:targetFocused': { request: Empty; response: void };
  'content:togglePanel': { request: Empty; response: void };
  /** Runs the page bridge in the sender's own frame, in the page's world. */
  'content:pageBridge': { request: { call: BridgeCall }; response: BridgeResult };
}

export interface BackgroundToContentMessages {
  'bg:togglePanel': { request: Empty; response: void };
  'bg:closePanel': { request: Empty; response: void };
  'bg:insert': {
    request: { note: RenderedNote; insertedInto: string[]; force: boolean };
    response: InsertOutcome;
  };
}

type Envelope<M> = { [K in keyof M]: { type: K } & (M[K] extends { request: infer R } ? R : never) }[keyof M];
type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

export type PanelMessage = Envelope<PanelMessages>;
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
const isNote = (v: unknown): v is RenderedNote => isRecord(v) && isString(v.text) && isString(v.html);

const isBridgeCall = (v: unknown): v is BridgeCall =>
  isRecord(v) &&
  (PAGE_EDITORS as readonly unknown[]).includes(v.editor) &&
  (BRIDGE_OPS as readonly unknown[]).includes(v.op) &&
  isStringArray(v.path) &&
  v.path.length > 0 &&
  isString(v.html) &&
  isString(v.text);

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
  'panel:newDraft': (m) => isString(m.pageKey) && isString(m.clientLabel),
  'panel:insert': (m) =>
    isNote(m.note) && isString(m.draftId) && isStringArray(m.insertedInto) && typeof m.force === 'boolean',
  'panel:close': () => true,
  'content:targetFocused': () => true,
  'content:togglePanel': () => true,
  'content:pageBridge': (m) => isBridgeCall(m.call),
  'bg:togglePanel': () => true,
  'bg:closePanel': () => true,
  'bg:insert': (m) => isNote(m.note) && isStringArray(m.insertedInto) && typeof m.force === 'boolean',
};

/** True when `value` is a well-formed message whose type starts with `prefix`. */
export function isMessage<T extends { type: string }>(
  value: unknown,
  prefix: 'panel:' | 'content:' | 'bg:',
): value is T {
  if (!isRecord(value) || !isString(value.type) || !value.type.startsWith(prefix)) return false;
  const check = shapes[value.type];
  return check !== undefined && check(value);
}
