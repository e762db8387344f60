/**
 * Draft.js: a synthetic paste that Draft's own onPaste turns into blocks through EditorState (undoable); read back from the editorState prop found through React.
 * Fixture: tests/e2e/fixtures/draftjs.html.
 */
import { pageEditorAdapter } from './page-editor';

/**
 * Draft.js's contenteditable element. Draft drops empty unstyled blocks from pasted HTML
 * (`_hoistContainersInBlockConfigs`) but keeps an empty typed one; merged into a paragraph
 * that has text, the paragraph keeps its own type (`insertFragment`'s head block). The rest
 * of the paragraph after the caret takes the trailing block's type instead (its tail
 * block), which the page bridge sets back.
 */
export const draftjsAdapter = pageEditorAdapter('draftjs', '.public-DraftEditor-content', {
  paragraphBreak: { kind: 'lead', emptyBlock: '<h6></h6>' },
});
