/**
 * CKEditor 5: inserts the note through `editor.model.insertContent` (one undo step), as a model fragment built from its blocks where the schema allows, else its HTML parsed by the editor; reached through `ckeditorInstance` on its editable.
 * Fixture: tests/e2e/fixtures/ckeditor5.html.
 */
import { pageEditorAdapter } from './page-editor';

/** CKEditor 5 marks every editable root with this class (classic, inline, balloon, decoupled). */
export const ckeditor5Adapter = pageEditorAdapter('ckeditor5', '.ck-editor__editable', {
  paragraphBreak: { kind: 'lead', emptyBlock: '<p></p>' },
  modelBlocks: true,
});
