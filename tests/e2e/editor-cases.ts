/** The editor fixture pages and where a person clicks to type in each (e2e tests and bench/). */

/** How a person puts the caret at the end of each editor. */
export interface EditorCase {
  page: string;
  /** The editing element, or the editor's iframe and the body inside it. */
  field: string | { frame: string; body: string };
}

export const EDITOR_CASES: EditorCase[] = [
  { page: 'ckeditor5.html', field: '.ck-editor__editable' },
  { page: 'tinymce.html', field: { frame: 'iframe.tox-edit-area__iframe', body: 'body' } },
  { page: 'quill.html', field: '.ql-editor' },
  { page: 'tiptap.html', field: '.ProseMirror' },
  { page: 'lexical.html', field: '[data-lexical-editor="true"]' },
  { page: 'draftjs.html', field: '.public-DraftEditor-content' },
  { page: 'slate.html', field: '[data-slate-editor="true"]' },
  { page: 'ckeditor4.html', field: { frame: 'iframe.cke_wysiwyg_frame', body: 'body' } },
];
