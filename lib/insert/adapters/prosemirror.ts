/**
 * ProseMirror: TipTap's `editor.commands.insertContent` where TipTap put its editor on the view's DOM, otherwise a synthetic paste that ProseMirror's view parses.
 * Fixtures: tests/e2e/fixtures/tiptap.html, prosemirror.html (no TipTap).
 */
import { pageEditorAdapter } from './page-editor';

/** ProseMirror adds this class to every editor view's DOM (TipTap, Remirror, bare ProseMirror). */
export const prosemirrorAdapter = pageEditorAdapter('prosemirror', '.ProseMirror', {
  paragraphBreak: { kind: 'own' },
});
