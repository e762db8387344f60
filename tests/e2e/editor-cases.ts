/** The editor fixture pages and where a person clicks to type in each (e2e tests and bench/). */

/** How a person puts the caret at the end of each editor. */
export interface EditorCase {
  page: string;
  /** The editing element, or the editor's iframe and the body inside it. */
  field: string | { frame: string; body: string };
  /**
   * How long the editor takes to put a change made without a key press on its own undo
   * stack: a Ctrl+Z sooner finds nothing to undo (the editor's behaviour, whoever made the
   * change). A clinician reading the note back takes longer.
   */
  historySettleMs?: number;
  /**
   * The editor keeps no undo history of its own (Editor.js), so there is no Ctrl+Z to
   * check: the tests put its first content back through the fixture's `reset()` instead.
   */
  noUndo?: true;
  /** The keys that start a new paragraph (default Enter; a blank line in Markdown). */
  newParagraphKeys?: string[];
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
  { page: 'editorjs.html', field: '.ce-paragraph', noUndo: true },
];

/**
 * Editors without an adapter of their own (insert-unseen-editors.e2e.ts): they stand for
 * the EHR editors nobody here has seen, so they are kept out of the per-editor benchmark.
 */
export const UNSEEN_EDITOR_CASES: EditorCase[] = [
  { page: 'prosemirror.html', field: '.ProseMirror' },
  { page: 'trix.html', field: 'trix-editor' },
  // Jodit records a change on its history after a 1 s debounce (history.timeout).
  { page: 'jodit.html', field: '.jodit-wysiwyg', historySettleMs: 1200 },
  { page: 'summernote.html', field: '.note-editable' },
  // Quill 1 reads a paste through the browser's own paste, not from the event's data.
  { page: 'quill1.html', field: '.ql-editor' },
  // DevExtreme HtmlEditor's core: a Quill fork with a version line of its own (1.7).
  { page: 'devextreme-quill.html', field: '.ql-editor' },
  // Squire keeps an undo stack of its own; Medium Editor and Pell leave undo to the browser.
  { page: 'squire.html', field: '#editor' },
  { page: 'medium-editor.html', field: '#editor' },
  { page: 'pell.html', field: '.pell-content' },
  // A Markdown editor on CodeMirror 5: its text is plain, its paragraphs apart by a blank line.
  { page: 'easymde.html', field: '.CodeMirror', newParagraphKeys: ['Enter', 'Enter'] },
  // CodeMirror 6: plain text too, its paragraphs apart by a blank line, as in a textarea.
  { page: 'codemirror6.html', field: '.cm-content', newParagraphKeys: ['Enter', 'Enter'] },
  // Editors with adapters set up as they were not written against: inline (no iframe, no
  // classic frame), Lexical with its list nodes.
  { page: 'tinymce-inline.html', field: '#editor' },
  { page: 'ckeditor5-inline.html', field: '#editor' },
  { page: 'lexical-lists.html', field: '[data-lexical-editor="true"]' },
  // Toast UI focuses its editor as it is made, before Reverie's content script runs.
  { page: 'toastui.html', field: '.toastui-editor-ww-container .ProseMirror' },
  // SunEditor records a change on its history after a 400 ms debounce (historyStackDelayTime).
  { page: 'suneditor.html', field: '.se-wrapper-wysiwyg', historySettleMs: 600 },
  // Trumbowyg copies its HTML into the form's textarea on key events only: the fixture
  // reads that textarea, what the EHR would save.
  { page: 'trumbowyg.html', field: '.trumbowyg-editor' },
  // wangEditor: Slate without React, its own view.
  { page: 'wangeditor.html', field: '[data-slate-editor]' },
  // BlockNote: TipTap over a document of nested block groups, not paragraphs.
  { page: 'blocknote.html', field: '.ProseMirror' },
  // No editor at all: the browser edits the field as plain text (contenteditable="plaintext-only").
  { page: 'plaintext-only.html', field: '#note', newParagraphKeys: ['Enter', 'Enter'] },
  // An editor whose own undo history records a step at each keyup, as Froala's does, and
  // answers Ctrl+Z alone.
  { page: 'own-undo-editor.html', field: '#editor' },
  // TinyMCE 4 and 5, older major versions than the adapter's, self-hosted from their folders.
  { page: 'tinymce4.html', field: { frame: 'iframe#note_ifr', body: 'body' } },
  { page: 'tinymce5.html', field: { frame: 'iframe.tox-edit-area__iframe', body: 'body' } },
  // A legacy EHR page whose library (Prototype.js 1.7.3) patched the page's built-ins
  // before anything else ran: `Array.from` ignores a mapping function and arrays lose
  // `entries()`, in the page's world where the page bridge runs.
  { page: 'ckeditor4-prototype.html', field: { frame: 'iframe.cke_wysiwyg_frame', body: 'body' } },
  // CKEditor 4 editing in a div of the page (its divarea plugin), not in its iframe.
  { page: 'ckeditor4-divarea.html', field: '.cke_wysiwyg_div' },
  // HugeRTE, TinyMCE 6's MIT fork: TinyMCE's markup and API under a global of its own.
  { page: 'hugerte.html', field: { frame: 'iframe.tox-edit-area__iframe', body: 'body' } },
  // An EHR's own editor wearing TinyMCE's class with no TinyMCE behind it: the TinyMCE
  // adapter claims it and finds no editor, and the browser's own editing takes over.
  { page: 'borrowed-class.html', field: '#editor' },
  // Mobiledoc Kit: draws its element from a model of its own, so the browser's own editing
  // left the note there partly twice; its paste, through a small adapter, takes it whole.
  { page: 'mobiledoc.html', field: '#editor' },
  // wysihtml, a legacy editor in a sandboxed iframe it puts in place of the form's textarea,
  // loaded by plain script tags.
  { page: 'wysihtml.html', field: { frame: 'iframe.wysihtml5-sandbox', body: 'body' } },
];
