/**
 * Draft.js: a synthetic paste that Draft's own onPaste turns into blocks through EditorState (undoable); read back from the editorState prop found through React.
 * Fixture: tests/e2e/fixtures/draftjs.html.
 */
import { pageEditorAdapter } from './page-editor';

/** Draft.js's contenteditable element. */
export const draftjsAdapter = pageEditorAdapter('draftjs', '.public-DraftEditor-content');
