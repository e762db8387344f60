/**
 * What the content script asks of the page bridge (lib/insert/page-bridge.ts), which the
 * background runs in the page's own JavaScript world where the editors' APIs live.
 * Types and names only, so the eager content script stays small.
 */
import type { NoteBlock } from './note-blocks';
import type { ReadBackCopies } from './read-back';

/** Editors reached through their own page-world API or events, one per adapter. */
export const PAGE_EDITORS = [
  'ckeditor5',
  'ckeditor4',
  'tinymce',
  'quill',
  'prosemirror',
  'lexical',
  'draftjs',
  'slate',
  'trix',
  'editorjs',
  'codemirror5',
  'codemirror6',
  'mobiledoc',
] as const;
export type PageEditor = (typeof PAGE_EDITORS)[number];

export const BRIDGE_OPS = ['read', 'insert', 'undo'] as const;
export type BridgeOp = (typeof BRIDGE_OPS)[number];

export interface BridgeCall {
  editor: PageEditor;
  op: BridgeOp;
  /**
   * Where the field is: one selector per tree, outermost document first; each further
   * selector is looked up inside the open shadow root of the element before it.
   */
  path: string[];
  /** The note as HTML (insert only). */
  html: string;
  /** The note as plain text (insert only). */
  text: string;
  /**
   * Where the caret's paragraph has text before and after the caret (insert only;
   * lib/insert/paragraph-break.ts). Lexical splits the paragraph on those sides; Draft.js
   * gives the rest of the paragraph after the note back its own block type. Both in the
   * insert's own undo step. Editor.js moves the rest of the block after the note.
   */
  breaks?: { before: boolean; after: boolean };
  /**
   * The note's text squashed (lib/insert/text-compare.ts), given on an insert: the bridge
   * counts the note's copies in the field before and after the insert and answers those
   * (`readBack`) instead of the field's text, which holds the whole note (issue #6).
   */
  squashedNote?: string;
  /**
   * The insert must not add a silent second copy: the bridge refuses it, as a duplicate,
   * when the field holds `squashedNote` already. The engine's check before an insert, in
   * the insert's own call, saves a round trip to the page.
   */
  refuseIfHolding?: boolean;
  /**
   * The note as blocks (insert only, editors whose model the bridge builds directly;
   * lib/insert/note-blocks.ts). Absent when the note's HTML holds more than those know.
   */
  blocks?: NoteBlock[];
}

/**
 * Installs the page bridge in the page for good, listening for calls as DOM events of type
 * `listen` (answers come as `${listen}:answer`), each with a JSON string as its detail: a
 * string crosses between the page's world and the isolated world in both browsers as it is.
 * The name is made anew by each insertion script. The page can see these events only by
 * hooking its own event methods first; what it could do then (see an insert's call, answer
 * falsely, stop a call) it can already do by hooking its editor's methods.
 */
export interface BridgeListen {
  listen: string;
}

export interface BridgeResult {
  ok: boolean;
  /** The field's text read through the editor after the operation ('' with `readBack`). */
  text: string;
  /** The field's text read through the editor before an insert. */
  before?: string;
  /** The insert was refused because the field holds the note already (`refuseIfHolding`). */
  duplicate?: boolean;
  /** The note's copies before and after an insert given `squashedNote`, counted in the page. */
  readBack?: ReadBackCopies;
  error?: string;
}

/** Which insert a bridge call belongs to, and the field key its panel is answered with. */
export interface InsertOfCall {
  insertId: string;
  fieldKey: string;
}
