/**
 * TinyMCE: inserts the note's HTML through `editor.insertContent` (one undo level), found with `tinymce.get()` in the page that created the editor's iframe
 * (or a fork's manager of the same shape under another global, HugeRTE's `hugerte`).
 * Fixtures: tests/e2e/fixtures/tinymce.html, hugerte.html.
 */
import { pageEditorAdapter } from './page-editor';

/** TinyMCE's editing body in its iframe (`body#tinymce`) and inline editors both carry this class. */
export const tinymceAdapter = pageEditorAdapter('tinymce', '.mce-content-body', {
  paragraphBreak: { kind: 'own' },
});
