/**
 * The seam every editor kind plugs into. An adapter recognises its editor and inserts
 * through the one method that editor honours; the engine reads back and decides.
 */
import type { RenderedNote } from '../messages';

export interface InsertAdapter {
  /** Short name used in logs and tests, e.g. `text-field`. */
  id: string;
  detect(el: HTMLElement): boolean;
  /** The field's current text, through the editor where it has an API. */
  read(el: HTMLElement): string;
  /** Inserts once at the remembered caret. Returns false when the editor refused. */
  insert(el: HTMLElement, note: RenderedNote, caret: Range | null): boolean;
  /** Puts the field back as it was before a failed insert. */
  restore(el: HTMLElement, before: string): void;
}
