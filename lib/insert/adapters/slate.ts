/**
 * Slate: a synthetic `beforeinput` insertFromPaste that slate-react hands to `insertData` (undoable with slate-history); read back from the editor found through React.
 * Fixture: tests/e2e/fixtures/slate.html.
 */
import { pageEditorAdapter } from './page-editor';

/** slate-react's Editable sets this attribute on its contenteditable element. */
export const slateAdapter = pageEditorAdapter('slate', '[data-slate-editor="true"]', {
  paragraphBreak: { kind: 'lead', emptyBlock: '<p></p>' },
});
