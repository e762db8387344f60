/**
 * CodeMirror 6: the note as plain text through one transaction on the editor's view,
 * found on its content element; a blank line apart from the text beside it, as in a
 * textarea. Its contenteditable is a view of its own state, so the generic execCommand
 * path gave the note only a line break of its own.
 * Fixture: tests/e2e/fixtures/codemirror6.html.
 */
import { pageEditorAdapter } from './page-editor';

/** The bridge puts the blank lines around the note itself, from CodeMirror's own text. */
export const codemirror6Adapter = pageEditorAdapter('codemirror6', '.cm-content', {
  paragraphBreak: { kind: 'own' },
});
