/**
 * CKEditor 4: inserts the note's HTML through `editor.insertHtml` (an undo snapshot), found in `CKEDITOR.instances` of the page that created the editor's iframe.
 * Fixture: tests/e2e/fixtures/ckeditor4.html.
 */
import { pageEditorAdapter } from './page-editor';

/** The editing body of CKEditor 4's iframe (classic) or its inline editable element. */
export const ckeditor4Adapter = pageEditorAdapter('ckeditor4', '.cke_editable', {
  paragraphBreak: { kind: 'own' },
});
