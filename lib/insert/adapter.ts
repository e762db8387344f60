/**
 * The seam every editor kind plugs into. An adapter recognises its editor and inserts
 * through the one method that editor honours; the engine reads back and decides. Editors
 * whose API lives in the page's own JavaScript answer asynchronously, through the page
 * bridge the engine hands in.
 */
import type { RenderedNote } from '../messages';
import type { BridgeCall, BridgeResult } from './bridge-protocol';
import type { ReadBackCopies } from './read-back';

/** Runs the page bridge (lib/insert/page-bridge.ts) in this frame's page world. */
export type PageBridge = (call: BridgeCall) => Promise<BridgeResult>;

export interface InsertContext {
  bridge: PageBridge;
}

/**
 * What an insert answers: whether the editor took the note, or that together with the
 * field's text read right after — page editors get both from one bridge call, which saves
 * the engine a second round trip for its read-back.
 */
export type InsertAnswer =
  | boolean
  | {
      accepted: boolean;
      text: string;
      /** The field's text just before the insert (adapters that `readBeforeInsert`). */
      before?: string;
      /** Refused: the field held the note already and the insert was `refuseIfHolding` it. */
      duplicate?: boolean;
      /** The verdict's counts, made where the field is; `text` is then not the field's. */
      readBack?: ReadBackCopies;
    };

/** What an insert must check in the field itself first (adapters that `readBeforeInsert`). */
export interface InsertGuard {
  /** Refuse, as a duplicate, when the field already holds the note. */
  refuseIfHolding: boolean;
}

export interface InsertAdapter {
  /** Short name used in logs and tests, e.g. `text-field`. */
  id: string;
  detect(el: HTMLElement): boolean;
  /** The field's current text, through the editor where it has an API. */
  read(el: HTMLElement, ctx: InsertContext): string | Promise<string>;
  /**
   * The insert reads the field before it in the same call and answers that text as
   * `before` (page editors: one round trip to the page instead of two), so the engine needs
   * no `read` first and hands the duplicate check to the insert (`guard`).
   */
  readBeforeInsert?: boolean;
  /** Inserts once at the remembered caret. Returns false when the editor refused. */
  insert(
    el: HTMLElement,
    note: RenderedNote,
    caret: Range | null,
    ctx: InsertContext,
    guard?: InsertGuard,
  ): InsertAnswer | Promise<InsertAnswer>;
  /** Puts the field back as it was before a failed insert. */
  restore(el: HTMLElement, before: string, ctx: InsertContext): void | Promise<void>;
}
