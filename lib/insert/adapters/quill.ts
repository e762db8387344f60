/**
 * Quill: a synthetic paste (HTML + text) that Quill's clipboard module inserts at its saved selection as one history step; bundled Quill exposes no instance on the DOM.
 * Quill 1 takes the same paste through its hidden clipboard box (lib/insert/page-bridge.ts).
 * Fixtures: tests/e2e/fixtures/quill.html (Quill 2), quill1.html (Quill 1.3.7).
 */
import { pageEditorAdapter } from './page-editor';

/**
 * Quill's editing root inside its `.ql-container`. Quill's clipboard drops the pasted
 * HTML's last line break (`convert`) and an empty `<p>` after another block adds none
 * (`matchNewline`), so the trailing block holds a `<br>`, which is a line break of its own.
 */
export const quillAdapter = pageEditorAdapter('quill', '.ql-editor', {
  paragraphBreak: { kind: 'lead', emptyBlock: '<p></p>', trailingBlock: '<p><br></p>' },
});
