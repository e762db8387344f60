/**
 * What the content script asks of the page bridge (lib/insert/page-bridge.ts), which the
 * background runs in the page's own JavaScript world where the editors' APIs live.
 * Types and names only, so the eager content script stays small.
 */

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
   * insert's own undo step.
   */
  breaks?: { before: boolean; after: boolean };
}

export interface BridgeResult {
  ok: boolean;
  /** The field's text read through the editor after the operation. */
  text: string;
  error?: string;
}
