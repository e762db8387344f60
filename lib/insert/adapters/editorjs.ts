/**
 * Editor.js: a synthetic paste at the caret's block, which Editor.js's paste handler turns
 * into blocks of its own tools (a paragraph per `<p>`), placed after that block. Editor.js
 * keeps one contenteditable per block, so the generic path put the whole note into one
 * paragraph block, whose saved text ran the note's lines together. It keeps no undo history.
 * Fixture: tests/e2e/fixtures/editorjs.html.
 */
import { editorJsHtml } from '../editorjs-html';
import { noteBlocks } from '../note-blocks';
import { pageEditorAdapter } from './page-editor';

/**
 * `split`: Editor.js puts pasted blocks after the caret's block, never into it (an empty
 * paragraph it replaces), so the page bridge moves the text after the caret into a block
 * of its own after the note.
 */
// A block's contenteditable, by Editor.js's own classes whatever tools the page has:
// `.ce-block` wraps every block, `.codex-editor` the whole editor.
export const editorjsAdapter = pageEditorAdapter(
  'editorjs',
  '.codex-editor .ce-block [contenteditable="true"]',
  {
    paragraphBreak: { kind: 'split' },
    shapeNote: (note, doc) => {
      const blocks = noteBlocks(note.html, doc);
      return blocks ? { ...note, html: editorJsHtml(blocks) } : note;
    },
  },
);
