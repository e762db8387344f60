/**
 * CodeMirror 5 and the Markdown editors built on it (EasyMDE, SimpleMDE): the note as
 * plain text through `replaceSelection` (one history entry), reached through the
 * `CodeMirror` instance on the editor's wrapper. The focus is in CodeMirror's hidden
 * textarea (or its contenteditable code), so this adapter goes before the text field's.
 * Fixture: tests/e2e/fixtures/easymde.html.
 */
import { pageEditorAdapter } from './page-editor';

/** The bridge puts the blank lines around the note itself, from CodeMirror's own text. */
export const codemirror5Adapter = pageEditorAdapter('codemirror5', '.CodeMirror textarea, .CodeMirror-code', {
  paragraphBreak: { kind: 'own' },
});
