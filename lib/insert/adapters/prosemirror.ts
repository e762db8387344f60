/**
 * ProseMirror: TipTap's `editor.commands.insertContent` where TipTap put its editor on the
 * view's DOM and the document is made of paragraphs, otherwise a synthetic paste that the
 * editor's own paste handling parses (bare ProseMirror's view, BlockNote's blocks).
 * Fixtures: tests/e2e/fixtures/tiptap.html, prosemirror.html (no TipTap), blocknote.html.
 */
import { pageEditorAdapter } from './page-editor';

/** ProseMirror adds this class to every editor view's DOM (TipTap, Remirror, bare ProseMirror). */
export const prosemirrorAdapter = pageEditorAdapter('prosemirror', '.ProseMirror', {
  paragraphBreak: { kind: 'own' },
});
