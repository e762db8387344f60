/**
 * Lexical: a synthetic paste that the rich-text plugin turns into nodes at the selection (one history entry); the editor is read through `__lexicalEditor` on its root.
 * Fixture: tests/e2e/fixtures/lexical.html.
 */
import { pageEditorAdapter } from './page-editor';

/** Lexical sets this attribute on the root element it edits. */
export const lexicalAdapter = pageEditorAdapter('lexical', '[data-lexical-editor="true"]', {
  paragraphBreak: { kind: 'split' },
});
