/**
 * Trix (Basecamp; Rails' Action Text): `editor.insertHTML` on the `<trix-editor>` element,
 * after recording one entry on Trix's own undo stack. Trix's paragraphs are lines (Enter
 * breaks the line), so the bridge breaks the caret's line around the note in that entry.
 * Fixture: tests/e2e/fixtures/trix.html.
 */
import { pageEditorAdapter } from './page-editor';

export const trixAdapter = pageEditorAdapter('trix', 'trix-editor', { paragraphBreak: { kind: 'split' } });
