/**
 * Slate: a synthetic `beforeinput` insertFromPaste, which the editor hands to `insertData`
 * (undoable with slate-history); without React (wangEditor) a paste goes first, as the
 * browser's own does. Read back from the editor found through React (slate-react), or from
 * the view the editor draws from its model (wangEditor, whose DOM alone is not what it saves).
 * Fixtures: tests/e2e/fixtures/slate.html, wangeditor.html.
 */
import { pageEditorAdapter } from './page-editor';

/** slate-react's Editable sets this attribute on its contenteditable element. */
export const slateAdapter = pageEditorAdapter('slate', '[data-slate-editor="true"]', {
  paragraphBreak: { kind: 'lead', emptyBlock: '<p></p>' },
});

/**
 * Slate views not drawn by slate-react (wangEditor's sets the attribute to ""): their paste
 * keeps the note's blocks apart from the caret's paragraph, as ProseMirror's does.
 */
export const slateViewAdapter = pageEditorAdapter(
  'slate',
  '[data-slate-editor]:not([data-slate-editor="true"])',
  { id: 'slate-view', paragraphBreak: { kind: 'own' } },
);
